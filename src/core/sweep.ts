/**
 * Learning-rate sweep for the "final loss vs learning rate" figure: the same experiment
 * for several optimizers and many learning rates, each reduced to its final full-data loss.
 */
import { optimizerDefaults } from './config/optimizer';
import { MAX_LR } from './config/optimizer';
import { fullLoss } from './model';
import { createRun } from './train';
import type { OptimizerConfig, OptimizerType, TrainConfig } from './types';

/** One run of a sweep. */
export interface SweepPoint {
  lr: number;
  /** Masked MSE over the whole data set at the final (Wa, Wb); NaN when diverged or all masked. */
  finalLoss: number;
  diverged: boolean;
}

/** One optimizer's runs, in the order of the learning rates given. */
export interface SweepSeries {
  type: OptimizerType;
  optimizer: OptimizerConfig;
  points: SweepPoint[];
}

/**
 * Runs `base` once per (optimizer, lr). An optimizer given by type alone takes the base
 * config's options when the type matches and PyTorch's defaults otherwise; a full
 * OptimizerConfig is used as given (so "SGD with momentum 0.9" and plain SGD can both
 * appear). Learning rates outside (0, 10] or not finite give a NaN point, not an error.
 */
export function lrSweep(
  base: TrainConfig,
  optimizers: readonly (OptimizerType | OptimizerConfig)[],
  lrs: readonly number[],
): SweepSeries[] {
  return optimizers.map((o) => {
    const optimizer: OptimizerConfig =
      typeof o === 'string' ? (o === base.optimizer.type ? base.optimizer : optimizerDefaults(o)) : o;
    const points = lrs.map((lr): SweepPoint => {
      if (!(lr > 0 && lr <= MAX_LR)) return { lr, finalLoss: NaN, diverged: false };
      const run = createRun({ ...base, optimizer: { ...optimizer, lr } as OptimizerConfig }, { record: false });
      run.advance(Infinity);
      if (run.diverged) return { lr, finalLoss: NaN, diverged: true };
      const { wa, wb } = run.final;
      return { lr, finalLoss: fullLoss(run.data, wa, wb), diverged: false };
    });
    return { type: optimizer.type, optimizer, points };
  });
}

/** n learning rates evenly spaced on a log scale from lo to hi (inclusive). */
export function logSpace(lo: number, hi: number, n: number): number[] {
  if (n <= 1) return [lo];
  const out: number[] = [];
  const a = Math.log(lo);
  const b = Math.log(hi);
  for (let i = 0; i < n; i++) out.push(Math.exp(a + ((b - a) * i) / (n - 1)));
  return out;
}
