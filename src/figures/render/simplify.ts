/**
 * Path thinning for the iso-lines: Ramer–Douglas–Peucker on absolute M/L/Z path data.
 * A 250 × 250 landscape contours into tens of thousands of vertices, most of them less
 * than a pixel off a straight line; dropping those keeps the page light.
 */

type Pt = [number, number];

function rdp(pts: Pt[], tol: number): Pt[] {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  const tol2 = tol * tol;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const cross = dx * (py - ay) - dy * (px - ax);
        d2 = (cross * cross) / len2;
      }
      if (d2 > worstD) {
        worstD = d2;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
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
