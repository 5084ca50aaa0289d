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
export { train, createRun, updatesPerEpoch, type Run, type RunProgress, type RunOptions } from './train';
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
} from './config';
export { lrSweep, logSpace, type SweepPoint, type SweepSeries } from './sweep';
export { traceToJson, traceToCsv, traceToLog, pyFixed, pyRepr, logName, EXPORT_COLUMNS } from './export';
