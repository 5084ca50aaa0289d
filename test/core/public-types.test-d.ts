/**
 * Type tests of the core's public surface (checked by `astro check` in `npm test`): the
 * promises other code and readers' URLs rely on, which no runtime test can see.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createOptimizer,
  resolveConfig,
  type AdamConfig,
  type ConfigError,
  type Optimizer,
  type OptimizerConfig,
  type OptimizerState,
  type Params,
  type SgdConfig,
  type SgdState,
  type Trace,
  type TrainConfig,
  type Validated,
} from '../../src/core';
import type { AnySchedulerSpec, SchedulerType, StepLRSpec } from '../../src/core/schedulers';

/** true when T survives JSON.stringify / JSON.parse unchanged in shape: no functions, typed arrays, Maps, undefined-only members. */
type JsonSafe<T> = T extends string | number | boolean | null
  ? true
  : T extends (...args: never[]) => unknown
    ? false
    : T extends ArrayBufferView | Map<unknown, unknown> | Set<unknown> | Date
      ? false
      : T extends readonly (infer U)[]
        ? JsonSafe<U>
        : T extends object
          ? { [K in keyof T]-?: JsonSafe<Exclude<T[K], undefined>> }[keyof T] extends true
            ? true
            : false
          : false;

describe('the training core’s public types', () => {
  it('a TrainConfig is plain JSON, scheduler included, so a URL can carry it', () => {
    expectTypeOf<JsonSafe<TrainConfig>>().toEqualTypeOf<true>();
    expectTypeOf<TrainConfig['scheduler']>().toEqualTypeOf<AnySchedulerSpec | null>();
  });

  it('every per-type scheduler spec is plain JSON', () => {
    expectTypeOf<JsonSafe<AnySchedulerSpec>>().toEqualTypeOf<true>();
  });

  it('optimizer states are plain JSON (optax shape: serialisable, no hidden buffers)', () => {
    expectTypeOf<JsonSafe<OptimizerState>>().toEqualTypeOf<true>();
  });

  it('the JSON check itself rejects what JSON would lose', () => {
    expectTypeOf<JsonSafe<{ a: Float64Array }>>().toEqualTypeOf<false>();
    expectTypeOf<JsonSafe<{ f: () => void }>>().toEqualTypeOf<false>();
    expectTypeOf<JsonSafe<{ m: Map<string, number> } | { a: number }>>().toEqualTypeOf<boolean>();
  });

  it('resolveConfig accepts anything and narrows to a TrainConfig or its errors', () => {
    expectTypeOf(resolveConfig).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(resolveConfig).returns.toEqualTypeOf<Validated<TrainConfig>>();
    const r = resolveConfig({});
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<TrainConfig>();
    else expectTypeOf(r.errors).toEqualTypeOf<ConfigError[]>();
  });

  it('optimizer configs are told apart by their type field', () => {
    const narrow = (c: OptimizerConfig) => {
      if (c.type === 'sgd') expectTypeOf(c).toEqualTypeOf<SgdConfig>();
      if (c.type === 'adamw') expectTypeOf(c).toEqualTypeOf<AdamConfig>();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it('update is pure over (Wa, Wb) tuples and returns the state type it was given', () => {
    expectTypeOf<Optimizer<SgdState>['update']>().returns.toEqualTypeOf<{ params: Params; state: SgdState }>();
    expectTypeOf(createOptimizer).returns.toEqualTypeOf<Optimizer<OptimizerState>>();
    expectTypeOf<Params>().toEqualTypeOf<[number, number]>();
  });

  it('a scheduler spec names a PyTorch class and carries its required arguments', () => {
    expectTypeOf<'StepLR' | 'OneCycleLR' | 'ReduceLROnPlateau' | 'SequentialLR'>().toExtend<SchedulerType>();
    // @ts-expect-error StepLR has no default step size in PyTorch
    const missing: StepLRSpec = { type: 'StepLR', gamma: 0.1 };
    // @ts-expect-error numbers stay numbers (the URL decoder converts, the type does not)
    const wrong: StepLRSpec = { type: 'StepLR', stepSize: '30', gamma: 0.1 };
    expectTypeOf([missing, wrong]).items.toEqualTypeOf<StepLRSpec>();
  });

  it('trace columns are typed arrays, so a worker can transfer them without copying', () => {
    expectTypeOf<Trace['wa']>().toEqualTypeOf<Float64Array>();
    expectTypeOf<Trace['epoch']>().toEqualTypeOf<Int32Array>();
    expectTypeOf<Trace['allMasked']>().toEqualTypeOf<Uint8Array>();
  });
});
