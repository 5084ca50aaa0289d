/**
 * The scheduler of a run: one object the trainer holds. It decides when PyTorch's
 * `scheduler.step()` is called (after every update, or after every epoch; with the
 * epoch's mean loss for a scheduler that reads a metric, as the registry says), so the
 * trainer only reports each update and knows nothing about scheduler kinds.
 */
import { updatesPerEpoch } from './config';
import { baseMomentum } from './optimizers/registry';
import {
  createScheduler,
  schedulerEntry,
  type SchedulerContext,
  type SchedulerState,
  type SchedulerValue,
} from './schedulers';
import type { SchedulerSpecLike, TrainConfig } from './types';

/** The scheduler of one run, as pure functions over plain state. */
export interface RunScheduler {
  init(): SchedulerState;
  /** The rate (and momentum, where the scheduler cycles it) for the next update. */
  value(state: SchedulerState): SchedulerValue;
  /**
   * Called after every update. `epochLoss` is the mean loss of the epoch the update ended,
   * NaN when it did not end one. Returns `state` itself when the scheduler did not step.
   */
  step(state: SchedulerState, epochLoss: number, epochEnded: boolean): SchedulerState;
}

/** True when the scheduler is stepped after every update (else after every epoch). */
export function stepsPerUpdate(
  config: Pick<TrainConfig, 'schedulerStep'> & { scheduler: SchedulerSpecLike | null },
): boolean {
  const cadence = config.scheduler === null ? undefined : schedulerEntry(config.scheduler.type)?.cadence;
  return config.schedulerStep === 'update' && cadence !== 'epoch-metric';
}

/** What the scheduler of a validated config needs to know about its optimizer and run. */
export function schedulerContext(config: TrainConfig): SchedulerContext {
  const perEpoch = updatesPerEpoch(config.data.n, config.batchSize);
  return {
    baseLr: config.optimizer.lr,
    baseMomentum: baseMomentum(config.optimizer),
    stepsPerEpoch: perEpoch,
    totalSteps: stepsPerUpdate(config) ? perEpoch * config.epochs : config.epochs,
  };
}

/**
 * The scheduler of a validated config: stepped after every update when `schedulerStep`
 * is 'update' (the tutorial), after every epoch when it is 'epoch', and a scheduler with
 * the 'epoch-metric' cadence (ReduceLROnPlateau) after every epoch with that epoch's loss.
 */
export function runScheduler(config: TrainConfig): RunScheduler {
  const scheduler = createScheduler(config.scheduler, schedulerContext(config));
  const perUpdate = stepsPerUpdate(config);
  return {
    init: scheduler.init,
    value: scheduler.value,
    step: (state, epochLoss, epochEnded) => (perUpdate || epochEnded ? scheduler.step(state, epochLoss) : state),
  };
}

/**
 * The learning rate of each of the first `updates` updates of a validated config's run
 * (no metric: a metric-driven scheduler sees no improvement), for charts of the schedule
 * alone.
 */
export function runLrCurve(config: TrainConfig, updates: number): Float64Array {
  const s = runScheduler(config);
  const perEpoch = updatesPerEpoch(config.data.n, config.batchSize);
  const out = new Float64Array(Math.max(0, Math.floor(updates)));
  let state = s.init();
  for (let i = 0; i < out.length; i++) {
    out[i] = s.value(state).lr;
    state = s.step(state, NaN, (i + 1) % perEpoch === 0);
  }
  return out;
}
