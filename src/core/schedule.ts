/**
 * The trainer's view of a learning-rate schedule: the current (lr, momentum) and a
 * `step(metric)` to call after each update (or epoch). Wraps the pure scheduler module
 * and decides when its `step` is called.
 */
import type { Reader } from './config/fields';
import type { SchedulerSpec, TrainConfig } from './types';

/** A mutable cursor over a schedule, owned by one run. */
export interface Schedule {
  lr: number;
  /** NaN when the scheduler does not set momentum (the optimizer's own value is used). */
  momentum: number;
  /** True when the scheduler is stepped once per epoch with the epoch's mean loss (ReduceLROnPlateau). */
  readonly perEpochMetric: boolean;
  /** True when `step` is called after every update; false: after every epoch. */
  readonly perUpdate: boolean;
  step(metric: number): void;
}

/** The base momentum a scheduler may cycle: SGD/RMSprop momentum or Adam's beta1. */
export function baseMomentum(cfg: TrainConfig): number {
  const o = cfg.optimizer;
  return 'betas' in o ? o.betas[0] : o.momentum;
}

/** A schedule for `cfg`. A null scheduler gives a constant learning rate. */
export function createSchedule(cfg: TrainConfig, _stepsPerEpoch: number, _totalUpdates: number): Schedule {
  const lr = cfg.optimizer.lr;
  return { lr, momentum: NaN, perEpochMetric: false, perUpdate: cfg.schedulerStep === 'update', step() {} };
}

/** Validates the `scheduler` field of a config (null = constant rate). */
export function readScheduler(r: Reader, raw: unknown, path: string): SchedulerSpec | null {
  if (raw === null) return null;
  r.fail(path, 'must be null (schedulers are not wired in yet)');
  return null;
}
