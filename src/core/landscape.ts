/**
 * The loss landscape of the contour figures: over the whole data set, the SUM of squared
 * errors with the value under the root taken as Wb^2 * (1 - (x + c)^2 / Wa^2) and clamped
 * below at 1e-8 (so no point is masked):
 *
 *   L(Wa, Wb) = sum_i (sqrt(max(Wb^2 r_i, 1e-8)) - y_i)^2,   r_i = 1 - d2_i / Wa^2.
 *
 * Fast and still exact up to rounding: for one Wa, the unclamped points are exactly those
 * with r_i > 1e-8 / Wb^2, a prefix of the points sorted by d2. Expanding the square,
 *   L = Wb^2 sum_pre r_i - 2 |Wb| sum_pre y_i sqrt(r_i) + sum_all y_i^2
 *       + sum_rest (1e-8 - 2e-4 y_i),
 * so each column needs one pass over the points (the square roots) and each grid cell a
 * binary search for the prefix length plus a handful of flops.
 */
import type { OrbitData } from './data';
import type { Landscape } from './types';

/** The grid to sample: inclusive ranges, nx samples along Wa and ny along Wb. */
export interface LandscapeGrid {
  waMin: number;
  waMax: number;
  wbMin: number;
  wbMax: number;
  nx: number;
  ny: number;
}

const FLOOR = 1e-8;
const ROOT_FLOOR = 1e-4; // sqrt(FLOOR)

/** Grid coordinate k of `count` samples over [lo, hi]. */
function coord(lo: number, hi: number, count: number, k: number): number {
  return count > 1 ? lo + (k * (hi - lo)) / (count - 1) : lo;
}

/** Samples the landscape on a regular grid (row-major, Wa varying fastest). */
export function lossLandscape(data: OrbitData, grid: LandscapeGrid): Landscape {
  const nx = Math.max(1, Math.floor(grid.nx));
  const ny = Math.max(1, Math.floor(grid.ny));
  const n = data.n;
  const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => data.d2[p] - data.d2[q]);
  const d2 = new Float64Array(n);
  const ys = new Float64Array(n);
  // Suffix sums over the sorted order: the clamped points are always a suffix.
  const tailY = new Float64Array(n + 1);
  let y2 = 0;
  for (let k = 0; k < n; k++) {
    d2[k] = data.d2[order[k]];
    ys[k] = data.y[order[k]];
    y2 += ys[k] * ys[k];
  }
  for (let k = n - 1; k >= 0; k--) tailY[k] = tailY[k + 1] + ys[k];
  const r = new Float64Array(n);
  const preR = new Float64Array(n + 1);
  const preYs = new Float64Array(n + 1);
  const values = new Float64Array(nx * ny);
  for (let i = 0; i < nx; i++) {
    const wa = coord(grid.waMin, grid.waMax, nx, i);
    const wa2 = wa * wa;
    let valid = 0; // points with r > 0; beyond them every point is clamped for any Wb
    for (let k = 0; k < n; k++) {
      const rk = wa2 > 0 ? 1 - d2[k] / wa2 : -Infinity;
      r[k] = rk;
      if (rk > 0) {
        valid = k + 1;
        preR[k + 1] = preR[k] + rk;
        preYs[k + 1] = preYs[k] + ys[k] * Math.sqrt(rk);
      } else break;
    }
    for (let j = 0; j < ny; j++) {
      const wb = coord(grid.wbMin, grid.wbMax, ny, j);
      const wb2 = wb * wb;
      // Unclamped: wb2 * r > FLOOR. r is non-increasing along the sorted points.
      let lo = 0;
      let hi = valid;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (wb2 * r[mid] > FLOOR) lo = mid + 1;
        else hi = mid;
      }
      const k = lo;
      values[j * nx + i] =
        wb2 * preR[k] - 2 * Math.abs(wb) * preYs[k] + y2 + (n - k) * FLOOR - 2 * ROOT_FLOOR * tailY[k];
    }
  }
  return { waMin: grid.waMin, waMax: grid.waMax, wbMin: grid.wbMin, wbMax: grid.wbMax, nx, ny, values };
}

/** The same sum evaluated point by point at one (Wa, Wb): the reference the fast path is tested against. */
export function landscapeAt(data: OrbitData, wa: number, wb: number): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) {
    const v = wb * wb * (1 - data.d2[i] / (wa * wa));
    const e = Math.sqrt(v > FLOOR ? v : FLOOR) - data.y[i];
    sum += e * e;
  }
  return sum;
}
