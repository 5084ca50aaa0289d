import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/types';
import { runPathData } from '../../src/client/live-layer';
import { apply, invert, parseScales, type XYScales } from '../../src/client/scales';

const s: XYScales = {
  x: { domain: [0, 4], range: [48, 514] },
  y: { domain: [-0.5, 3.5], range: [560, 94] },
  width: 600,
  height: 600,
};

describe('figure scales', () => {
  it('maps data to SVG units and back', () => {
    expect(apply(s.x, 0)).toBe(48);
    expect(apply(s.y, 3.5)).toBe(94);
    for (const v of [0, 0.37, 2, 4]) expect(invert(s.x, apply(s.x, v))).toBeCloseTo(v, 12);
  });

  it('refuses malformed scale attributes', () => {
    expect(parseScales(JSON.stringify(s))).toEqual(s);
    expect(parseScales(null)).toBeNull();
    expect(parseScales('{')).toBeNull();
    expect(parseScales(JSON.stringify({ ...s, x: { domain: [1, 1], range: [0, 1] } }))).toBeNull();
    expect(parseScales(JSON.stringify({ ...s, width: 0 }))).toBeNull();
  });

  // A trace with only what a drawn path reads.
  const trace = (wa: number[], wb: number[], final: [number, number]) =>
    ({
      length: wa.length,
      wa: Float64Array.from(wa),
      wb: Float64Array.from(wb),
      final: { wa: final[0], wb: final[1] },
    }) as Trace;

  it('a live path stops at the first non-finite point and keeps far-off points valid SVG numbers', () => {
    const d = runPathData(s, trace([0.1, 1e30, NaN, 1], [1.8, 1e30, 1, 1], [NaN, NaN]));
    expect(d).toBe('M59.7,292.1L100000,-100000');
    expect(d).not.toMatch(/e\+/);
  });

  it('a live path appends the final point after the rows', () => {
    expect(runPathData(s, trace([0], [0], [4, 3.5]))).toBe('M48,501.8L514,94');
  });
});
