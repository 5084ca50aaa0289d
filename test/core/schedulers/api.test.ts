import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  lrCurve,
  previewSpec,
  PREVIEW_UPDATES,
  SCHEDULER_REGISTRY,
  SCHEDULER_TYPES,
  schedulerEntry,
  torchCall,
  validateSchedulerSpec,
  type SchedulerContext,
} from '../../../src/core/schedulers';
import type { SchedulerSpec } from '../../../src/core/types';
import { schedulerSource } from '../../../src/core/pytorch/scheduler';

const sgd: SchedulerContext = { baseLr: 0.1, baseMomentum: 0.9, stepsPerEpoch: 8, totalSteps: 100 };
const first = (spec: SchedulerSpec | null, ctx = sgd) => {
  const s = createScheduler(spec, ctx);
  return s.value(s.init());
};

describe('scheduler API', () => {
  it('null is a constant rate and leaves the momentum to the optimizer', () => {
    const c = lrCurve(null, sgd, 50);
    expect(new Set(c.lr)).toEqual(new Set([0.1]));
    expect(c.momentum).toBeNull();
  });

  it('the first value is what PyTorch’s constructor sets', () => {
    expect(first({ type: 'LinearLR', startFactor: 0.25 }).lr).toBe(0.025);
    expect(first({ type: 'ConstantLR', factor: 0.5 }).lr).toBe(0.05);
    expect(first({ type: 'CyclicLR', baseLr: 0.002, maxLr: 0.02 })).toEqual({ lr: 0.002, momentum: 0.9 });
    const oneCycle = first({ type: 'OneCycleLR', maxLr: 0.5 });
    expect(oneCycle.lr).toBeCloseTo(0.5 / 25, 15); // torch's cos anneal at p = 0 lands 2e-17 above
    expect(oneCycle.momentum).toBe(0.95);
    expect(first({ type: 'StepLR', stepSize: 2 })).toEqual({ lr: 0.1, momentum: null });
  });

  it('momentum is cycled only when the optimizer has one', () => {
    const noMomentum = { ...sgd, baseMomentum: null };
    for (const spec of [
      { type: 'OneCycleLR', maxLr: 0.5 },
      { type: 'CyclicLR', baseLr: 0.01, maxLr: 0.1, stepSizeUp: 5 },
    ]) {
      const withM = lrCurve(spec, sgd, 40);
      const without = lrCurve(spec, noMomentum, 40);
      expect(without.momentum).toBeNull();
      expect(withM.momentum).not.toBeNull();
      expect(Array.from(without.lr)).toEqual(Array.from(withM.lr));
    }
    expect(lrCurve({ type: 'OneCycleLR', maxLr: 0.5, cycleMomentum: false }, sgd, 5).momentum).toBeNull();
  });

  it('OneCycleLR takes its length from the run when neither totalSteps nor epochs is given', () => {
    const c = lrCurve({ type: 'OneCycleLR', maxLr: 0.5, annealStrategy: 'linear' }, { ...sgd, totalSteps: 40 }, 40);
    expect(Math.max(...c.lr)).toBe(0.5);
    expect(c.lr.indexOf(0.5)).toBe(11); // pctStart 0.3: the peak at step 0.3 * 40 - 1
    expect(c.lr[39]).toBeCloseTo(0.02 / 1e4, 15);
    const byEpochs = lrCurve({ type: 'OneCycleLR', maxLr: 0.5, epochs: 5 }, sgd, 40);
    expect(Array.from(byEpochs.lr)).toEqual(
      Array.from(lrCurve({ type: 'OneCycleLR', maxLr: 0.5, totalSteps: 40 }, sgd, 40).lr),
    );
  });

  it('OneCycleLR holds its last rate and momentum when the run is longer than the cycle (PyTorch would raise)', () => {
    const c = lrCurve({ type: 'OneCycleLR', maxLr: 0.5, totalSteps: 10 }, sgd, 30);
    for (let i = 10; i < 30; i++) {
      expect(c.lr[i]).toBe(c.lr[9]);
      expect(c.momentum?.[i]).toBe(c.momentum?.[9]);
    }
    expect(c.lr[9]).toBeCloseTo(0.02 / 1e4, 15);
  });

  it('ReduceLROnPlateau is stepped per epoch with a metric; a missing metric counts as no improvement', () => {
    const spec: SchedulerSpec = { type: 'ReduceLROnPlateau', patience: 1, factor: 0.5 };
    const epochMetric = SCHEDULER_TYPES.filter((t) => schedulerEntry(t)?.cadence === 'epoch-metric');
    expect(epochMetric).toEqual(['ReduceLROnPlateau']);
    expect(Array.from(lrCurve(spec, sgd, 6, [1, 0.5, 0.25, 0.125, 0.06]).lr)).toEqual([0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(Array.from(lrCurve(spec, sgd, 6).lr)).toEqual([0.1, 0.1, 0.05, 0.05, 0.025, 0.025]);
  });

  it('createScheduler refuses an invalid spec with the validation messages', () => {
    expect(() => createScheduler({ type: 'StepLR', stepSize: 0 }, sgd)).toThrow(
      'scheduler.stepSize must be an integer in [1, 1000000]; got 0',
    );
  });

  it('lrCurve returns exactly `steps` values (none for 0)', () => {
    expect(lrCurve({ type: 'ExponentialLR', gamma: 0.5 }, sgd, 0).lr.length).toBe(0);
    expect(Array.from(lrCurve({ type: 'ExponentialLR', gamma: 0.5 }, sgd, 3).lr)).toEqual([0.1, 0.05, 0.025]);
    expect(lrCurve({ type: 'OneCycleLR', maxLr: 1 }, sgd, 0).momentum?.length).toBe(0);
  });

  it('lrCurve gives a finite rate for each of 100 000 updates of any scheduler (npm run bench times it)', () => {
    const specs: SchedulerSpec[] = [
      { type: 'CosineAnnealingLR', tMax: 5000 },
      { type: 'OneCycleLR', maxLr: 0.5 },
      { type: 'MultiStepLR', milestones: Array.from({ length: 500 }, (_, i) => 100 * (i + 1)), gamma: 0.99 },
      {
        type: 'SequentialLR',
        schedulers: [{ type: 'LinearLR' }, { type: 'CyclicLR', baseLr: 0.01, maxLr: 0.1 }],
        milestones: [50],
      },
    ];
    for (const spec of specs) {
      const { lr } = lrCurve(spec, { ...sgd, totalSteps: 100_000 }, 100_000);
      expect(lr.length).toBe(100_000);
      expect(lr.every((lr) => Number.isFinite(lr) && lr >= 0)).toBe(true);
    }
  });
});

describe('the scheduler registry', () => {
  const entries = SCHEDULER_TYPES.map((t) => [t, SCHEDULER_REGISTRY[t]] as const);
  it('lists each type once, with PyTorch names, word labels, one-sentence summaries and camelCase keys', () => {
    expect(new Set(SCHEDULER_TYPES).size).toBe(SCHEDULER_TYPES.length);
    expect(SCHEDULER_TYPES).toHaveLength(15);
    for (const [, m] of entries) {
      expect(m.summary).toMatch(/^[A-Z][^.]*\.$/);
      for (const [key, p] of Object.entries(m.params)) {
        expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(p.torchName).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        // A label is words for a reader, never the identifier itself.
        expect(p.label).toMatch(/^[A-Z][a-z]*( [a-zA-Z]+)*$/);
        expect(p.label).not.toBe(key);
        expect(p.help.length).toBeGreaterThan(0);
      }
    }
    const keys = Object.entries(SCHEDULER_REGISTRY.CosineAnnealingWarmRestarts.params).map(
      ([k, p]) => `${k}=${p.torchName}`,
    );
    expect(keys).toEqual(['t0=T_0', 'tMult=T_mult', 'etaMin=eta_min']);
  });

  it('every formula is valid TeX for KaTeX', () => {
    for (const [t, m] of entries)
      expect(() => katex.renderToString(m.formula, { throwOnError: true }), t).not.toThrow();
  });

  it('the form defaults of every type make a valid spec', () => {
    for (const [type, m] of entries) {
      const spec: Record<string, unknown> = { type };
      for (const [k, p] of Object.entries(m.params)) if (p.required) spec[k] = p.default;
      if (type === 'SequentialLR') Object.assign(spec, { schedulers: [{ type: 'ConstantLR' }], milestones: [] });
      if (type === 'ChainedScheduler') spec.schedulers = [{ type: 'ConstantLR' }];
      const r = validateSchedulerSpec(spec);
      expect(r.ok, `${type}: ${JSON.stringify(r)}`).toBe(true);
      // Read the typed result generically, key by key.
      const value: Record<string, unknown> = r.ok ? { ...r.value } : {};
      for (const [k, p] of Object.entries(m.params)) if (!p.required) expect(value[k]).toEqual(p.default);
    }
  });

  it('every preview spec is valid and shows its shape within the preview window', () => {
    const ctx = { ...sgd, totalSteps: PREVIEW_UPDATES, stepsPerEpoch: 10 };
    for (const type of SCHEDULER_TYPES) {
      const spec = previewSpec(type);
      expect(validateSchedulerSpec(spec).ok, type).toBe(true);
      const lr = Array.from(lrCurve(spec, ctx, PREVIEW_UPDATES).lr);
      // The rate changes inside the window: the preview is not a flat line.
      expect(new Set(lr).size, type).toBeGreaterThan(1);
    }
    const curve = (type: 'CosineAnnealingLR' | 'CyclicLR' | 'OneCycleLR') =>
      Array.from(lrCurve(previewSpec(type), ctx, PREVIEW_UPDATES).lr);
    // CosineAnnealingLR reaches its trough (T_max) inside the window.
    const cos = curve('CosineAnnealingLR');
    expect(Math.min(...cos)).toBeLessThan(1e-12);
    expect(cos.indexOf(Math.min(...cos))).toBeLessThan(PREVIEW_UPDATES - 1);
    // CyclicLR completes at least one full cycle: it rises, falls and rises again.
    const cyc = curve('CyclicLR');
    const peak = cyc.indexOf(Math.max(...cyc));
    expect(peak).toBeGreaterThan(0);
    expect(cyc.slice(peak).some((v, i, a) => i > 0 && v > a[i - 1])).toBe(true);
    // OneCycleLR's whole cycle fits: its last rate is the final, lowest one.
    const one = curve('OneCycleLR');
    expect(one[PREVIEW_UPDATES - 1]).toBe(Math.min(...one));
  });
});

describe('torchCall', () => {
  it('writes PyTorch’s names, only options that are set, and never an incomplete option group', () => {
    expect(torchCall({ type: 'StepLR', stepSize: 30, gamma: 0.1 })).toBe('StepLR(optimizer, step_size=30, gamma=0.1)');
    expect(torchCall({ type: 'CosineAnnealingLR', tMax: 10, etaMin: 0 })).toBe(
      'CosineAnnealingLR(optimizer, T_max=10, eta_min=0.0)',
    );
    const one = validateSchedulerSpec({ type: 'OneCycleLR', maxLr: 0.1 });
    if (!one.ok || one.value === null) throw new Error('invalid');
    const call = torchCall(one.value, { stepsPerEpoch: 8, totalSteps: 1280 });
    expect(call).toMatch(/^OneCycleLR\(optimizer, max_lr=0\.1, total_steps=1280, pct_start=0\.3, /);
    expect(call).not.toMatch(/None|epochs=|steps_per_epoch=/);
    // epochs given: PyTorch needs steps_per_epoch with it; the run's is written.
    expect(
      torchCall(
        { type: 'OneCycleLR', maxLr: 0.1, epochs: 5, totalSteps: null, stepsPerEpoch: null },
        { stepsPerEpoch: 8, totalSteps: 40 },
      ),
    ).toBe('OneCycleLR(optimizer, max_lr=0.1, epochs=5, steps_per_epoch=8)');
    expect(SCHEDULER_REGISTRY.OneCycleLR.torchNeedsOneOf).toEqual([['totalSteps'], ['epochs', 'stepsPerEpoch']]);
    expect(torchCall({ type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01, stepSizeDown: null })).toBe(
      'CyclicLR(optimizer, base_lr=0.001, max_lr=0.01)',
    );
    expect(
      torchCall({
        type: 'SequentialLR',
        schedulers: [
          { type: 'LinearLR', totalIters: 4 },
          { type: 'ExponentialLR', gamma: 0.9 },
        ],
        milestones: [4],
      }),
    ).toBe(
      'SequentialLR(optimizer, schedulers=[LinearLR(optimizer, total_iters=4), ExponentialLR(optimizer, gamma=0.9)], milestones=[4])',
    );
    // ChainedScheduler takes the list alone: its first parameter is the list (torch 2.3+), and 1.13 has no optimizer one.
    expect(torchCall({ type: 'ChainedScheduler', schedulers: [{ type: 'ExponentialLR', gamma: 0.9 }] })).toBe(
      'ChainedScheduler([ExponentialLR(optimizer, gamma=0.9)])',
    );
  });

  it('is the one emitter of the exported script too: same call, lr_scheduler. before the classes, nested ones per line', () => {
    const shape = { stepsPerEpoch: 8, schedulerSteps: 800 };
    const run = { stepsPerEpoch: 8, totalSteps: 800 };
    const cyclic = { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01, stepSizeUp: 25, stepSizeDown: null } as const;
    const v = validateSchedulerSpec(cyclic);
    if (!v.ok || v.value === null) throw new Error('invalid');
    expect(schedulerSource(v.value, shape)).toBe(`lr_scheduler.${torchCall(v.value, run)}`);
    expect(schedulerSource(v.value, shape)).not.toContain('None');
    const seq = validateSchedulerSpec({
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', totalIters: 4 },
        { type: 'LambdaLR', factor: 0.5, at: [40] },
      ],
      milestones: [4],
    });
    if (!seq.ok || seq.value?.type !== 'SequentialLR') throw new Error('invalid');
    expect(schedulerSource(seq.value, shape).split('\n')).toEqual([
      'lr_scheduler.SequentialLR(optimizer, schedulers=[',
      `    ${torchCall(seq.value.schedulers[0], run, { module: 'lr_scheduler.' })},`,
      '    lr_scheduler.LambdaLR(optimizer, lr_lambda=lambda t: 0.5 ** sum(1 for m in (40,) if m <= t)),',
      '], milestones=[4])',
    ]);
  });
});
