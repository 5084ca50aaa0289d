import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, formatErrors, MAX_UPDATES, optimizerDefaults, resolveConfig } from '../../src/core/config';

function errorsOf(input: unknown): string {
  const r = resolveConfig(input);
  if (r.ok) throw new Error('expected errors');
  return formatErrors(r.errors);
}

describe('resolveConfig', () => {
  it('fills an empty object with the tutorial defaults', () => {
    const r = resolveConfig({});
    expect(r).toEqual({ ok: true, value: DEFAULT_CONFIG });
    expect(DEFAULT_CONFIG).toMatchObject({
      seed: 9999,
      data: { n: 512, a: 1.261845, b: 1.234378, noise: 0.1 },
      init: { wa: 0.1, wb: 1.8 },
      batchSize: 64,
      epochs: 160,
      optimizer: { type: 'sgd', lr: 0.01, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
      scheduler: null,
      schedulerStep: 'update',
    });
  });

  it('fills PyTorch defaults per optimizer type', () => {
    expect(optimizerDefaults('rmsprop')).toMatchObject({
      alpha: 0.99,
      eps: 1e-8,
      momentum: 0,
      centered: false,
      weightDecay: 0,
    });
    expect(optimizerDefaults('adam')).toMatchObject({ betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false });
    expect(optimizerDefaults('adamw')).toMatchObject({ weightDecay: 0.01 });
    const r = resolveConfig({ optimizer: { type: 'adamw', lr: 0.003 } });
    expect(r.ok && r.value.optimizer).toEqual({
      type: 'adamw',
      lr: 0.003,
      betas: [0.9, 0.999],
      eps: 1e-8,
      weightDecay: 0.01,
      amsgrad: false,
    });
  });

  it('names the field and the allowed range of a bad value', () => {
    expect(errorsOf({ optimizer: { lr: -1 } })).toBe('optimizer.lr must be a number in (0, 10]; got -1');
    expect(errorsOf({ batchSize: 0 })).toBe('batchSize must be an integer in [1, 512]; got 0');
    expect(errorsOf({ data: { n: 5 } })).toBe('data.n must be an integer in [8, 4096]; got 5');
    expect(errorsOf({ data: { noise: 2 } })).toBe('data.noise must be a number in [0, 1]; got 2');
    expect(errorsOf({ epochs: 1.5 })).toBe('epochs must be an integer in [1, 100000]; got 1.5');
    expect(errorsOf({ optimizer: { type: 'adam', betas: [0.9, 1] } })).toBe(
      'optimizer.betas[1] must be a number in [0, 1); got 1',
    );
    expect(errorsOf({ init: { wa: Number.NaN } })).toBe('init.wa must be a number in [-10, 10]; got NaN');
    expect(errorsOf({ seed: '1' })).toBe('seed must be an integer in [0, 4294967295]; got "1"');
  });

  it('refuses a start where the model is undefined (Wa = 0, -0, or a value that is 0 in float32)', () => {
    for (const wa of [0, -0, 1e-50]) {
      expect(errorsOf({ init: { wa } })).toMatch(/^init\.wa must not be 0: the model divides by Wa²/);
    }
    expect(resolveConfig({ init: { wa: 1e-30 } }).ok).toBe(true);
    expect(resolveConfig({ init: { wb: 0 } }).ok).toBe(true);
  });

  it('rejects unknown keys, including options of another optimizer', () => {
    expect(errorsOf({ lr: 0.1 })).toMatch(/^lr is not an option of a training config/);
    expect(errorsOf({ optimizer: { type: 'adam', momentum: 0.9 } })).toMatch(
      /^optimizer\.momentum is not an option of the adam optimizer/,
    );
    expect(errorsOf({ data: { c: 1 } })).toMatch(/^data\.c is not an option/);
  });

  it('requires momentum > 0 and zero dampening for Nesterov, as torch does', () => {
    expect(errorsOf({ optimizer: { nesterov: true } })).toMatch(
      /^optimizer\.nesterov requires momentum > 0 and dampening 0/,
    );
    expect(errorsOf({ optimizer: { nesterov: true, momentum: 0.9, dampening: 0.1 } })).toMatch(/nesterov/);
    expect(resolveConfig({ optimizer: { nesterov: true, momentum: 0.9 } }).ok).toBe(true);
  });

  it('caps the work at 200,000 updates with a clear message', () => {
    expect(MAX_UPDATES).toBe(200_000);
    expect(errorsOf({ epochs: 25_001 })).toBe(
      'epochs gives 25001 epochs x 8 updates = 200008 updates, over the limit of 200,000; use fewer epochs or larger batches',
    );
    expect(resolveConfig({ epochs: 25_000 }).ok).toBe(true);
  });

  it('requires b <= a so the centre offset is real', () => {
    expect(errorsOf({ data: { a: 1, b: 1.2 } })).toMatch(/^data\.b must not exceed data\.a/);
  });

  it('validates the scheduler through the scheduler module', () => {
    expect(resolveConfig({ scheduler: { type: 'MultiStepLR', milestones: [5, 10], gamma: 0.5 } }).ok).toBe(true);
    expect(errorsOf({ scheduler: { type: 'NoSuchLR' } })).toMatch(/^scheduler/);
  });

  it('never throws and reports non-objects at the top level', () => {
    for (const bad of [null, 3, 'x', [], undefined, true]) {
      const r = resolveConfig(bad);
      expect(r.ok).toBe(false);
    }
    const hostile = Object.defineProperty({}, 'seed', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(resolveConfig(hostile).ok).toBe(false);
  });

  it('returns a fresh copy: mutating the result does not touch the defaults', () => {
    const r = resolveConfig({});
    if (!r.ok) throw new Error();
    r.value.data.n = 8;
    expect(DEFAULT_CONFIG.data.n).toBe(512);
    expect(Object.isFrozen(DEFAULT_CONFIG.optimizer)).toBe(true);
  });
});
