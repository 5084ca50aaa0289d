/**
 * The y axis of every learning-rate-per-update chart (the players' strips, the playground,
 * the demos' and the explorer's schedule charts, figure 15, the recipes), so they agree:
 * - headroom above the largest rate, so a constant rate is not drawn on the frame's top
 *   edge, where the frame hides it;
 * - a log axis when asked, or (`log: 'auto'`) when every rate is positive and they span
 *   more than a decade: each ×γ drop of a step schedule is then an equal step, instead of
 *   the later drops squeezed onto the floor of a linear axis. Its ticks are plain numbers
 *   (0.01, 0.02, 0.05, 0.1; 1e−4 below a thousandth), never SI prefixes.
 * Small on purpose: the tutorial's demo timelines load it (the JS budget).
 */
import type * as Plot from '@observablehq/plot';
import { decadeLabel } from './ticks';

/** Free space above the largest rate: this fraction of the axis (of its decades, on a log axis). */
export const LR_HEADROOM = 0.08;

/**
 * Plot y-scale options of a learning-rate chart (type, domain, ticks); the caller adds its
 * label and grid. Rates ≤ 0 cannot sit on a log axis: they keep 'auto' linear, and a caller
 * that forces `log` drops them. One plain loop: a run can have 200,000 rates.
 */
export function lrYScale(values: ArrayLike<number>, log: boolean | 'auto' = 'auto'): Plot.ScaleOptions {
  let lo = Infinity;
  let hi = 0;
  let zero = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v > 0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    } else zero = true;
  }
  if (!(log === 'auto' ? !zero && hi > 10 * lo : log))
    return hi > 0 ? { type: 'linear', domain: [0, hi * (1 + LR_HEADROOM)] } : { type: 'linear', zero: true };
  if (!(hi > 0)) return { type: 'log' };
  // Headroom above and below, a fraction of the decades spanned (a constant rate: a tenth of a decade).
  const pad = hi > lo ? (hi / lo) ** LR_HEADROOM : 1.26;
  const [a, b] = [lo / pad, hi * pad];
  // 1-2-5 steps across less than three decades, whole decades beyond.
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(a)); e <= Math.log10(b); e++)
    for (const m of b < 1000 * a ? [1, 2, 5] : [1]) {
      const v = Number(`${m}e${e}`);
      if (v >= a && v <= b) ticks.push(v);
    }
  return { type: 'log', domain: [a, b], ticks, tickFormat: decadeLabel };
}

/** The y-axis title: "(log scale)" added when the axis is logarithmic. */
export function lrAxisLabel(scale: Plot.ScaleOptions, label = 'Learning rate'): string {
  return scale.type === 'log' ? `${label} (log scale)` : label;
}
