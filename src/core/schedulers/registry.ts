/**
 * The scheduler registry: one entry per PyTorch scheduler class, each option (range,
 * PyTorch's default and name, label, help) declared once. The spec types below are
 * inferred from it; the validator, the reader's form fields, the URL codec and the
 * PyTorch call text derive from it. The entries live in ./entries/ by family (what an
 * entry declares: ./entries/entry.ts); this file lists them in the order forms show them.
 * Adding a scheduler type is one entry plus its kernel in `kernels.ts` (the compiler asks
 * for both).
 *
 * Specs use PyTorch's class name as `type` and its argument names in camelCase as keys.
 * Python lambdas (LambdaLR, MultiplicativeLR) become serialisable factor rules
 * (./entries/rules.ts).
 */
import type { ValuesOf } from '../params';
import { COMPOSITE_ENTRIES } from './entries/composite';
import { COSINE_ENTRIES } from './entries/cosine';
import { CYCLIC_ENTRIES } from './entries/cyclic';
import { DECAY_ENTRIES } from './entries/decay';
import type { SchedulerEntry } from './entries/entry';
import { PLATEAU_ENTRIES } from './entries/plateau';
import { RULE_ENTRIES } from './entries/rules';

export { MAX_INNER_SCHEDULERS, MAX_LIST_LENGTH, PREVIEW_UPDATES, type SchedulerEntry } from './entries/entry';
export type { FactorRule } from './entries/rules';

/** Every scheduler type the core runs, in the order forms list them. */
export const SCHEDULER_REGISTRY = {
  ConstantLR: DECAY_ENTRIES.ConstantLR,
  StepLR: DECAY_ENTRIES.StepLR,
  MultiStepLR: DECAY_ENTRIES.MultiStepLR,
  MultiplicativeLR: RULE_ENTRIES.MultiplicativeLR,
  LambdaLR: RULE_ENTRIES.LambdaLR,
  ExponentialLR: DECAY_ENTRIES.ExponentialLR,
  LinearLR: DECAY_ENTRIES.LinearLR,
  PolynomialLR: DECAY_ENTRIES.PolynomialLR,
  CosineAnnealingLR: COSINE_ENTRIES.CosineAnnealingLR,
  CosineAnnealingWarmRestarts: COSINE_ENTRIES.CosineAnnealingWarmRestarts,
  CyclicLR: CYCLIC_ENTRIES.CyclicLR,
  OneCycleLR: CYCLIC_ENTRIES.OneCycleLR,
  ReduceLROnPlateau: PLATEAU_ENTRIES.ReduceLROnPlateau,
  SequentialLR: COMPOSITE_ENTRIES.SequentialLR,
  ChainedScheduler: COMPOSITE_ENTRIES.ChainedScheduler,
} as const satisfies Record<string, SchedulerEntry>;

type Registry = typeof SCHEDULER_REGISTRY;
export type SchedulerType = keyof Registry;
/** Types that may sit inside SequentialLR / ChainedScheduler. */
export type InnerType = { [T in SchedulerType]: Registry[T] extends { nestable: false } ? never : T }[SchedulerType];
type OuterType = Exclude<SchedulerType, InnerType>;

/** The validated spec of one type: `type` plus every option, PyTorch's defaults filled in. */
export type SpecOf<T extends SchedulerType> = T extends InnerType
  ? { type: T } & ValuesOf<Registry[T]['params']>
  : { type: T } & ValuesOf<Registry[T]['params'], InnerSpec>;
/** The schedulers a SequentialLR or ChainedScheduler may hold (no nesting, no plateau). */
export type InnerSpec = { [T in InnerType]: { type: T } & ValuesOf<Registry[T]['params']> }[InnerType];
type OuterSpec = { [T in OuterType]: { type: T } & ValuesOf<Registry[T]['params'], InnerSpec> }[OuterType];
/** Every validated scheduler spec. */
export type AnySchedulerSpec = InnerSpec | OuterSpec;

export type ConstantLRSpec = SpecOf<'ConstantLR'>;
export type StepLRSpec = SpecOf<'StepLR'>;
export type MultiStepLRSpec = SpecOf<'MultiStepLR'>;
export type MultiplicativeLRSpec = SpecOf<'MultiplicativeLR'>;
export type LambdaLRSpec = SpecOf<'LambdaLR'>;
export type ExponentialLRSpec = SpecOf<'ExponentialLR'>;
export type LinearLRSpec = SpecOf<'LinearLR'>;
export type PolynomialLRSpec = SpecOf<'PolynomialLR'>;
export type CosineAnnealingLRSpec = SpecOf<'CosineAnnealingLR'>;
export type CosineAnnealingWarmRestartsSpec = SpecOf<'CosineAnnealingWarmRestarts'>;
export type CyclicLRSpec = SpecOf<'CyclicLR'>;
export type OneCycleLRSpec = SpecOf<'OneCycleLR'>;
export type ReduceLROnPlateauSpec = SpecOf<'ReduceLROnPlateau'>;
export type SequentialLRSpec = SpecOf<'SequentialLR'>;
export type ChainedSchedulerSpec = SpecOf<'ChainedScheduler'>;

/** Every type, in registry order. */
export const SCHEDULER_TYPES = Object.keys(SCHEDULER_REGISTRY) as SchedulerType[];

/** The registry entry of a type name, or undefined for a name that is not one. */
export function schedulerEntry(type: unknown): SchedulerEntry | undefined {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEDULER_REGISTRY, type)
    ? (SCHEDULER_REGISTRY as Record<string, SchedulerEntry>)[type]
    : undefined;
}

/** The types that may sit inside SequentialLR / ChainedScheduler. */
export const INNER_TYPES: readonly SchedulerType[] = SCHEDULER_TYPES.filter(
  (t) => schedulerEntry(t)?.nestable !== false,
);

/** True when the type holds other schedulers (SequentialLR, ChainedScheduler). */
export function holdsSchedulers(type: string): boolean {
  return Object.values(schedulerEntry(type)?.params ?? {}).some((p) => p.kind === 'schedulerList');
}

/**
 * The preview spec of a type: a curve that shows the scheduler's shape within
 * `PREVIEW_UPDATES` updates (CosineAnnealingLR reaching its trough, CyclicLR's cycles,
 * OneCycleLR whole). A fresh copy, safe to edit.
 */
export function previewSpec<T extends SchedulerType>(type: T): { type: T; [option: string]: unknown } {
  return { ...structuredClone(SCHEDULER_REGISTRY[type].preview), type };
}
