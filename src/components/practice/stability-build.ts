/**
 * The stability section's build-time results: the core's Hessian limit for the
 * tutorial's data, a sweep of full-batch runs started next to the minimum, and the two
 * runs just below and just above the limit drawn on the landscape.
 */
import { createRun, resolveConfig } from '../../core';
import type { PartialConfig } from '../../core/types';
import { momentumLimit, stabilityLimit, type StabilityLimit } from '../../core/practice/hessian';
import { logSpace } from '../../figures/sweep';
import type { LimitSweepSeries } from '../../figures/practice/stability';
import type { RunMeta } from '../../figures/palette';

/** Heavy-ball momentum of the second sweep (PyTorch SGD's usual 0.9). */
export const BETA = 0.9;
/** Updates of every sweep run: enough for a run at 0.9x the limit to reach rounding error. */
export const SWEEP_UPDATES = 400;
/** How far from the minimum every run starts (in Wa and in Wb): inside the quadratic region. */
export const OFFSET = 1e-4;
/** Distance of the start from the minimum. */
export const START_DISTANCE = Math.SQRT2 * OFFSET;
/** The two landscape runs, as multiples of the plain-gradient-descent limit. */
export const BELOW = 0.98;
export const ABOVE = 1.02;

/**
 * What each landscape run is: plain gradient descent, coloured by what it came to (below
 * the limit it settles, above it it is thrown out). On the learning-rate scale the two
 * rates, 4% apart, would be nearly one colour; the figure is about the different outcome.
 */
export const LIMIT_RUN_META: Record<'below' | 'above', RunMeta> = {
  below: { optimizer: 'sgd', colourBy: 'outcome', outcome: 'stable' },
  above: { optimizer: 'sgd', colourBy: 'outcome', outcome: 'unstable' },
};

let limit: StabilityLimit | null = null;

/** The Hessian at the minimum of the tutorial's full-batch loss, and its limits. */
export function stabilityNumbers(): StabilityLimit & { beta: number; limitGd: number; limitMomentum: number } {
  limit ??= stabilityLimit();
  return { ...limit, beta: BETA, limitGd: limit.gdLimit, limitMomentum: momentumLimit(limit.lambdaMax, BETA) };
}

/** A full-batch SGD run from just off the minimum. */
export function fullBatchRun(lr: number, momentum: number, epochs: number): PartialConfig {
  const { minimum } = stabilityNumbers();
  return {
    batchSize: 512,
    epochs,
    init: { wa: minimum.wa + OFFSET, wb: minimum.wb + OFFSET },
    optimizer: { type: 'sgd', lr, momentum },
  };
}

/**
 * Distance from the minimum after each rate's run, for plain gradient descent and momentum.
 * 32 rates: no swept rate falls within 3% of either limit, where convergence is so slow
 * that 400 updates cannot tell the two sides apart.
 */
export function limitSweep(count = 32): LimitSweepSeries[] {
  const n = stabilityNumbers();
  const lrs = logSpace(n.limitGd / 4, n.limitMomentum * 2.5, count);
  const variants = [
    {
      label: 'gradient descent',
      optimizer: 'sgd' as const,
      momentum: 0,
      limit: n.limitGd,
      limitLabel: `2/λmax = ${n.limitGd.toFixed(3)}`,
    },
    {
      label: `momentum ${BETA}`,
      optimizer: 'sgdm' as const,
      momentum: BETA,
      limit: n.limitMomentum,
      limitLabel: `2(1+β)/λmax = ${n.limitMomentum.toFixed(3)}`,
    },
  ];
  return variants.map((v) => {
    const distance = lrs.map((lr) => {
      const r = resolveConfig(fullBatchRun(lr, v.momentum, SWEEP_UPDATES));
      if (!r.ok) throw new Error(`limit sweep: ${r.errors[0].path} ${r.errors[0].message}`);
      const run = createRun(r.value, { record: false });
      run.advance(Infinity);
      if (run.diverged) return Infinity;
      return Math.hypot(run.final.wa - n.minimum.wa, run.final.wb - n.minimum.wb);
    });
    return { label: v.label, lrs, distance, optimizer: v.optimizer, limit: v.limit, limitLabel: v.limitLabel };
  });
}
