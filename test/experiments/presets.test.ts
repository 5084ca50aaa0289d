import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from '../../src/experiments/presets';
import { presetConfig, runPreset, tutorialLandscape } from '../../src/experiments/runner';
import { compareWithPublished } from '../../src/experiments/compare';
import { runValue } from '../../src/experiments/values';

describe('tutorial presets', () => {
  it('are the seventeen runs of the article, with unique ids', () => {
    expect(PRESETS).toHaveLength(17);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(17);
  });

  it('all resolve to valid configs with the tutorial defaults filled in', () => {
    for (const p of PRESETS) {
      const c = presetConfig(p.id);
      expect(c.seed).toBe(9999);
      expect(c.batchSize).toBe(64);
      expect(c.init).toEqual({ wa: expect.closeTo(0.1, 7), wb: expect.closeTo(1.8, 7) });
      expect(c.schedulerStep).toBe('update');
    }
    expect(presetConfig('sgdm-0.012-400')).toMatchObject({
      epochs: 400,
      optimizer: { type: 'sgd', lr: 0.012, momentum: 0.9, dampening: 0 },
    });
    expect(presetConfig('adam-0.12-multistep-0.8').scheduler).toMatchObject({ type: 'MultiStepLR', gamma: 0.8 });
  });

  it('fail loudly on an unknown id instead of drawing nothing', () => {
    expect(() => presetById('sgd-0.1-1')).toThrow(/Unknown experiment preset/);
  });
});

describe('memoised runner', () => {
  it('trains each preset once and hands every caller the same trace', () => {
    expect(runPreset('sgdm-0.01-100')).toBe(runPreset('sgdm-0.01-100'));
    const g = { waMin: 0, waMax: 1, wbMin: 0, wbMax: 1, nx: 5, ny: 5 };
    expect(tutorialLandscape(g)).toBe(tutorialLandscape({ ...g }));
  });

  it('reproduces the published finals of the stable runs to 1e-3 and flags the chaotic ones', () => {
    const rows = compareWithPublished();
    for (const r of rows) {
      expect(r.updates).toBe(r.config.epochs * 8);
      if (!r.preset.sensitive) expect(r.maxAbs, r.preset.id).toBeLessThan(1e-3);
    }
    expect(rows.filter((r) => r.preset.sensitive).map((r) => r.preset.id)).toEqual([
      'sgdm-0.00015-100',
      'adam-0.01-100',
      'adam-0.12-100',
    ]);
  });

  it('formats prose numbers from the same trace', () => {
    const t = runPreset('sgdm-0.012-100');
    expect(runValue(t, 'wa', 3)).toBe(t.final.wa.toFixed(3));
    expect(runValue(runPreset('sgdm-0.012-400'), 'updates')).toBe('3,200');
  });
});
