/** Single numbers read off a run, for the prose (<RunValue>) and the reproducibility table. */
import type { Trace } from '../core/types';
import { fmt } from '../figures/format';

import { DEFAULT_CONFIG } from '../core';

/**
 * Fields: the final parameters, the number of updates, the last mini-batch loss and rate,
 * three read off the path: the largest Wa it reaches (peakWa), the update at which it
 * gets there (peakWaAt: where a run that overshoots turns around), and the update from
 * which it stays within SETTLE_RADIUS of the true semi-axes (settledAt; updates + 1 when
 * it never settles); and two read off the effective step size: where its longest climb
 * starts and ends (stepRiseFrom, stepRiseTo; see stepRise).
 */
export type RunField =
  'wa' | 'wb' | 'updates' | 'loss' | 'lr' | 'peakWa' | 'peakWaAt' | 'settledAt' | 'stepRiseFrom' | 'stepRiseTo';

/** Fields that count updates (printed as whole numbers). */
const COUNTS: ReadonlySet<RunField> = new Set(['updates', 'peakWaAt', 'settledAt', 'stepRiseFrom', 'stepRiseTo']);

/** Updates averaged (centred) before the step size's climb is read off: four epochs of the tutorial's run. */
export const STEP_WINDOW = 32;

/**
 * The largest climb of the effective step size: over its centred moving average of
 * STEP_WINDOW updates (mini-batch noise averaged out), the pair of updates from < to
 * with the largest rise avg(to) - avg(from). For SGD with momentum this is the stretch
 * where the run, carried past the target, speeds up on its way back. 1-based updates;
 * { from: 0, to: 0 } when the run is too short or never climbs.
 */
export function stepRise(t: Trace): { from: number; to: number } {
  const n = t.length;
  const half = STEP_WINDOW / 2;
  if (n < STEP_WINDOW + 2) return { from: 0, to: 0 };
  const prefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = prefix[k] + (Number.isFinite(t.stepSize[k]) ? t.stepSize[k] : 0);
  const avg = (k: number) => (prefix[k + half] - prefix[k - half]) / STEP_WINDOW;
  let best = 0;
  let out = { from: 0, to: 0 };
  let low = half;
  for (let k = half; k + half <= n; k++) {
    if (avg(k) < avg(low)) low = k;
    const rise = avg(k) - avg(low);
    if (rise > best) {
      best = rise;
      out = { from: low + 1, to: k + 1 };
    }
  }
  return out;
}

/** Distance in (Wa, Wb) from the true semi-axes within which a run counts as settled. */
export const SETTLE_RADIUS = 0.01;

function peak(t: Trace): { wa: number; at: number } {
  let wa = -Infinity;
  let at = 0;
  for (let k = 0; k < t.length; k++) {
    if (t.wa[k] > wa) {
      wa = t.wa[k];
      at = k + 1;
    }
  }
  return { wa, at };
}

/** First update from which every later position lies within SETTLE_RADIUS of the target. */
export function settledAt(t: Trace): number {
  const { a, b } = DEFAULT_CONFIG.data;
  const far = (wa: number, wb: number) => !(Math.hypot(wa - a, wb - b) <= SETTLE_RADIUS);
  if (far(t.final.wa, t.final.wb)) return t.length + 1;
  for (let k = t.length - 1; k >= 0; k--) if (far(t.wa[k], t.wb[k])) return k + 1;
  return 0;
}

/** The raw value of a field. */
export function runNumber(t: Trace, field: RunField): number {
  switch (field) {
    case 'wa':
      return t.final.wa;
    case 'wb':
      return t.final.wb;
    case 'updates':
      return t.length;
    case 'loss':
      return t.length > 0 ? t.loss[t.length - 1] : NaN;
    case 'lr':
      return t.length > 0 ? t.lr[t.length - 1] : NaN;
    case 'peakWa':
      return peak(t).wa;
    case 'peakWaAt':
      return peak(t).at;
    case 'settledAt':
      return settledAt(t);
    case 'stepRiseFrom':
      return stepRise(t).from;
    case 'stepRiseTo':
      return stepRise(t).to;
  }
}

/**
 * The field formatted for prose: fixed digits (thousands separators for counts). `nearest`
 * rounds a count to a multiple of it, for prose that says "about update 90".
 */
export function runValue(t: Trace, field: RunField, digits = 4, nearest?: number): string {
  const v = runNumber(t, field);
  if (!COUNTS.has(field)) return fmt(v, digits);
  return (nearest && nearest > 1 ? Math.round(v / nearest) * nearest : v).toLocaleString('en-US');
}
