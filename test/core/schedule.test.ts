import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { baseMomentum, createSchedule } from '../../src/core/schedule';
import type { PartialConfig, TrainConfig } from '../../src/core/types';

function config(p: PartialConfig): TrainConfig {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('createSchedule', () => {
  it('a null scheduler is a constant rate with no momentum override', () => {
    const s = createSchedule(config({ optimizer: { lr: 0.03 } }), 8, 1280);
    for (let i = 0; i < 100; i++) s.step(NaN);
    expect(s.lr).toBe(0.03);
    expect(s.momentum).toBeNaN();
    expect(s.perUpdate).toBe(true);
  });

  it('ReduceLROnPlateau is always stepped per epoch with a metric', () => {
    const s = createSchedule(config({ scheduler: { type: 'ReduceLROnPlateau', patience: 0 } }), 8, 1280);
    expect(s.perEpochMetric).toBe(true);
    expect(s.perUpdate).toBe(false);
    s.step(1);
    s.step(2);
    expect(s.lr).toBeLessThan(0.01);
  });

  it('OneCycleLR cycles the momentum (Adam beta1) and counts scheduler steps, not epochs, per update', () => {
    const cfg = config({ epochs: 10, optimizer: { type: 'adam' }, scheduler: { type: 'OneCycleLR', maxLr: 0.1 } });
    expect(baseMomentum(cfg)).toBe(0.9);
    const s = createSchedule(cfg, 8, 80);
    const m0 = s.momentum;
    expect(m0).toBeGreaterThan(0.9);
    for (let i = 0; i < 20; i++) s.step(NaN);
    expect(s.momentum).toBeLessThan(m0);
    expect(s.lr).toBeGreaterThan(0.01);
  });

  it('schedulerStep "epoch" gives the scheduler one step per epoch', () => {
    const s = createSchedule(
      config({ schedulerStep: 'epoch', scheduler: { type: 'StepLR', stepSize: 2, gamma: 0.1 } }),
      8,
      1280,
    );
    expect(s.perUpdate).toBe(false);
    s.step(NaN);
    s.step(NaN);
    expect(s.lr).toBeCloseTo(0.001, 15);
  });
});
