/**
 * The (Wa, Wb) path of a run in screen space: positions before every update plus the
 * final one, thinned to what can be seen (points closer than `minPx` to the last kept one
 * are dropped, except the ones the animation keys on) and measured along its length, so
 * an animation can map "update k" to "distance drawn".
 */
import type { Trace } from '../../core/types';

export interface ScreenPath {
  /** SVG path data with coordinates rounded to 0.1 px. */
  d: string;
  /** Total length of the drawn polyline (px). */
  length: number;
  /** For each requested key index (position index 0 … n), the length drawn up to it. */
  lengthAt: number[];
  /** Screen position of each key index. */
  pointAt: [number, number][];
  /** Number of positions (updates + 1), before cutting at the first non-finite value. */
  positions: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Position k of a run: before update k + 1 for k < length, the final parameters for k = length. */
export function positionOf(trace: Trace, k: number): [number, number] {
  return k < trace.length ? [trace.wa[k], trace.wb[k]] : [trace.final.wa, trace.final.wb];
}

/**
 * Builds the screen path of `trace` through `sx`/`sy`, keeping the positions listed in
 * `keys` (clamped to the run's own length). Non-finite positions end the path.
 */
export function screenPath(
  trace: Trace,
  sx: (v: number) => number,
  sy: (v: number) => number,
  keys: number[],
  minPx = 0.75,
): ScreenPath {
  let n = trace.length + 1;
  for (let k = 0; k < n; k++) {
    const [a, b] = positionOf(trace, k);
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      n = k;
      break;
    }
  }
  const keySet = new Set(keys.map((k) => Math.min(Math.max(0, k), Math.max(0, n - 1))));
  const parts: string[] = [];
  const cumAt = new Map<number, number>();
  const ptAt = new Map<number, [number, number]>();
  let total = 0;
  let lx = NaN;
  let ly = NaN;
  let keptCum = 0;
  for (let k = 0; k < n; k++) {
    const [a, b] = positionOf(trace, k);
    const X = r1(sx(a));
    const Y = r1(sy(b));
    const first = k === 0;
    const isKey = keySet.has(k);
    const far = first || Math.hypot(X - lx, Y - ly) >= minPx;
    if (first || far || isKey || k === n - 1) {
      if (!first) total += Math.hypot(X - lx, Y - ly);
      parts.push(first ? `M${X},${Y}` : `${X},${Y}`);
      lx = X;
      ly = Y;
      keptCum = total;
    }
    if (isKey) {
      cumAt.set(k, keptCum);
      ptAt.set(k, [lx, ly]);
    }
  }
  const clampKey = (k: number) => Math.min(Math.max(0, k), Math.max(0, n - 1));
  return {
    d: parts.join(' '),
    length: total,
    lengthAt: keys.map((k) => cumAt.get(clampKey(k)) ?? 0),
    pointAt: keys.map((k) => ptAt.get(clampKey(k)) ?? [lx, ly]),
    positions: n,
  };
}
