/**
^ * The mini-batch loss of runs against the update (log y), for the playground and the
 * scheduler demos' timelines (the other charts reuse the tutorial's figure specs). Its
 * margins and x domain match the scheduler explorer's, so one update cursor maps onto
 * both with `updateX`.
 */
import * as Plot from '@observablehq/plot';
import type { RunSeries } from './types';
import { drawOrder, seriesStyle } from './palette';
import { EXPLORER_MARGINS } from './scheduler-explorer';
import { lrAxisLabel, lrYScale } from './lr-axis';

/** A loss tick as a plain number ("0.2", "0.001", "1e-5"): SI prefixes would read "200m" as metres. */
export function lossTick(v: number): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  const a = Math.abs(v);
  return a >= 1e-3 && a < 1e6 ? String(Number(v.toPrecision(3))) : v.toExponential(0).replace('e+', 'e');
}

export interface LossChartOptions {
  width?: number;
  height?: number;
  /** Most points drawn per run (every k-th update beyond it). */
  maxPoints?: number;
}

/** Size, margins and update axis shared by the per-update charts, so their cursors line up. */
function updateFrame(width: number, height: number, longest: number): Plot.PlotOptions {
  return {
    width,
    height,
    marginLeft: EXPLORER_MARGINS.left,
    marginRight: EXPLORER_MARGINS.right,
    marginBottom: 42,
    style: { background: 'transparent' },
    x: { label: 'Update', labelAnchor: 'center', labelArrow: 'none', domain: [1, longest] },
  };
}

/** Loss per update of each run, thinned to at most `maxPoints` per run. */
export function lossCurveSpec(runs: RunSeries[], opts: LossChartOptions = {}): Plot.PlotOptions {
  const { width = 560, height = 300, maxPoints = 1200 } = opts;
  const longest = runs.reduce((m, r) => Math.max(m, r.trace.length), 2);
  // Styled by meaning (the reader's run on top, references muted) where the runs have one.
  const marks: Plot.Markish[] = drawOrder(runs, seriesStyle).map((r) => {
    const t = r.trace;
    const step = Math.max(1, Math.ceil(t.length / maxPoints));
    const pts: { x: number; y: number }[] = [];
    for (let k = 0; k < t.length; k += step)
      if (t.loss[k] > 0 && Number.isFinite(t.loss[k])) pts.push({ x: k + 1, y: t.loss[k] });
    const s = seriesStyle(r);
    return Plot.line(pts, {
      x: 'x',
      y: 'y',
      stroke: s.colour,
      strokeDasharray: s.dash || undefined,
      strokeWidth: s.layer > 1 ? 2 : 1.3,
      strokeOpacity: s.opacity,
    });
  });
  return {
    ...updateFrame(width, height, longest),
    y: {
      type: 'log',
      label: 'Mini-batch loss (MSE)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      tickFormat: lossTick,
    },
    marks: [...marks, Plot.frame({ strokeOpacity: 0.3 })],
  };
}

/**
 * The learning rate of each run at every update of the whole run (step lines, no markers):
 * on a log axis when the rates span more than a decade (figure 14's MultiStepLR drops as
 * equal steps), with headroom over the largest rate either way (lr-axis.ts).
 */
export function lrCurveSpec(runs: RunSeries[], opts: { width?: number; height?: number } = {}): Plot.PlotOptions {
  const { width = 560, height = 300 } = opts;
  const longest = runs.reduce((m, r) => Math.max(m, r.trace.length), 2);
  const series = runs.map((r) => {
    const t = r.trace;
    const step = Math.max(1, Math.ceil(t.length / 1200));
    const pts: { x: number; y: number }[] = [];
    for (let k = 0; k < t.length; k += step) if (Number.isFinite(t.lr[k])) pts.push({ x: k + 1, y: t.lr[k] });
    return pts;
  });
  const y = lrYScale(series.flatMap((pts) => pts.map((p) => p.y)));
  const marks: Plot.Markish[] = runs.map((r, k) => {
    const s = seriesStyle(r);
    return Plot.line(series[k], {
      x: 'x',
      y: 'y',
      curve: 'step-after',
      stroke: s.colour,
      strokeDasharray: s.dash || undefined,
      strokeWidth: 1.5,
    });
  });
  return {
    ...updateFrame(width, height, longest),
    y: { ...y, label: lrAxisLabel(y), labelAnchor: 'center', labelArrow: 'none', grid: true },
    marks: [...marks, Plot.frame({ strokeOpacity: 0.3 })],
  };
}
