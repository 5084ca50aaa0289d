import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { baseMomentum } from '../../src/core/optimizers/registry';
import { runLrCurve, runScheduler, schedulerContext } from '../../src/core/schedule';
import type { PartialConfig, TrainConfig } from '../../src/core/types';

function config(p: PartialConfig): TrainConfig {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Steps a run scheduler through `updates` updates of `perEpoch` each, with epoch losses from `loss(epoch)`. */
function drive(cfg: TrainConfig, updates: number, loss: (epoch: number) => number = () => NaN) {
  const s = runScheduler(cfg);
  const perEpoch = schedulerContext(cfg).stepsPerEpoch;
  let state = s.init();
  for (let i = 0; i < updates; i++) {
    const ended = (i + 1) % perEpoch === 0;
    state = s.step(state, ended ? loss(Math.floor(i / perEpoch)) : NaN, ended);
  }
  return s.value(state);
}

describe('the run scheduler', () => {
  it('a null scheduler is a constant rate with no momentum override, and never changes its state', () => {
    const cfg = config({ optimizer: { lr: 0.03 } });
    const s = runScheduler(cfg);
    const state = s.init();
    expect(s.step(state, 1, true)).toBe(state);
    expect(s.value(state)).toEqual({ lr: 0.03, momentum: null });
  });

  it('ReduceLROnPlateau is stepped once per epoch with the epoch loss, whatever schedulerStep says', () => {
    const cfg = config({ scheduler: { type: 'ReduceLROnPlateau', patience: 0 } });
    expect(schedulerContext(cfg).totalSteps).toBe(cfg.epochs);
    // Improving losses: no cut however many updates pass.
    expect(drive(cfg, 8 * 5, (e) => 1 / (e + 1)).lr).toBe(0.01);
    // A worse second epoch: one cut after it (patience 0), none within the epoch.
    expect(drive(cfg, 8 * 2 - 1, (e) => e + 1).lr).toBe(0.01);
    expect(drive(cfg, 8 * 2, (e) => e + 1).lr).toBeCloseTo(0.001, 15);
  });

  it('OneCycleLR cycles the momentum (Adam beta1) and counts scheduler steps, not epochs, per update', () => {
    const cfg = config({ epochs: 10, optimizer: { type: 'adam' }, scheduler: { type: 'OneCycleLR', maxLr: 0.1 } });
    expect(baseMomentum(cfg.optimizer)).toBe(0.9);
    expect(schedulerContext(cfg).totalSteps).toBe(80);
    const m0 = drive(cfg, 0).momentum ?? NaN;
    expect(m0).toBeGreaterThan(0.9);
    const later = drive(cfg, 20);
    expect(later.momentum).toBeLessThan(m0);
    expect(later.lr).toBeGreaterThan(0.01);
  });

  it('SGD with momentum 0 still has a momentum to cycle, as in PyTorch (one baseMomentum everywhere)', () => {
    const cfg = config({ scheduler: { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01 } });
    expect(baseMomentum(cfg.optimizer)).toBe(0);
    expect(schedulerContext(cfg).baseMomentum).toBe(0);
    expect(drive(cfg, 0).momentum).toBe(0.9);
  });

  it('schedulerStep "epoch" gives the scheduler one step per epoch', () => {
    const cfg = config({ schedulerStep: 'epoch', scheduler: { type: 'StepLR', stepSize: 2, gamma: 0.1 } });
    expect(drive(cfg, 8 * 2 - 1).lr).toBe(0.01);
    expect(drive(cfg, 8 * 2).lr).toBeCloseTo(0.001, 15);
  });

  it('runLrCurve gives the rate of every update on the run’s cadence', () => {
    const cfg = config({ schedulerStep: 'epoch', scheduler: { type: 'StepLR', stepSize: 1, gamma: 0.5 } });
    const lr = runLrCurve(cfg, 17);
    expect(Array.from(lr.slice(6, 10))).toEqual([0.01, 0.01, 0.005, 0.005]);
    expect(lr[16]).toBe(0.0025);
  });
});
