import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core/config';
import { createRun, train, updatesPerEpoch } from '../../src/core/train';
import type { PartialConfig, TrainConfig } from '../../src/core/types';

function config(p: PartialConfig): TrainConfig {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe('train', () => {
  it('records one row per update with values before the step and the step taken', () => {
    const t = train(config({ epochs: 2, optimizer: { momentum: 0.9 } }));
    expect(t.length).toBe(16);
    expect(Array.from(t.epoch.slice(0, 9))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(t.minibatch.slice(0, 9))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0]);
    expect(t.wa[0]).toBe(0.10000000149011612);
    expect(t.wb[0]).toBe(1.7999999523162842);
    expect(t.loss[0].toFixed(6)).toBe('0.260474');
    for (let i = 0; i + 1 < t.length; i++) {
      const da = t.wa[i + 1] - t.wa[i];
      const db = t.wb[i + 1] - t.wb[i];
      expect(t.stepSize[i]).toBeCloseTo(Math.hypot(da, db), 15);
      expect(t.unitA[i]).toBeCloseTo(-da / t.stepSize[i], 12);
      expect(t.unitB[i]).toBeCloseTo(-db / t.stepSize[i], 12);
      expect(t.lr[i]).toBe(0.01);
    }
    // Momentum buffer after update 1 = first gradient; no second moment for SGD.
    expect(t.va[0]).toBe(t.dwa[0]);
    expect(t.sa[0]).toBeNaN();
    expect(t.diverged).toBeNull();
  });

  it("takes the tutorial's first SGD step: Wa 0.1 -> 0.10097, Wb 1.8 -> 1.79112", () => {
    const t = train(config({ epochs: 1 }));
    expect(t.wa[1].toFixed(5)).toBe('0.10097');
    expect(t.wb[1].toFixed(5)).toBe('1.79112');
    expect(t.stepSize[0].toFixed(5)).toBe('0.00893');
  });

  it('keeps the last partial batch (drop_last=False)', () => {
    expect(updatesPerEpoch(512, 100)).toBe(6);
    const t = train(config({ batchSize: 100, epochs: 2 }));
    expect(t.length).toBe(12);
    expect(t.minibatch[5]).toBe(5);
    expect(t.epoch[6]).toBe(1);
  });

  it('records all-masked batches as NaN loss with zero gradient and still steps the optimizer', () => {
    // Start with Wa so small that every point is masked; momentum must keep moving the parameters.
    const t = train(
      config({ init: { wa: 0.001, wb: 1 }, epochs: 1, batchSize: 8, data: { n: 64 }, optimizer: { momentum: 0.9 } }),
    );
    expect(t.diverged).toBeNull();
    expect(t.allMasked[0]).toBe(1);
    expect(t.loss[0]).toBeNaN();
    expect(t.dwa[0]).toBe(0);
    expect(t.stepSize[0]).toBe(0);
    expect(t.unitA[0]).toBe(0);
    expect(t.allMasked.every((m) => m === 1)).toBe(true);
    expect(t.final).toEqual({ wa: Math.fround(0.001), wb: 1 });
  });

  it('matches torch float64 through all-masked batches (n 64, batch 8, start Wa 0.05; values from torch 1.13)', () => {
    const t = train(
      config({ data: { n: 64 }, batchSize: 8, epochs: 6, init: { wa: 0.05, wb: 1 }, optimizer: { momentum: 0.9 } }),
    );
    expect(Array.from(t.allMasked.slice(0, 4))).toEqual([1, 1, 1, 0]);
    expect([t.loss[3], t.dwa[3], t.dwb[3]]).toEqual([0.104165692689144, -2.2609532547905515, -0.5914404525788097]);
    expect([t.wa[4], t.wb[4]]).toEqual([0.07260953329296357, 1.0059144045257882]);
    expect(t.final).toEqual({ wa: 2.9068777736945424, wb: 0.9629750340910863 });
  });

  it('stops at the first non-finite update and keeps only finite rows', () => {
    const t = train(config({ epochs: 50, optimizer: { type: 'sgd', lr: 10, momentum: 0.99 } }));
    expect(t.diverged).not.toBeNull();
    const d = t.diverged as { update: number; reason: string };
    expect(d.update).toBe(t.length + 1);
    expect(d.reason).toMatch(/became (NaN|-?Infinity)/);
    for (let i = 0; i < t.length; i++) {
      expect(Number.isFinite(t.wa[i]) && Number.isFinite(t.wb[i]) && Number.isFinite(t.stepSize[i])).toBe(true);
    }
    expect(Number.isFinite(t.final.wa) && Number.isFinite(t.final.wb)).toBe(true);
  });

  it('advancing in chunks gives exactly the trace of one call', () => {
    const cfg = config({ epochs: 5, optimizer: { type: 'adam', lr: 0.05 } });
    const whole = train(cfg);
    const run = createRun(cfg);
    let chunks = 0;
    while (!run.advance(7)) {
      chunks++;
      expect(run.progress.updates).toBe(chunks * 7);
      expect(run.trace().length).toBe(chunks * 7);
    }
    expect(run.progress).toEqual({ updates: 40, total: 40, done: true });
    const t = run.trace();
    expect(Array.from(t.wa)).toEqual(Array.from(whole.wa));
    expect(Array.from(t.va)).toEqual(Array.from(whole.va));
    expect(t.final).toEqual(whole.final);
  });

  it('a run without recording ends at the same point and keeps no rows', () => {
    const cfg = config({ epochs: 20, optimizer: { type: 'rmsprop' } });
    const run = createRun(cfg, { record: false });
    expect(run.advance(Infinity)).toBe(true);
    const whole = train(cfg);
    expect(run.final).toEqual(whole.final);
    expect(run.diverged).toBeNull();
    expect(run.progress.updates).toBe(160);
    expect(run.trace().length).toBe(0);
    expect(run.trace().wa.length).toBe(0);
  });

  it('applies a scheduler after every update, or once per epoch with schedulerStep "epoch"', () => {
    const perUpdate = train(config({ epochs: 2, scheduler: { type: 'StepLR', stepSize: 3, gamma: 0.5 } }));
    expect(Array.from(perUpdate.lr.slice(0, 7))).toEqual([0.01, 0.01, 0.01, 0.005, 0.005, 0.005, 0.0025]);
    const perEpoch = train(
      config({ epochs: 4, schedulerStep: 'epoch', scheduler: { type: 'StepLR', stepSize: 1, gamma: 0.5 } }),
    );
    expect(perEpoch.lr[7]).toBe(0.01);
    expect(perEpoch.lr[8]).toBe(0.005);
    expect(perEpoch.lr[31]).toBe(0.00125);
  });

  it('steps ReduceLROnPlateau once per epoch on the epoch mean loss', () => {
    const t = train(
      config({
        epochs: 30,
        optimizer: { lr: 0.002 },
        scheduler: { type: 'ReduceLROnPlateau', patience: 0, factor: 0.5, threshold: 0.5 },
      }),
    );
    // Within an epoch the rate is constant; it only changes at epoch boundaries.
    for (let i = 1; i < t.length; i++) if (t.minibatch[i] !== 0) expect(t.lr[i]).toBe(t.lr[i - 1]);
    expect(t.lr[t.length - 1]).toBeLessThan(0.002);
  });

  it("the default config is the tutorial's SGD run and ends at the published (1.2611, 1.2324)", () => {
    const t = train(DEFAULT_CONFIG);
    expect(t.length).toBe(1280);
    expect(t.final.wa.toFixed(4)).toBe('1.2611');
    expect(t.final.wb.toFixed(4)).toBe('1.2324');
  });
});

describe('train near the top of the double range', () => {
  it('records a finite effective step size when the squared step would overflow', () => {
    // Found by the property test: SGD (nesterov, lr 9.6) on a tiny orbit runs out to ~1e152
    // where da * da overflows although the step itself is finite.
    const r = resolveConfig({
      seed: 0,
      data: { n: 57, a: 0.2, b: 0.020000000000000004, noise: 0 },
      init: { wa: -0.02142857108265162, wb: 0 },
      batchSize: 1,
      epochs: 2,
      optimizer: { type: 'sgd', lr: 9.619898045229142, momentum: 0.5, nesterov: true },
    });
    if (!r.ok) throw new Error('config rejected');
    const t = train(r.value);
    for (let i = 0; i < t.length; i++) expect(Number.isFinite(t.stepSize[i]), `row ${i}`).toBe(true);
    expect(t.stepSize[113]).toBeGreaterThan(1e153);
  });
});
