/**
 * The trainer's view of a learning-rate schedule: the current (lr, momentum) and a
 * `step(metric)` to call after each update (or epoch). Wraps the pure scheduler module
 * and decides when its `step` is called.
 */
import type { Reader } from './config/fields';
import { createScheduler, stepsPerEpochOnly, validateSchedulerSpec } from './schedulers';
import type { TrainConfig } from './types';
import type { AnySchedulerSpec } from './schedulers/spec';

/** A mutable cursor over a schedule, owned by one run. */
export interface Schedule {
  /** The rate the next optimizer step uses. */
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

/**
 * A schedule for a validated config. The scheduler is stepped after every update when
 * `schedulerStep` is 'update' (the tutorial), after every epoch when it is 'epoch', and
 * ReduceLROnPlateau always after every epoch with that epoch's mean loss.
 */
export function createSchedule(cfg: TrainConfig, stepsPerEpoch: number, totalUpdates: number): Schedule {
  const perEpochMetric = stepsPerEpochOnly(cfg.scheduler);
  const perUpdate = cfg.schedulerStep === 'update' && !perEpochMetric;
  const scheduler = createScheduler(cfg.scheduler, {
    baseLr: cfg.optimizer.lr,
    baseMomentum: baseMomentum(cfg),
    stepsPerEpoch,
    totalSteps: perUpdate ? totalUpdates : cfg.epochs,
  });
  let state = scheduler.init();
  const first = scheduler.value(state);
  if (cfg.scheduler === null) {
    // A constant rate: nothing to step (and no allocation per update).
    return { lr: first.lr, momentum: NaN, perEpochMetric, perUpdate, step(): void {} };
  }
  const schedule: Schedule = {
    lr: first.lr,
    momentum: first.momentum ?? NaN,
    perEpochMetric,
    perUpdate,
    step(metric: number): void {
      state = scheduler.step(state, metric);
      const v = scheduler.value(state);
      schedule.lr = v.lr;
      schedule.momentum = v.momentum ?? NaN;
    },
  };
  return schedule;
}

/** Validates the `scheduler` field of a config (null = constant rate), recording errors in `r`. */
export function readScheduler(r: Reader, raw: unknown, path: string): AnySchedulerSpec | null {
  const checked = validateSchedulerSpec(raw, path);
  if (checked.ok) return checked.value;
  for (const e of checked.errors) r.fail(e.path, e.message);
  return null;
}
