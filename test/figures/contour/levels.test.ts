import { describe, expect, it } from 'vitest';
import { bandOf, levelColours, lossLevels, sampleLandscape } from '../../../src/figures/contour/levels';
import { parseColour } from '../../../src/figures/contour/fill';
import { bowl } from '../fixtures';

describe('loss levels', () => {
  it('are a 1-2-5 ladder strictly inside the range of the values', () => {
    expect(lossLevels([0.43, 7, 1500])).toEqual([0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  });

  it('refine to log-spaced levels when the view spans less than a few 1-2-5 steps', () => {
    const lv = lossLevels([270, 480]);
    expect(lv.length).toBeGreaterThanOrEqual(5);
    expect(lv[0]).toBeGreaterThan(270);
    expect(lv.at(-1)).toBeLessThan(480);
    for (let i = 1; i < lv.length; i++) expect(lv[i]).toBeGreaterThan(lv[i - 1]);
  });

  it('put each value in the band between the levels around it, NaN on top', () => {
    const lv = [1, 2, 5];
    expect([0.5, 1, 1.5, 2, 4.9, 5, 99, NaN].map((v) => bandOf(lv, v))).toEqual([0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it('colour low loss blue and high loss red', () => {
    const cs = levelColours([1, 10, 100]).map(parseColour);
    const [r0, , b0] = cs[0];
    const [r3, , b3] = cs.at(-1)!;
    expect(b0).toBeGreaterThan(r0);
    expect(r3).toBeGreaterThan(b3);
  });
});

describe('sampleLandscape', () => {
  it('returns the grid value exactly at grid points and interpolates in between', () => {
    const l = bowl(0, 2, 0, 2, 5, 5);
    expect(sampleLandscape(l, 0.5, 1.0)).toBeCloseTo(l.values[2 * 5 + 1], 10);
    const mid = sampleLandscape(l, 0.25, 1.0);
    const lo = Math.min(l.values[10], l.values[11]);
    const hi = Math.max(l.values[10], l.values[11]);
    expect(mid).toBeGreaterThanOrEqual(lo);
    expect(mid).toBeLessThanOrEqual(hi);
  });
});
