/**
 * Learning-rate schedulers with PyTorch's semantics, as one object over plain data.
 *
 * Usage mirrors PyTorch: `init()` is the constructor, `value(state).lr` is
 * `optimizer.param_groups[0]['lr']` (the rate the NEXT optimizer step uses), and
 * `step(state)` is `scheduler.step()`. PyTorch's mechanics (the shared param group,
 * chainable vs closed forms, `last_epoch` bookkeeping) stay inside; the state is
 * JSON-serialisable, so a worker can post it.
 */
import type { SchedulerSpecLike } from '../types';
import type { Group } from './kernel';
import { kernelFor, type SchedulerContext } from './kernels';
import { validateSchedulerSpec } from './validate';

export { validateSchedulerSpec } from './validate';
export { schedulerRunNotes } from './run-notes';
export { torchCall, type SchedulerRun } from './torch-call';
export {
  SCHEDULER_REGISTRY,
  SCHEDULER_TYPES,
  INNER_TYPES,
  MAX_LIST_LENGTH,
  MAX_INNER_SCHEDULERS,
  PREVIEW_UPDATES,
  schedulerEntry,
  holdsSchedulers,
  previewSpec,
} from './registry';
export type * from './registry';
export type { SchedulerContext } from './kernels';

/** The rate (and, for momentum-cycling schedulers, the momentum) for the next optimizer step. */
export interface SchedulerValue {
  lr: number;
  /** Non-null only when the scheduler cycles momentum (OneCycleLR, CyclicLR with cycleMomentum). */
  momentum: number | null;
}

/** A scheduler's state: PyTorch's param group and the scheduler's own bookkeeping, plain JSON. */
export interface SchedulerState {
  readonly group: Group;
  readonly own: unknown;
}

/** A scheduler as pure functions over a plain, serialisable state. */
export interface Scheduler {
  /** The state right after PyTorch's constructor (which already sets the first rate). */
  init(): SchedulerState;
  /** The rate (and momentum) the next optimizer step uses. */
  value(state: SchedulerState): SchedulerValue;
  /**
   * `scheduler.step()`; `metric` is what ReduceLROnPlateau reads (the epoch's mean loss;
   * missing or NaN counts as no improvement). Returns `state` itself when nothing changes
   * (a constant rate), so a caller can skip re-reading the value.
   */
  step(state: SchedulerState, metric?: number): SchedulerState;
}

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
  const group: Group = { lr: ctx.baseLr, initialLr: null, momentum: ctx.baseMomentum };
  if (checked.value === null) {
    const state: SchedulerState = { group, own: null };
    const value: SchedulerValue = { lr: ctx.baseLr, momentum: null };
    return { init: () => state, value: () => value, step: (s) => s };
  }
  const kernel = kernelFor(checked.value, ctx);
  const cycles = kernel.cyclesMomentum;
  return {
    init() {
      const [own, g] = kernel.construct(group);
      return { group: g, own };
    },
    value: ({ group: g }) => ({ lr: g.lr, momentum: cycles ? g.momentum : null }),
    step(state, metric = NaN) {
      const [own, g] = kernel.step(state.own, state.group, metric);
      return { group: g, own };
    },
  };
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
