/**
 * Learning-rate schedulers with PyTorch's semantics, as pure functions over plain data.
 *
 * Usage mirrors PyTorch: `init()` is the constructor, `value(state).lr` is
 * `optimizer.param_groups[0]['lr']` (the rate the NEXT optimizer step uses), and
 * `step(state)` is `scheduler.step()`, called after every optimizer step (or epoch).
 * The state is JSON-serialisable, so a worker can post it.
 */
import type { SchedulerSpecLike } from '../types';
import { chainedScheduler, sequentialLR } from './composite';
import { cosineAnnealingLR, cosineAnnealingWarmRestarts } from './cosine';
import { cyclicLR, oneCycleLR, oneCycleTotalSteps } from './cyclic';
import { constantLR, exponentialLR, linearLR, multiStepLR, polynomialLR, stepLR } from './decay';
import type { Group, Kernel } from './kernel';
import { reduceLROnPlateau } from './plateau';
import { lambdaLR, multiplicativeLR } from './rules';
import type { AnySchedulerSpec } from './spec';
import { validateSchedulerSpec } from './validate';

export { validateSchedulerSpec, describe as describeValue } from './validate';
export { schedulerRunNotes } from './run-notes';
export { SCHEDULERS, INNER_TYPES, schedulerMeta } from './meta';
export type { ParamKind, ParamMeta, ParamValue, SchedulerMeta } from './meta';
export type * from './spec';

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

/** The rate (and, for momentum-cycling schedulers, the momentum) for the next optimizer step. */
export interface SchedulerValue {
  lr: number;
  /** Non-null only when the scheduler cycles momentum (OneCycleLR, CyclicLR with cycleMomentum). */
  momentum: number | null;
}

/** A scheduler as pure functions over a plain, serialisable state. */
export interface Scheduler<S = unknown> {
  /** The state right after PyTorch's constructor (which already sets the first rate). */
  init(): S;
  /** The rate (and momentum) the next optimizer step uses. */
  value(state: S): SchedulerValue;
  /** `scheduler.step()` after an optimizer step (or epoch); `metric` feeds ReduceLROnPlateau. */
  step(state: S, metric?: number): S;
}

interface TopState {
  g: Group;
  s: unknown;
}

function kernelFor(spec: AnySchedulerSpec, ctx: SchedulerContext): Kernel<unknown> {
  const hasMomentum = ctx.baseMomentum !== null;
  switch (spec.type) {
    case 'ConstantLR':
      return constantLR(spec);
    case 'StepLR':
      return stepLR(spec);
    case 'MultiStepLR':
      return multiStepLR(spec);
    case 'MultiplicativeLR':
      return multiplicativeLR(spec);
    case 'LambdaLR':
      return lambdaLR(spec);
    case 'ExponentialLR':
      return exponentialLR(spec);
    case 'LinearLR':
      return linearLR(spec);
    case 'PolynomialLR':
      return polynomialLR(spec);
    case 'CosineAnnealingLR':
      return cosineAnnealingLR(spec);
    case 'CosineAnnealingWarmRestarts':
      return cosineAnnealingWarmRestarts(spec);
    case 'CyclicLR':
      return cyclicLR(spec, hasMomentum);
    case 'OneCycleLR':
      return oneCycleLR(spec, oneCycleTotalSteps(spec, ctx.stepsPerEpoch, ctx.totalSteps), hasMomentum);
    case 'ReduceLROnPlateau':
      return reduceLROnPlateau(spec);
    case 'SequentialLR':
      return sequentialLR(
        spec.schedulers.map((s) => kernelFor(s, ctx)),
        spec.milestones,
      );
    case 'ChainedScheduler':
      return chainedScheduler(spec.schedulers.map((s) => kernelFor(s, ctx)));
  }
}

/** A constant rate: what `null` (no scheduler) means. */
const constant: Kernel<null> = {
  cyclesMomentum: false,
  construct: (g) => [null, g],
  step: (s, g) => [s, g],
  stepFromZero: (s, g) => [s, g],
  undo: (s) => s,
  initialStep: (s, g) => [s, g],
};

/**
 * Builds a scheduler from a spec (`null` = constant rate). The spec is validated (and
 * its defaults filled in) here too; an invalid spec is a programming error and throws
 * with the validation messages, so validate reader input first with
 * `validateSchedulerSpec`.
 */
export function createScheduler(spec: SchedulerSpecLike | null, ctx: SchedulerContext): Scheduler {
  const checked = validateSchedulerSpec(spec);
  if (!checked.ok) {
    throw new Error(`Invalid scheduler spec: ${checked.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  }
  const kernel = checked.value === null ? constant : kernelFor(checked.value as unknown as AnySchedulerSpec, ctx);
  const group: Group = { lr: ctx.baseLr, initialLr: null, momentum: ctx.baseMomentum };
  const cycles = kernel.cyclesMomentum;
  return {
    init(): TopState {
      const [s, g] = kernel.construct(group);
      return { g, s };
    },
    value(state) {
      const { g } = state as TopState;
      return { lr: g.lr, momentum: cycles ? g.momentum : null };
    },
    step(state, metric) {
      const top = state as TopState;
      const [s, g] = kernel.step(top.s, top.g, metric);
      return { g, s };
    },
  };
}

/**
 * True for schedulers PyTorch steps once per epoch with a measured quantity
 * (ReduceLROnPlateau): the trainer steps them after every epoch with the epoch's mean
 * loss, whatever `schedulerStep` says.
 */
export function stepsPerEpochOnly(spec: SchedulerSpecLike | null): boolean {
  return spec !== null && spec.type === 'ReduceLROnPlateau';
}

/**
 * The rate used at steps 0..steps-1 (and the momentum, for momentum-cycling schedulers),
 * for charts. metrics[i] is passed to the step after step i (ReduceLROnPlateau).
 */
export function lrCurve(
  spec: SchedulerSpecLike | null,
  ctx: SchedulerContext,
  steps: number,
  metrics?: readonly number[],
): { lr: Float64Array; momentum: Float64Array | null } {
  const scheduler = createScheduler(spec, ctx);
  const n = Math.max(0, Math.floor(steps));
  const lr = new Float64Array(n);
  let state = scheduler.init();
  const momentum: Float64Array | null = scheduler.value(state).momentum === null ? null : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = scheduler.value(state);
    lr[i] = v.lr;
    if (momentum !== null) momentum[i] = v.momentum ?? NaN;
    if (i < n - 1) state = scheduler.step(state, metrics?.[i]);
  }
  return { lr, momentum };
}
