/**
 * Loss levels of a contour figure. The loss spans three to four decades over a typical
 * view, so levels are logarithmic on a 1–2–5 ladder: the same values are the filled bands,
 * the iso-lines and the colour-bar ticks, so the three always agree.
 */
import * as Plot from '@observablehq/plot';
import type { Landscape } from '../../core/types';

/** 1–2–5 levels strictly inside (min, max] of the finite, positive values. */
export function lossLevels(values: ArrayLike<number>): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v) && v > 0) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi > lo)) return [];
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(3));
      if (v > lo && v < hi) out.push(v);
    }
  }
  // A nearly flat view (the zoomed figure 2) would get one or two bands: refine the ladder.
  if (out.length < 5) {
    const n = 8;
    const step = (Math.log(hi) - Math.log(lo)) / n;
    return Array.from({ length: n - 1 }, (_, k) => Number(Math.exp(Math.log(lo) + step * (k + 1)).toPrecision(2)));
  }
  return out;
}

/**
 * Band colours for the levels: a diverging red–blue ramp, low loss blue, high loss red.
 * `levels.length + 1` colours (below the first level … above the last).
 */
export function levelColours(levels: number[]): string[] {
  if (levels.length === 0) return ['#f7f7f7'];
  const scale = Plot.scale({ color: { type: 'threshold', domain: levels, scheme: 'rdbu', reverse: true } });
  return (scale.range as string[]).map(String);
}

/** Index of the band a value falls in (0 … levels.length); NaN falls in the top band. */
export function bandOf(levels: number[], v: number): number {
  if (!(v === v)) return levels.length;
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v >= levels[mid]) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** log(loss) of every grid value (floored at 1e-300), for repeated sampling. */
export function logGrid(l: Landscape): Float64Array {
  return Float64Array.from(l.values, (v) => Math.log(Math.max(v, 1e-300)));
}

/**
 * Loss at (wa, wb) by bilinear interpolation of log(loss) on the landscape grid
 * (log, because the loss varies by orders of magnitude within one cell near the edges).
 */
export function sampleLandscape(l: Landscape, wa: number, wb: number, logValues?: Float64Array): number {
  const fx = ((wa - l.waMin) / (l.waMax - l.waMin)) * (l.nx - 1);
  const fy = ((wb - l.wbMin) / (l.wbMax - l.wbMin)) * (l.ny - 1);
  const i = Math.max(0, Math.min(l.nx - 2, Math.floor(fx)));
  const j = Math.max(0, Math.min(l.ny - 2, Math.floor(fy)));
  const tx = Math.max(0, Math.min(1, fx - i));
  const ty = Math.max(0, Math.min(1, fy - j));
  const lg = logValues ? (k: number) => logValues[k] : (k: number) => Math.log(Math.max(l.values[k], 1e-300));
  const k00 = j * l.nx + i;
  const v =
    (1 - ty) * ((1 - tx) * lg(k00) + tx * lg(k00 + 1)) + ty * ((1 - tx) * lg(k00 + l.nx) + tx * lg(k00 + l.nx + 1));
  return Math.exp(v);
}
