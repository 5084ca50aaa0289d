import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/catalog';
import { buildFigure, figureCsvText } from '../../src/experiments/figures';
import { presetById } from '../../src/experiments/presets';

describe('tutorial figures from the real runs', () => {
  it('catalog numbers its figures 1, 2, 3, … in order and names only known presets', () => {
    expect(FIGURES.length).toBeGreaterThan(0);
    expect(FIGURES.map((f) => f.n)).toEqual(Array.from({ length: FIGURES.length }, (_, i) => i + 1));
    for (const f of FIGURES) for (const r of f.runs) expect(() => presetById(r.id)).not.toThrow();
  });

  it('figure 9 shows the 0.012 run ending far right and describes every final', () => {
    const f = buildFigure(9);
    expect(f.svg.startsWith('<svg')).toBe(true);
    expect(f.description).toMatch(/lr 0\.012: Wa 3\.33\d\d, Wb 0\.99\d\d after 800 updates/);
    expect(f.svg).toContain('Epoch=100, minibatch=8, Updates=800');
  });

  it('figure 15 plots the rate each update used: 0.12 down to 0.12 * 0.8^10 and 0.12 * 0.5^4', () => {
    const f = buildFigure(15);
    const last = (i: number) => f.runs[i].trace.lr[29];
    expect(last(0)).toBeCloseTo(0.12 * 0.8 ** 10, 12);
    expect(last(1)).toBeCloseTo(0.12 * 0.5 ** 4, 12);
    expect(f.runs[0].trace.lr[3]).toBe(0.12);
    expect(f.runs[0].trace.lr[4]).toBeCloseTo(0.096, 12); // milestone 4: the 5th update uses the cut rate
    expect(f.runs[2].trace.lr[5]).toBe(0.12);
    expect(f.runs[2].trace.lr[6]).toBeCloseTo(0.096, 12); // MultiplicativeLR's first factor at t = 6
  });

  it('figure 13 data covers updates 35 to 1635 of the 400-epoch run', () => {
    const lines = figureCsvText(13).trim().split('\n');
    expect(lines).toHaveLength(1 + 1601);
    expect(lines[1].startsWith('35,')).toBe(true);
    expect(lines.at(-1)!.startsWith('1635,')).toBe(true);
  });
});
