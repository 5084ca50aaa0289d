import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/figures/catalog';
import { DEFAULT_CONFIG } from '../../src/core';
import { buildFigure, figureCsvText } from '../../src/experiments/figures';
import { presetById } from '../../src/experiments/presets';
import { runPreset } from '../../src/experiments/runner';
import { runNumber, runValue, stepRise, STEP_WINDOW } from '../../src/experiments/values';

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

  it('figure 13 data starts at the turn-around (the update where Wa peaks, 64) and covers the 1,600 updates after it', () => {
    const t = runPreset('sgdm-0.012-400');
    const turn = runNumber(t, 'peakWaAt');
    // The turn-around the prose quotes: Wa grows up to it and shrinks after it.
    expect(turn).toBe(64);
    expect(t.wa[turn - 1]).toBeGreaterThan(t.wa[turn - 2]);
    expect(t.wa[turn]).toBeLessThan(t.wa[turn - 1]);
    const lines = figureCsvText(13).trim().split('\n');
    expect(lines).toHaveLength(1 + 1601);
    expect(lines[1].startsWith(`${turn},`)).toBe(true);
    expect(lines.at(-1)!.startsWith(`${turn + 1600},`)).toBe(true);
  });

  it('backs the prose: 0.001 and 0.01 settle on the target long before 0.005; the schedules settle, the fixed 0.12 barely', () => {
    const at = (id: string) => runNumber(runPreset(id), 'settledAt');
    expect(at('sgdm-0.001-100')).toBeLessThan(at('sgdm-0.005-100'));
    expect(at('sgdm-0.01-100')).toBeLessThan(at('sgdm-0.005-100'));
    expect(at('sgdm-0.012-100')).toBe(801);
    expect(at('adam-0.12-multistep-0.8')).toBeLessThan(200);
    expect(at('adam-0.12-multistep-0.5')).toBeLessThan(200);
    expect(at('adam-0.12-100')).toBeGreaterThan(700);
  });

  it('backs the prose of figure 1: SGD with momentum’s step size climbs from about update 90 to about 250', () => {
    const t = runPreset('sgdm-0.01-160');
    const { from, to } = stepRise(t);
    expect(runValue(t, 'stepRiseFrom', 4, 10)).toBe('90');
    expect(runValue(t, 'stepRiseTo', 4, 10)).toBe('250');
    // The climb is real: the step size averaged over the window at its end is well above its start.
    const mean = (k: number) => {
      let m = 0;
      for (let j = k - STEP_WINDOW / 2; j < k + STEP_WINDOW / 2; j++) m += t.stepSize[j] / STEP_WINDOW;
      return m;
    };
    expect(mean(to - 1)).toBeGreaterThan(2 * mean(from - 1));
    expect(stepRise({ ...t, length: 10 })).toEqual({ from: 0, to: 0 });
  });

  it('backs the prose of figure 1: RMSprop’s step size climbs again from about update 180, once it is near the target', () => {
    const t = runPreset('rmsprop-0.01-160');
    expect(runValue(t, 'stepRiseFrom', 4, 10)).toBe('180');
    const from = stepRise(t).from;
    const { a, b } = DEFAULT_CONFIG.data;
    expect(Math.hypot(t.wa[from - 1] - a, t.wb[from - 1] - b)).toBeLessThan(0.01);
    // Over the rest of figure 1 (to update 600) the steps average several times their size at the low.
    const mean = (lo: number, hi: number) => t.stepSize.slice(lo, hi).reduce((s, v) => s + v, 0) / (hi - lo);
    expect(mean(500, 600)).toBeGreaterThan(3 * mean(from - 16, from + 16));
  });
});
