/**
 * The kernel of every scheduler type: one line per registry entry. The maps are typed
 * over the registry, so a type without a kernel (or a kernel for a spec of another
 * shape) does not compile.
 */
import { chainedScheduler, sequentialLR } from './composite';
import { cosineAnnealingLR, cosineAnnealingWarmRestarts } from './cosine';
import { cyclicLR, oneCycleLR, oneCycleTotalSteps } from './cyclic';
import { constantLR, exponentialLR, linearLR, multiStepLR, polynomialLR, stepLR } from './decay';
import type { Kernel, NestableKernel } from './kernel';
import { reduceLROnPlateau } from './plateau';
import {
  INNER_TYPES,
  type AnySchedulerSpec,
  type InnerSpec,
  type InnerType,
  type SchedulerType,
  type SpecOf,
} from './registry';
import { lambdaLR, multiplicativeLR } from './rules';

/** What a scheduler needs to know about the optimizer and the run. */
export interface SchedulerContext {
  /** The optimizer's configured learning rate (PyTorch's `initial_lr`). */
  baseLr: number;
  /** SGD/RMSprop momentum or Adam's beta1; null if the optimizer has none (then nothing cycles it). */
  baseMomentum: number | null;
  /** Optimizer steps per epoch (OneCycleLR's default stepsPerEpoch). */
  stepsPerEpoch: number;
  /** Scheduler steps the run will make (OneCycleLR's default totalSteps). */
  totalSteps: number;
}

type Nestable = { [T in InnerType]: (spec: SpecOf<T>, ctx: SchedulerContext) => NestableKernel<unknown> };
type Outer = {
  [T in Exclude<SchedulerType, InnerType>]: (spec: SpecOf<T>, ctx: SchedulerContext) => Kernel<unknown>;
};

const NESTABLE: Nestable = {
  ConstantLR: constantLR,
  StepLR: stepLR,
  MultiStepLR: multiStepLR,
  MultiplicativeLR: multiplicativeLR,
  LambdaLR: lambdaLR,
  ExponentialLR: exponentialLR,
  LinearLR: linearLR,
  PolynomialLR: polynomialLR,
  CosineAnnealingLR: cosineAnnealingLR,
  CosineAnnealingWarmRestarts: cosineAnnealingWarmRestarts,
  CyclicLR: (spec, ctx) => cyclicLR(spec, ctx.baseMomentum !== null),
  OneCycleLR: (spec, ctx) =>
    oneCycleLR(spec, oneCycleTotalSteps(spec, ctx.stepsPerEpoch, ctx.totalSteps), ctx.baseMomentum !== null),
};

const OUTER: Outer = {
  ReduceLROnPlateau: reduceLROnPlateau,
  SequentialLR: (spec, ctx) =>
    sequentialLR(
      spec.schedulers.map((s) => nestable(s.type, s, ctx)),
      spec.milestones,
    ),
  ChainedScheduler: (spec, ctx) => chainedScheduler(spec.schedulers.map((s) => nestable(s.type, s, ctx))),
};

function nestable<T extends InnerType>(type: T, spec: SpecOf<T>, ctx: SchedulerContext): NestableKernel<unknown> {
  return NESTABLE[type](spec, ctx);
}

function outer<T extends Exclude<SchedulerType, InnerType>>(
  type: T,
  spec: SpecOf<T>,
  ctx: SchedulerContext,
): Kernel<unknown> {
  return OUTER[type](spec, ctx);
}

const isNestable = (spec: AnySchedulerSpec): spec is InnerSpec => INNER_TYPES.includes(spec.type);

/** The kernel of a validated spec. */
export function kernelFor(spec: AnySchedulerSpec, ctx: SchedulerContext): Kernel<unknown> {
  return isNestable(spec) ? nestable(spec.type, spec, ctx) : outer(spec.type, spec, ctx);
}
