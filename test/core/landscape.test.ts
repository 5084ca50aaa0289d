import { describe, expect, it } from 'vitest';
import { makeOrbitData } from '../../src/core/data';
import { landscapeAt, lossLandscape } from '../../src/core/landscape';

const data = makeOrbitData({ n: 512, a: 1.261845, b: 1.234378, noise: 0.1 }, 9999);

describe('lossLandscape', () => {
  it('equals the point-by-point clamped sum of squared errors on every cell', () => {
    const grid = { waMin: 0, waMax: 4, wbMin: -0.5, wbMax: 3.5, nx: 41, ny: 37 };
    const L = lossLandscape(data, grid);
    expect(L.values.length).toBe(41 * 37);
    for (let j = 0; j < 37; j++) {
      for (let i = 0; i < 41; i++) {
        const wa = (i * 4) / 40;
        const wb = -0.5 + (j * 4) / 36;
        const ref = landscapeAt(data, wa, wb);
        expect(Math.abs(L.values[j * 41 + i] - ref)).toBeLessThan(1e-10 * Math.max(1, ref));
      }
    }
  });

  it('is a sum (not a mean) and smallest near the true axes', () => {
    const L = lossLandscape(data, { waMin: 0.5, waMax: 2.5, wbMin: 0.25, wbMax: 2.25, nx: 81, ny: 81 });
    let best = 0;
    for (let k = 1; k < L.values.length; k++) if (L.values[k] < L.values[best]) best = k;
    const wa = 0.5 + (best % 81) * 0.025;
    const wb = 0.25 + Math.floor(best / 81) * 0.025;
    expect(Math.abs(wa - 1.2618)).toBeLessThan(0.03);
    expect(Math.abs(wb - 1.2344)).toBeLessThan(0.03);
    // 512 points with noise variance 0.1^2/12: a sum near 512 * 0.00083.
    expect(L.values[best]).toBeGreaterThan(0.3);
    expect(L.values[best]).toBeLessThan(0.7);
  });

  it('clamps instead of masking: at Wa = 0 every point contributes (1e-4 - y)^2', () => {
    const L = lossLandscape(data, { waMin: 0, waMax: 0, wbMin: 1, wbMax: 1, nx: 1, ny: 1 });
    let want = 0;
    for (const y of data.y) want += (1e-4 - y) ** 2;
    expect(L.values[0]).toBeCloseTo(want, 9);
  });

  it('computes a 250 x 250 grid of finite losses (npm run bench times it)', () => {
    const grid = { waMin: 0, waMax: 2.5, wbMin: 0, wbMax: 2.5, nx: 250, ny: 250 };
    const L = lossLandscape(data, grid);
    expect(L.values.length).toBe(250 * 250);
    expect(L.values.every((v) => Number.isFinite(v))).toBe(true);
  });
});
