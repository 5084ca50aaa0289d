/** Single numbers read off a run, for the prose (<RunValue>) and the reproducibility table. */
import type { Trace } from '../core/types';
import { fmt } from '../figures/format';

import { DEFAULT_CONFIG } from '../core';

/**
 * Fields: the final parameters, the number of updates, the last mini-batch loss and rate,
 * and three read off the path: the largest Wa it reaches (peakWa), the update at which it
 * gets there (peakWaAt: where a run that overshoots turns around), and the update from
 * which it stays within SETTLE_RADIUS of the true semi-axes (settledAt; updates + 1 when
 * it never settles).
 */
export type RunField = 'wa' | 'wb' | 'updates' | 'loss' | 'lr' | 'peakWa' | 'peakWaAt' | 'settledAt';

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
  }
}

/** The field formatted for prose: fixed digits (thousands separators for counts). */
export function runValue(t: Trace, field: RunField, digits = 4): string {
  const v = runNumber(t, field);
  const count = field === 'updates' || field === 'peakWaAt' || field === 'settledAt';
  return count ? v.toLocaleString('en-US') : fmt(v, digits);
}
