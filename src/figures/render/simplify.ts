/**
 * Path thinning for the iso-lines: Ramer–Douglas–Peucker on absolute M/L/Z path data.
 * A 250 × 250 landscape contours into tens of thousands of vertices, most of them less
 * than a pixel off a straight line; dropping those keeps the page light.
 */

type Pt = [number, number];

/**
 * Ramer–Douglas–Peucker over the points `idx` of (xs, ys): which of them to keep so that no
 * dropped point is more than `tol` from the kept polyline. Iterative (an explicit stack),
 * so a path of 200,000 points cannot overflow the call stack.
 */
function rdpKeep(xs: ArrayLike<number>, ys: ArrayLike<number>, idx: ArrayLike<number>, tol: number): Uint8Array {
  const m = idx.length;
  const keep = new Uint8Array(m);
  if (m === 0) return keep;
  keep[0] = 1;
  keep[m - 1] = 1;
  const stack: number[] = [0, m - 1];
  const tol2 = tol * tol;
  while (stack.length) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    const ax = xs[idx[a]];
    const ay = ys[idx[a]];
    const dx = xs[idx[b]] - ax;
    const dy = ys[idx[b]] - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const px = xs[idx[i]] - ax;
      const py = ys[idx[i]] - ay;
      let d2: number;
      if (len2 === 0) d2 = px * px + py * py;
      else {
        const cross = dx * py - dy * px;
        d2 = (cross * cross) / len2;
      }
      if (d2 > worstD) {
        worstD = d2;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push(a, worst, worst, b);
    }
  }
  return keep;
}

function rdp(pts: Pt[], tol: number): Pt[] {
  if (pts.length <= 2) return pts;
  const keep = rdpKeep(
    pts.map((p) => p[0]),
    pts.map((p) => p[1]),
    Uint32Array.from(pts, (_, i) => i),
    tol,
  );
  return pts.filter((_, i) => keep[i] === 1);
}

/** Most points a simplified path keeps: far more than a figure's pixels can tell apart. */
export const PATH_BUDGET = 4000;

/** Indices of the points more than `r` from the last kept one (first and last always kept). */
function radial(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, r: number, out: Uint32Array): number {
  const r2 = r * r;
  let lx = xs[0];
  let ly = ys[0];
  let m = 0;
  out[m++] = 0;
  for (let i = 1; i < n - 1; i++) {
    const dx = xs[i] - lx;
    const dy = ys[i] - ly;
    if (dx * dx + dy * dy < r2) continue;
    out[m++] = i;
    lx = xs[i];
    ly = ys[i];
  }
  out[m++] = n - 1;
  return m;
}

/**
 * The points of a screen-space polyline (xs, ys in SVG px, first `n`) worth drawing, at
 * most `budget` (a path within the budget is kept whole): points within a radius of the last kept one collapse into it (the radius
 * grows from `tol` px until the budget holds; each pass is linear), then Ramer–Douglas–
 * Peucker drops what lies within `tol` px of a straight line. Every turning point is kept
 * to within the radius; a run jittering in a small blob stays a scribble of that size.
 * First and last points are always kept. Only what is drawn is thinned: the data (and
 * the exports) keep every update.
 */
export function simplifyPolyline(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  n: number,
  budget = PATH_BUDGET,
  tol = 0.25,
): Uint32Array {
  // A path within the budget is drawn whole, point for point as the build drew it.
  if (n <= budget) return Uint32Array.from({ length: Math.max(0, n) }, (_, i) => i);
  const idx = new Uint32Array(n);
  let m = radial(xs, ys, n, tol, idx);
  for (let r = tol * 1.25, round = 0; m > budget && round < 100; r *= 1.25, round++) m = radial(xs, ys, n, r, idx);
  const kept = idx.subarray(0, m);
  const keep = rdpKeep(xs, ys, kept, tol);
  return kept.filter((_, i) => keep[i] === 1);
}

/**
 * Indices of a series over its index (a per-update line chart) to draw at `buckets`
 * columns: per column its first, lowest, highest and last value (so every spike and dip
 * stays visible) and its first non-finite value (so the line still breaks there). A
 * series short enough is returned whole.
 */
export function thinSeries(ys: ArrayLike<number>, n: number, buckets = 600): number[] {
  if (n <= buckets * 4) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  const size = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(n, Math.floor((b + 1) * size));
    if (to <= from) continue;
    let lo = -1;
    let hi = -1;
    let bad = -1;
    for (let i = from; i < to; i++) {
      const v = ys[i];
      if (!Number.isFinite(v)) {
        if (bad < 0) bad = i;
        continue;
      }
      if (lo < 0 || v < ys[lo]) lo = i;
      if (hi < 0 || v > ys[hi]) hi = i;
    }
    const picks = [from, lo, hi, bad, to - 1].filter((i) => i >= 0).sort((p, q) => p - q);
    for (const i of picks) if (out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/**
 * Simplifies path data made only of absolute M, L and Z commands (what d3 contours
 * produce); anything else is returned unchanged. Coordinates are written to 0.1 px.
 */
export function simplifyPathData(d: string, tol = 0.3): string {
  if (/[^MLZ0-9.,\-e\s]/.test(d)) return d;
  const out: string[] = [];
  for (const sub of d.split('M').filter((s) => s.trim().length > 0)) {
    const closed = /Z\s*$/.test(sub);
    const nums = sub
      .replace(/Z/g, '')
      .split(/[L\s]+/)
      .filter(Boolean);
    const pts: Pt[] = nums.map((p) => {
      const [x, y] = p.split(',').map(Number);
      return [x, y];
    });
    if (pts.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return d;
    const kept = rdp(pts, tol);
    if (closed && kept.length < 3) continue;
    const r = (v: number) => String(Math.round(v * 10) / 10);
    out.push('M' + kept.map(([x, y]) => `${r(x)},${r(y)}`).join('L') + (closed ? 'Z' : ''));
  }
  return out.join('');
}
