/**
 * The machinery every scheduler family plugs into.
 *
 * PyTorch schedulers do not own the learning rate: they read and write the optimizer's
 * param group (`group['lr']`, `group['initial_lr']`, `group['momentum']`, ...). Most of
 * them are "chainable": the new rate is computed from the group's *current* rate, so two
 * schedulers on one optimizer compose, and SequentialLR/ChainedScheduler depend on that.
 * To reproduce those compositions number for number, a kernel here is a pure function
 * of (own state, shared group) -> (own state, shared group), and the group is plain data
 * carried alongside the scheduler's state.
 */

/** The part of a PyTorch param group that schedulers read and write. Plain data. */
export interface Group {
  /** `group['lr']`: the rate the next optimizer step uses. */
  lr: number;
  /** `group['initial_lr']`, set by the first scheduler constructed (null before that). */
  initialLr: number | null;
  /** `group['momentum']` (or Adam's beta1); null when the optimizer has none. */
  momentum: number | null;
  /** OneCycleLR's extra group entries (`max_lr`, `min_lr`, `max_momentum`, `base_momentum`). */
  maxLr?: number;
  minLr?: number;
  maxMomentum?: number;
  baseMomentum?: number;
}

/** A state and the group after a kernel ran. */
export type Out<S> = [S, Group];

/**
 * One scheduler as PyTorch runs it on a param group: the constructor (including the
 * initial `step()` it performs) and `step()`. Methods (not arrow properties) so that a
 * `Kernel<Specific>` can be held as a `Kernel<unknown>` by the code that composes them.
 */
export interface Kernel<S> {
  /** `__init__`, including the initial `step()` it performs. */
  construct(g: Group): Out<S>;
  /** `scheduler.step()`; `metric` is the epoch's mean loss (only ReduceLROnPlateau reads it). */
  step(s: S, g: Group, metric: number): Out<S>;
  /** True when this scheduler (or one inside it) writes the group's momentum. */
  readonly cyclesMomentum: boolean;
}

/** A scheduler that may run inside SequentialLR, which also calls these. */
export interface NestableKernel<S> extends Kernel<S> {
  /** `scheduler.step(0)`, which SequentialLR calls when a milestone hands over to this one. */
  stepFromZero(s: S, g: Group): Out<S>;
  /** SequentialLR's "undo" of the construction step: `last_epoch -= 1`. */
  undo(s: S): S;
  /** `_initial_step()`: reset the step counter, then `step()`. */
  initialStep(s: S, g: Group): Out<S>;
}

/** The bookkeeping PyTorch's `_LRScheduler` keeps for every chainable scheduler. */
export interface EpochState {
  /** `last_epoch`: number of `step()` calls since construction (0 right after it). */
  lastEpoch: number;
  /** `_step_count` (only CosineAnnealingLR's first branch looks at it). */
  stepCount: number;
  /** `base_lrs[0]`: `initial_lr` when this scheduler was constructed. */
  baseLr: number;
}

/** What a chainable scheduler supplies: its `get_lr` and, where PyTorch has one, its closed form. */
export interface ChainableDef<S extends EpochState> {
  /** Own fields beyond EpochState, as they are before the initial step. */
  extra: Omit<S, keyof EpochState>;
  /** Changes `__init__` makes to the group before `_LRScheduler.__init__` runs. */
  preInit?(g: Group): Group;
  /** Changes `__init__` makes to the state after `_LRScheduler.__init__` returns. */
  postInit?(s: S): S;
  /** `get_lr()` with `last_epoch` already advanced; returns the new state and group. */
  getLr(s: S, g: Group): Out<S>;
  /** `_get_closed_form_lr()`: used by `step(epoch)`; absent where PyTorch has none. */
  closedForm?(s: S, g: Group): Out<S>;
  cyclesMomentum?: boolean;
}

/** Builds a kernel with `_LRScheduler`'s semantics around a family's `get_lr`. */
export function chainable<S extends EpochState>(def: ChainableDef<S>): NestableKernel<S> {
  const step = (s: S, g: Group): Out<S> =>
    def.getLr({ ...s, lastEpoch: s.lastEpoch + 1, stepCount: s.stepCount + 1 }, g);
  const kernel: NestableKernel<S> = {
    cyclesMomentum: def.cyclesMomentum ?? false,
    construct(g0) {
      const g1 = def.preInit ? def.preInit(g0) : g0;
      // `group.setdefault('initial_lr', group['lr'])`, then base_lrs = initial_lr.
      const initialLr = g1.initialLr ?? g1.lr;
      const g = { ...g1, initialLr };
      const s0 = { ...def.extra, lastEpoch: -1, stepCount: 0, baseLr: initialLr } as S;
      const [s1, g2] = kernel.initialStep(s0, g);
      return [def.postInit ? def.postInit(s1) : s1, g2];
    },
    step: (s, g) => step(s, g),
    stepFromZero(s, g) {
      const s0 = { ...s, lastEpoch: 0, stepCount: s.stepCount + 1 };
      return def.closedForm ? def.closedForm(s0, g) : def.getLr(s0, g);
    },
    undo: (s) => ({ ...s, lastEpoch: s.lastEpoch - 1 }),
    initialStep: (s, g) => step({ ...s, stepCount: 0 }, g),
  };
  return kernel;
}

/** The group with a new learning rate. */
export function withLr(g: Group, lr: number): Group {
  return { ...g, lr };
}

/** Number of entries of a sorted list that are <= x (Python's `bisect_right`). */
export function bisectRight(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < sorted[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
