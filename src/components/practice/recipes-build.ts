/**
 * The recipes section's runs: the core's recipe presets (src/core/practice/recipes.ts),
 * each trained on the orbit problem with the same optimizer, epochs and peak rate,
 * computed once per build and shared by the figure, the links, the export and the prose.
 */
import { RECIPE_IDS, RECIPES, recipeConfig, type RecipeId } from '../../core/practice/recipes';
import type { Trace, TrainConfig } from '../../core/types';
import { lrCurve } from '../../core/schedulers';
import { DEFAULT_CONFIG, train } from '../../core';
import { configDiff } from '../../client/config-diff';

/** Adam at the tutorial's scheduled peak rate (section 3), 40 epochs of 8 updates. */
export const RECIPE_EPOCHS = 40;
export const RECIPE_PEAK_LR = 0.12;

export interface RecipeRun {
  id: RecipeId;
  label: string;
  /** The PyTorch classes it is built from. */
  torch: string;
  config: TrainConfig;
  /** What differs from the tutorial's run (the CLI's config file for it). */
  diff: unknown;
  trace: Trace;
  /** Rate per update, from the scheduler alone (the numbers the run used). */
  lrs: Float64Array;
  /** 0-based updates where a phase hands over to the next. */
  phases: number[];
}

/** Where a recipe's phases meet: SequentialLR's milestones, OneCycleLR's peak. */
export function phaseEnds(config: TrainConfig, total: number): number[] {
  const s = config.scheduler;
  if (s?.type === 'SequentialLR') return [...s.milestones];
  if (s?.type === 'OneCycleLR') return [Math.round(s.pctStart * total) - 1];
  return [];
}

let cached: RecipeRun[] | null = null;

/** All recipe runs of the page, in the core's order. */
export function recipeRuns(): RecipeRun[] {
  if (cached) return cached;
  cached = RECIPE_IDS.map((id): RecipeRun => {
    const r = recipeConfig(id, RECIPE_PEAK_LR, { epochs: RECIPE_EPOCHS, optimizer: { type: 'adam' } });
    if (!r.ok) throw new Error(`recipe ${id}: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
    const config = r.value;
    const perEpoch = Math.ceil(config.data.n / config.batchSize);
    const total = config.epochs * perEpoch;
    const o = config.optimizer;
    const ctx = {
      baseLr: o.lr,
      baseMomentum: 'betas' in o ? o.betas[0] : o.momentum,
      stepsPerEpoch: perEpoch,
      totalSteps: total,
    };
    return {
      id,
      label: RECIPES[id].label,
      torch: RECIPES[id].torch,
      config,
      diff: configDiff(DEFAULT_CONFIG, config),
      trace: train(config),
      lrs: lrCurve(config.scheduler, ctx, total).lr,
      phases: phaseEnds(config, total),
    };
  });
  return cached;
}

/** One recipe's run. */
export function recipeRun(id: RecipeId): RecipeRun {
  const r = recipeRuns().find((x) => x.id === id);
  if (!r) throw new Error(`unknown recipe ${id}`);
  return r;
}
