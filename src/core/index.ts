/** Public surface of the training core (pure TypeScript, no DOM). */
export * from './types';
export { MT19937 } from './rng';
export { makeOrbitData, linspaceF32, centreOffset, nextEpochOrder, type OrbitData } from './data';
export { evalBatch, newBatchEval, fullLoss, predict, type BatchEval } from './model';
export {
  createOptimizer,
  sgd,
  rmsprop,
  adam,
  powCorrect,
  type OptimizerState,
  type Optimizer,
  type Params,
  type StepHyper,
  type Internals,
  type SgdState,
  type RmspropState,
  type AdamState,
} from './optimizers';
export { train, createRun, type Run, type RunProgress, type RunOptions } from './train';
export { runScheduler, runLrCurve, schedulerContext, stepsPerUpdate, type RunScheduler } from './schedule';
export { OPTIMIZERS, baseMomentum, type OptimizerEntry } from './optimizers/registry';
export {
  SCHEDULER_REGISTRY,
  SCHEDULER_TYPES,
  PREVIEW_UPDATES,
  previewSpec,
  schedulerEntry,
  torchCall,
  type SchedulerEntry,
  type SchedulerRun,
} from './schedulers';
export { show, type Param, type ParamKind } from './params';
export { lossLandscape, landscapeAt, type LandscapeGrid } from './landscape';
export {
  DEFAULT_CONFIG,
  resolveConfig,
  formatErrors,
  optimizerDefaults,
  OPTIMIZER_TYPES,
  MAX_UPDATES,
  MAX_LR,
  DEFAULT_LR,
  MIN_POINTS,
  MAX_POINTS,
  MAX_EPOCHS,
  MAX_INIT,
  MAX_LIST_LENGTH,
  updatesPerEpoch,
} from './config';
export { lrSweep, logSpace, type SweepPoint, type SweepSeries } from './sweep';
export { traceToJson, traceToCsv, traceToLog, pyFixed, pyRepr, logName, EXPORT_COLUMNS } from './export';
