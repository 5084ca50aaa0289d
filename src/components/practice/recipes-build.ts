/**
 * The recipes section's runs: each recipe trained on the orbit problem with the same
 * optimizer, epochs and peak rate, computed once per build and shared by the figure,
 * the links and the prose.
 */
import type { PartialConfig, Trace, TrainConfig } from '../../core/types';
import { lrCurve } from '../../core/schedulers';
import { train } from '../../core';
import { resolvePreset } from '../islands/build';
import { RECIPES, type RecipeId } from './recipes';

export interface RecipeRun {
  id: RecipeId;
  label: string;
  config: TrainConfig;
  partial: PartialConfig;
  trace: Trace;
  /** Rate per update (from the scheduler alone, the same numbers the run used). */
  lrs: Float64Array;
  /** 0-based updates where a phase hands over to the next. */
  phases: number[];
}

let cached: { epochs: number; peakLr: number; runs: RecipeRun[] } | null = null;

/** All recipe runs of the page. */
export function recipeRuns(): { epochs: number; peakLr: number; runs: RecipeRun[] } {
  if (cached) return cached;
  const runs = RECIPES.map((r): RecipeRun => {
    const config = resolvePreset(r.config);
    const perEpoch = Math.ceil(config.data.n / config.batchSize);
    const total = config.epochs * perEpoch;
    const o = config.optimizer;
    const lrs = lrCurve(
      config.scheduler,
      {
        baseLr: o.lr,
        baseMomentum: 'betas' in o ? o.betas[0] : o.momentum,
        stepsPerEpoch: perEpoch,
        totalSteps: total,
      },
      total,
    ).lr;
    return { id: r.id, label: r.label, config, partial: r.config, trace: train(config), lrs, phases: r.phases(total) };
  });
  const first = runs[0].config;
  cached = { epochs: first.epochs, peakLr: first.optimizer.lr, runs };
  return cached;
}

/** One recipe's run (fails the build for an unknown id). */
export function recipeRun(id: RecipeId): RecipeRun {
  const r = recipeRuns().runs.find((x) => x.id === id);
  if (!r) throw new Error(`unknown recipe ${id}`);
  return r;
}
