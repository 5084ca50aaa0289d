import { describe, expect, it } from 'vitest';
import { SCHEDULER_TYPES, validateSchedulerSpec } from '../../../src/core/schedulers';
import type { ConfigError } from '../../../src/core/types';

/** The errors of an invalid spec (fails the test if the spec was accepted). */
function errorsOf(raw: unknown, path?: string): ConfigError[] {
  const r = validateSchedulerSpec(raw, path);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return r.errors;
}
const lines = (raw: unknown): string[] => errorsOf(raw).map((e) => `${e.path} ${e.message}`);

describe('validateSchedulerSpec messages', () => {
  it('null and a missing spec mean a constant rate', () => {
    expect(validateSchedulerSpec(null)).toEqual({ ok: true, value: null });
    expect(validateSchedulerSpec(undefined)).toEqual({ ok: true, value: null });
  });

  it('names the field and the allowed range of an out-of-range value', () => {
    expect(lines({ type: 'StepLR', stepSize: 3, gamma: 2 })).toEqual([
      'scheduler.gamma must be a number in (0, 1]; got 2',
    ]);
    expect(lines({ type: 'CosineAnnealingLR', tMax: 2.5 })).toEqual([
      'scheduler.tMax must be an integer in [1, 1000000]; got 2.5',
    ]);
    expect(lines({ type: 'ReduceLROnPlateau', mode: 'down' })).toEqual([
      'scheduler.mode must be one of "min", "max"; got "down"',
    ]);
    expect(lines({ type: 'OneCycleLR', maxLr: 0.1, threePhase: 'yes' })).toEqual([
      'scheduler.threePhase must be true or false; got "yes"',
    ]);
    expect(lines({ type: 'ExponentialLR', gamma: NaN })).toEqual([
      'scheduler.gamma must be a number in (0, 1]; got NaN',
    ]);
  });

  it('lists the allowed types for an unknown type', () => {
    const [e] = errorsOf({ type: 'WarmupLR' });
    expect(e.path).toBe('scheduler.type');
    expect(e.message).toBe(`must be one of ${SCHEDULER_TYPES.join(', ')}; got "WarmupLR"`);
  });

  it('rejects unknown keys, listing the allowed ones, and missing required options', () => {
    expect(lines({ type: 'StepLR', stepSize: 4, step_size: 4 })).toEqual([
      'scheduler.step_size is not an option of StepLR; allowed: stepSize, gamma',
    ]);
    expect(lines({ type: 'MultiStepLR' })).toEqual([
      'scheduler.milestones is required for MultiStepLR: a list of at most 1000 integers in [0, 1000000]',
    ]);
  });

  it('rejects what is not a spec object', () => {
    for (const raw of [5, 'StepLR', [], true]) {
      expect(errorsOf(raw)[0].path).toBe('scheduler');
    }
    expect(lines([1, 2])).toEqual([
      'scheduler must be an object with a "type", or null for a constant rate; got an array',
    ]);
  });

  it('gives nested paths inside SequentialLR and ChainedScheduler, and honours a custom root path', () => {
    const spec = {
      type: 'SequentialLR',
      schedulers: [{ type: 'LinearLR' }, { type: 'CosineAnnealingLR', tMax: 0 }],
      milestones: [5],
    };
    expect(lines(spec)).toEqual(['scheduler.schedulers[1].tMax must be an integer in [1, 1000000]; got 0']);
    expect(errorsOf(spec, 'config.scheduler')[0].path).toBe('config.scheduler.schedulers[1].tMax');
    expect(lines({ type: 'ChainedScheduler', schedulers: [{ type: 'StepLR', stepSize: 2, gama: 0.5 }] })).toEqual([
      'scheduler.schedulers[0].gama is not an option of StepLR; allowed: stepSize, gamma',
    ]);
  });

  it('refuses nesting composites and ReduceLROnPlateau inside them', () => {
    const [e] = errorsOf({ type: 'ChainedScheduler', schedulers: [{ type: 'ReduceLROnPlateau' }] });
    expect(e.path).toBe('scheduler.schedulers[0].type');
    expect(e.message).toContain('cannot be nested');
    expect(e.message).not.toContain('ReduceLROnPlateau, ');
  });

  it('checks orderings and combinations', () => {
    expect(lines({ type: 'MultiStepLR', milestones: [4, 8, 6] })).toEqual([
      'scheduler.milestones[2] must be at least the entry before it (8); got 6',
    ]);
    expect(
      lines({
        type: 'SequentialLR',
        schedulers: [{ type: 'ConstantLR' }, { type: 'ExponentialLR', gamma: 0.9 }],
        milestones: [],
      }),
    ).toEqual(['scheduler.milestones must have one entry fewer than schedulers (1); got 0']);
    expect(lines({ type: 'MultiplicativeLR', factor: 0.5, at: [5, 5] })).toEqual([
      'scheduler.at[1] must be greater than the entry before it (5); got 5',
    ]);
    expect(lines({ type: 'LambdaLR', factor: 0.5, at: [5], every: 2 })).toEqual([
      'scheduler.at cannot be combined with every',
    ]);
    expect(lines({ type: 'MultiplicativeLR', factor: 0.8, start: 6, end: 4 })).toEqual([
      'scheduler.end must be at least start (6); got 4',
    ]);
    expect(lines({ type: 'CyclicLR', baseLr: 0.1, maxLr: 0.01 })).toEqual([
      'scheduler.maxLr must be at least baseLr (0.1); got 0.01',
    ]);
    expect(lines({ type: 'OneCycleLR', maxLr: 0.1, baseMomentum: 0.95, maxMomentum: 0.9 })).toEqual([
      'scheduler.baseMomentum must be at most maxMomentum (0.9); got 0.95',
    ]);
    expect(lines({ type: 'OneCycleLR', maxLr: 0.1, stepsPerEpoch: 8 })).toEqual([
      'scheduler.epochs is required when stepsPerEpoch is given without totalSteps',
    ]);
  });

  it('fills in PyTorch’s defaults', () => {
    expect(validateSchedulerSpec({ type: 'StepLR', stepSize: 3 })).toEqual({
      ok: true,
      value: { type: 'StepLR', stepSize: 3, gamma: 0.1 },
    });
    expect(validateSchedulerSpec({ type: 'MultiplicativeLR', factor: 0.5, at: [5, 10] })).toEqual({
      ok: true,
      value: { type: 'MultiplicativeLR', factor: 0.5, at: [5, 10], start: 1, end: null, every: 1 },
    });
    const r = validateSchedulerSpec({ type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01 });
    expect(r.ok && r.value).toMatchObject({
      stepSizeUp: 2000,
      stepSizeDown: null,
      mode: 'triangular',
      gamma: 1,
      cycleMomentum: true,
      baseMomentum: 0.8,
      maxMomentum: 0.9,
    });
  });

  it('returns a copy: changing the input afterwards does not change the validated spec', () => {
    const raw = { type: 'MultiStepLR', milestones: [4, 8] };
    const r = validateSchedulerSpec(raw);
    raw.milestones.push(99);
    expect(r.ok && r.value).toEqual({ type: 'MultiStepLR', milestones: [4, 8], gamma: 0.1 });
  });
});
