import { describe, expect, it } from 'vitest';
import { simplifyPathData, simplifyPolyline, thinSeries } from '../../../src/figures/render/simplify';

describe('simplifyPathData', () => {
  it('drops vertices that lie on a straight line and keeps the corners', () => {
    const d = 'M0,0L1,0.01L2,0L3,0L3,1L3,2L3,3';
    expect(simplifyPathData(d, 0.3)).toBe('M0,0L3,0L3,3');
  });

  it('keeps closed rings closed and drops rings that collapse below a triangle', () => {
    expect(simplifyPathData('M0,0L10,0L10,10L0,10Z', 0.3)).toBe('M0,0L10,0L10,10L0,10Z');
    expect(simplifyPathData('M0,0L0.1,0L0.2,0Z', 0.3)).toBe('');
  });

  it('leaves path data with curves or relative commands untouched', () => {
    const d = 'M0,0A5,5 0 1,1 10,0Z';
    expect(simplifyPathData(d)).toBe(d);
    expect(simplifyPathData('m0,0l1,1')).toBe('m0,0l1,1');
  });
});

describe('simplifyPolyline', () => {
  it('keeps a long noisy path to the budget, with its first and last points and its turning points', () => {
    const n = 200_000;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    let s = 12345;
    const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 4;
    for (let i = 0; i < n; i++) {
      // Along x, a corner at update 1000, up y, then 198,000 updates of jitter around (300, 200).
      xs[i] = i < 1000 ? i * 0.3 : i < 2000 ? 300 : 300 + rand();
      ys[i] = i < 1000 ? 0 : i < 2000 ? (i - 1000) * 0.2 : 200 + rand();
    }
    const keep = simplifyPolyline(xs, ys, n, 4000);
    expect(keep.length).toBeLessThanOrEqual(4000);
    expect(keep.length).toBeGreaterThan(10);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(n - 1);
    // The corner at (300, 0) survives, to within the few pixels the budget allows.
    const nearCorner = Array.from(keep).some((i) => Math.hypot(xs[i] - 300, ys[i]) < 4);
    expect(nearCorner).toBe(true);
    expect(Array.from(keep).every((v, i) => i === 0 || v > keep[i - 1])).toBe(true);
  });

  it('keeps a path within the budget whole, point for point', () => {
    expect(Array.from(simplifyPolyline([0, 1, 2, 3, 3], [0, 0, 0, 0, 5], 5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(simplifyPolyline([0, 1], [0, 1], 2))).toEqual([0, 1]);
  });
});

describe('thinSeries', () => {
  it('returns a short series whole', () => {
    expect(thinSeries([1, 2, 3], 3, 10)).toEqual([0, 1, 2]);
  });

  it('keeps each column’s spike, dip and first non-finite value of a long series', () => {
    const n = 100_000;
    const ys = new Float64Array(n).fill(1);
    ys[5001] = 50;
    ys[70_003] = 0.001;
    ys[90_000] = NaN;
    const idx = thinSeries(ys, n, 100);
    expect(idx.length).toBeLessThanOrEqual(500);
    expect(idx).toContain(5001);
    expect(idx).toContain(70_003);
    expect(idx).toContain(90_000);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(n - 1);
  });
});
