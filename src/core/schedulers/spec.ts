/**
 * Per-type scheduler specs: PyTorch's class name as `type`, its argument names in
 * camelCase as keys. These are the shapes `validateSchedulerSpec` returns, with every
 * optional option filled in with PyTorch's default.
 *
 * Python lambdas (LambdaLR, MultiplicativeLR) become serialisable *rules*: a factor that
 * fires at chosen update counts t, where t is `last_epoch` after the `step()` call, i.e.
 * the number of `scheduler.step()` calls so far (t >= 1). A rule fires at t when either
 * `t` is listed in `at`, or `start <= t <= end` and `(t - start) % every == 0`.
 */

/** A rule's firing points: an explicit list, or an arithmetic range. */
export interface FactorRule {
  /** The factor applied at each firing point. */
  factor: number;
  /** Explicit, strictly increasing update counts (>= 1). When set, start/end/every are unused. */
  at: number[] | null;
  /** First update count of the range (>= 1). */
  start: number;
  /** Last update count of the range, or null for no end. */
  end: number | null;
  /** Spacing of the range. */
  every: number;
}

export interface ConstantLRSpec {
  type: 'ConstantLR';
  factor: number;
  totalIters: number;
}
export interface StepLRSpec {
  type: 'StepLR';
  stepSize: number;
  gamma: number;
}
export interface MultiStepLRSpec {
  type: 'MultiStepLR';
  milestones: number[];
  gamma: number;
}
export interface MultiplicativeLRSpec extends FactorRule {
  type: 'MultiplicativeLR';
}
export interface LambdaLRSpec extends FactorRule {
  type: 'LambdaLR';
}
export interface ExponentialLRSpec {
  type: 'ExponentialLR';
  gamma: number;
}
export interface LinearLRSpec {
  type: 'LinearLR';
  startFactor: number;
  endFactor: number;
  totalIters: number;
}
export interface PolynomialLRSpec {
  type: 'PolynomialLR';
  totalIters: number;
  power: number;
}
export interface CosineAnnealingLRSpec {
  type: 'CosineAnnealingLR';
  tMax: number;
  etaMin: number;
}
export interface CosineAnnealingWarmRestartsSpec {
  type: 'CosineAnnealingWarmRestarts';
  t0: number;
  tMult: number;
  etaMin: number;
}
export interface CyclicLRSpec {
  type: 'CyclicLR';
  baseLr: number;
  maxLr: number;
  stepSizeUp: number;
  /** null: equal to stepSizeUp. */
  stepSizeDown: number | null;
  mode: 'triangular' | 'triangular2' | 'exp_range';
  gamma: number;
  /** Accepted for signature parity; PyTorch ignores it for the three built-in modes. */
  scaleMode: 'cycle' | 'iterations';
  cycleMomentum: boolean;
  baseMomentum: number;
  maxMomentum: number;
}
export interface OneCycleLRSpec {
  type: 'OneCycleLR';
  maxLr: number;
  /** null: epochs * stepsPerEpoch if epochs is set, else the run's scheduler step count. */
  totalSteps: number | null;
  epochs: number | null;
  /** null: the run's steps per epoch. */
  stepsPerEpoch: number | null;
  pctStart: number;
  annealStrategy: 'cos' | 'linear';
  cycleMomentum: boolean;
  baseMomentum: number;
  maxMomentum: number;
  divFactor: number;
  finalDivFactor: number;
  threePhase: boolean;
}
export interface ReduceLROnPlateauSpec {
  type: 'ReduceLROnPlateau';
  mode: 'min' | 'max';
  factor: number;
  patience: number;
  threshold: number;
  thresholdMode: 'rel' | 'abs';
  cooldown: number;
  minLr: number;
  eps: number;
}

/** The schedulers a SequentialLR or ChainedScheduler may hold (no nesting, no plateau). */
export type InnerSpec =
  | ConstantLRSpec
  | StepLRSpec
  | MultiStepLRSpec
  | MultiplicativeLRSpec
  | LambdaLRSpec
  | ExponentialLRSpec
  | LinearLRSpec
  | PolynomialLRSpec
  | CosineAnnealingLRSpec
  | CosineAnnealingWarmRestartsSpec
  | CyclicLRSpec
  | OneCycleLRSpec;

export interface SequentialLRSpec {
  type: 'SequentialLR';
  schedulers: InnerSpec[];
  /** Strictly increasing, one fewer than schedulers: scheduler i+1 takes over at update milestones[i]. */
  milestones: number[];
}
export interface ChainedSchedulerSpec {
  type: 'ChainedScheduler';
  schedulers: InnerSpec[];
}

/** Every validated scheduler spec. */
export type AnySchedulerSpec = InnerSpec | ReduceLROnPlateauSpec | SequentialLRSpec | ChainedSchedulerSpec;
export type SchedulerType = AnySchedulerSpec['type'];
