import type { OptimizerConfig, OptimizerType } from './optimizers/registry';
import type { AnySchedulerSpec } from './schedulers/registry';

/**
 * Shared types of the training core. Everything here is plain data: a config is
 * JSON (so a URL can carry it), a trace is a set of typed-array columns (so a Web
 * Worker can transfer it without copying).
 */

/** The orbit data set: `n` points on the upper half of the ellipse, uniform noise of width `noise`. */
export interface DataConfig {
  /** Number of points (PyTorch `linspace` count). Default 512. */
  n: number;
  /** True semi-major axis a (AU). Default 1.261845. */
  a: number;
  /** True semi-minor axis b (AU). Default 1.234378. */
  b: number;
  /** Full width of the uniform noise added to y: (u - 0.5) * noise. Default 0.1. */
  noise: number;
}

/** Starting point of the two learnable parameters. */
export interface InitConfig {
  wa: number;
  wb: number;
}

export type { SgdConfig, RmspropConfig, AdamConfig, OptimizerConfig, OptimizerType } from './optimizers/registry';

/**
 * A scheduler spec: PyTorch's class name as `type`, PyTorch's argument names in
 * camelCase as the other keys. The exact per-type shapes are inferred from the registry (`schedulers/registry.ts`).
 */
export interface SchedulerSpec {
  type: string;
  [option: string]: unknown;
}

/**
 * A scheduler spec as a caller may hold it: one of the typed per-class shapes, or the
 * loose form (checked by `validateSchedulerSpec` wherever it is used).
 */
export type SchedulerSpecLike = SchedulerSpec | AnySchedulerSpec;

/** One complete, validated experiment. Defaults equal the tutorial's. */
export interface TrainConfig {
  seed: number;
  data: DataConfig;
  init: InitConfig;
  batchSize: number;
  epochs: number;
  optimizer: OptimizerConfig;
  /** `null` means a constant learning rate. */
  scheduler: AnySchedulerSpec | null;
  /** When `scheduler.step()` is called: after every update (the tutorial) or after every epoch. */
  schedulerStep: 'update' | 'epoch';
}

/** A deep-partial config, as a reader, a URL or a preset writes it. */
export type PartialConfig = {
  seed?: number;
  data?: Partial<DataConfig>;
  init?: Partial<InitConfig>;
  batchSize?: number;
  epochs?: number;
  optimizer?: Partial<OptimizerConfig> & { type?: OptimizerType };
  scheduler?: SchedulerSpecLike | null;
  schedulerStep?: 'update' | 'epoch';
};

/** Why a run stopped early. `update` is 1-based: the update whose loss or result was not finite. */
export interface Divergence {
  update: number;
  reason: string;
}

/**
 * Columnar record of a run, one row per update (row k = update k + 1).
 * loss, wa, wb, dwa, dwb are the values *before* the update of that row (as in the
 * original logs); va/vb/sa/sb are the optimizer state *after* it; unitA/unitB and
 * stepSize describe the move taken in that row: stepSize = ||w(t+1) - w(t)||,
 * unit = -(w(t+1) - w(t)) / stepSize (the direction the update goes *against*).
 */
export interface Trace {
  /** Number of rows (updates actually taken). */
  length: number;
  epoch: Int32Array;
  minibatch: Int32Array;
  loss: Float64Array;
  wa: Float64Array;
  wb: Float64Array;
  dwa: Float64Array;
  dwb: Float64Array;
  /** Learning rate used by this update. */
  lr: Float64Array;
  /** First-moment / momentum buffer after the update (NaN where the optimizer has none). */
  va: Float64Array;
  vb: Float64Array;
  /** Raw second-moment average after the update (NaN where the optimizer has none). */
  sa: Float64Array;
  sb: Float64Array;
  unitA: Float64Array;
  unitB: Float64Array;
  stepSize: Float64Array;
  /** 1 where every point of the mini-batch was masked (loss NaN in PyTorch; no gradient). */
  allMasked: Uint8Array;
  /** Parameters after the last update taken. */
  final: { wa: number; wb: number };
  diverged: Divergence | null;
}

/** A loss landscape sampled on a regular grid, row-major with wa varying fastest. */
export interface Landscape {
  waMin: number;
  waMax: number;
  wbMin: number;
  wbMax: number;
  /** Samples along wa (columns). */
  nx: number;
  /** Samples along wb (rows). */
  ny: number;
  /** values[j * nx + i] = loss at (waMin + i * dwa, wbMin + j * dwb). */
  values: Float64Array;
}

/** One problem found while validating reader- or file-supplied input. */
export interface ConfigError {
  /** Dotted path of the offending field, e.g. "optimizer.lr" or "scheduler.milestones[2]". */
  path: string;
  /** What is wrong and what is allowed, e.g. "must be a number in (0, 10]; got -1". */
  message: string;
}

/** Result of validating untrusted input: never throws. */
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] };
