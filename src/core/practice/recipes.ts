/**
 * Modern schedule recipes as named presets, each built only from PyTorch's own scheduler
 * classes, as the plain JSON specs the core (and the exported PyTorch script) accepts.
 *
 * - warmup-cosine: linear warmup, then cosine decay to zero (Goyal et al. 2017,
 *   arXiv:1706.02677; Loshchilov & Hutter 2017, arXiv:1608.03983):
 *   SequentialLR([LinearLR, CosineAnnealingLR], milestones=[W]).
 * - one-cycle: OneCycleLR with PyTorch's defaults (Smith & Topin 2019, arXiv:1708.07120):
 *   up from maxLr/25 for 30 % of the run, then cosine down to maxLr/25/1e4; momentum cycled.
 * - warmup-stable-decay (Hu et al. 2024, MiniCPM, arXiv:2404.06395): linear warmup, a
 *   constant rate, then a short linear decay (10 % of the run):
 *   SequentialLR([LinearLR, ConstantLR(factor 1), LinearLR(1 -> 0)], milestones=[W, T - D]).
 *
 * All are stepped after every update; the peak rate is the optimizer's lr (OneCycleLR's
 * maxLr), so a recipe is a config fragment: { optimizer.lr, scheduler, schedulerStep }.
 */
import { resolveConfig, DEFAULT_CONFIG, updatesPerEpoch } from '../config';
import type { AnySchedulerSpec } from '../schedulers/registry';
import type { PartialConfig, TrainConfig, Validated } from '../types';

export type RecipeId = 'warmup-cosine' | 'one-cycle' | 'warmup-stable-decay';
export const RECIPE_IDS: readonly RecipeId[] = ['warmup-cosine', 'one-cycle', 'warmup-stable-decay'];

/** What a reader needs to know about a recipe. */
export interface RecipeInfo {
  id: RecipeId;
  label: string;
  /** The PyTorch classes it is built from, as written in Python. */
  torch: string;
  /** Where it comes from (arXiv ids). */
  references: readonly string[];
}

export const RECIPES: Readonly<Record<RecipeId, RecipeInfo>> = {
  'warmup-cosine': {
    id: 'warmup-cosine',
    label: 'Linear warmup + cosine decay',
    torch: 'SequentialLR(LinearLR, CosineAnnealingLR)',
    references: ['arXiv:1706.02677', 'arXiv:1608.03983'],
  },
  'one-cycle': {
    id: 'one-cycle',
    label: '1cycle',
    torch: 'OneCycleLR',
    references: ['arXiv:1708.07120', 'arXiv:1803.09820'],
  },
  'warmup-stable-decay': {
    id: 'warmup-stable-decay',
    label: 'Warmup–stable–decay',
    torch: 'SequentialLR(LinearLR, ConstantLR, LinearLR)',
    references: ['arXiv:2404.06395'],
  },
};

/** Shape of a recipe over a run of `totalSteps` scheduler steps. */
export interface RecipeOptions {
  /** Scheduler steps of the run (updates, as recipes step per update). */
  totalSteps: number;
  /** Peak learning rate. */
  peakLr: number;
  /** Warmup length as a fraction of the run (warmup-cosine, warmup-stable-decay). Default 0.05. */
  warmup?: number;
  /** Decay length as a fraction of the run (warmup-stable-decay). Default 0.1. */
  decay?: number;
  /** Multiplier at the first warmup step (LinearLR start_factor). Default 0.01. */
  warmupStart?: number;
}

/** The config fragment of a recipe. */
export interface RecipeFragment {
  optimizer: { lr: number };
  scheduler: AnySchedulerSpec;
  schedulerStep: 'update';
}

/** At least one step, at most total - 1 (so every phase of the recipe is there). */
function steps(fraction: number, total: number): number {
  return Math.min(total - 1, Math.max(1, Math.round(fraction * total)));
}

/** A recipe's scheduler spec and peak rate for a run of `totalSteps` updates (totalSteps >= 3). */
export function recipe(id: RecipeId, o: RecipeOptions): RecipeFragment {
  const total = Math.max(3, Math.floor(o.totalSteps));
  const start = o.warmupStart ?? 0.01;
  const base = { optimizer: { lr: o.peakLr }, schedulerStep: 'update' as const };
  switch (id) {
    case 'warmup-cosine': {
      const w = steps(o.warmup ?? 0.05, total);
      return {
        ...base,
        scheduler: {
          type: 'SequentialLR',
          schedulers: [
            { type: 'LinearLR', startFactor: start, endFactor: 1, totalIters: w },
            { type: 'CosineAnnealingLR', tMax: total - w, etaMin: 0 },
          ],
          milestones: [w],
        },
      };
    }
    case 'one-cycle':
      return {
        ...base,
        scheduler: {
          type: 'OneCycleLR',
          maxLr: o.peakLr,
          totalSteps: total,
          epochs: null,
          stepsPerEpoch: null,
          pctStart: 0.3,
          annealStrategy: 'cos',
          cycleMomentum: true,
          baseMomentum: 0.85,
          maxMomentum: 0.95,
          divFactor: 25,
          finalDivFactor: 1e4,
          threePhase: false,
        },
      };
    case 'warmup-stable-decay': {
      const w = steps(o.warmup ?? 0.05, total);
      const d = Math.min(total - w - 1, steps(o.decay ?? 0.1, total));
      return {
        ...base,
        scheduler: {
          type: 'SequentialLR',
          schedulers: [
            { type: 'LinearLR', startFactor: start, endFactor: 1, totalIters: w },
            { type: 'ConstantLR', factor: 1, totalIters: 1 },
            { type: 'LinearLR', startFactor: 1, endFactor: 0, totalIters: d },
          ],
          milestones: [w, total - d],
        },
      };
    }
  }
}

/**
 * A complete config running a recipe: `base` (default: the tutorial's run) with the
 * recipe's scheduler over all of its updates at peak rate `peakLr`.
 */
export function recipeConfig(id: RecipeId, peakLr: number, base: PartialConfig = {}): Validated<TrainConfig> {
  const setup = resolveConfig(base, DEFAULT_CONFIG);
  if (!setup.ok) return setup;
  const c = setup.value;
  const total = updatesPerEpoch(c.data.n, c.batchSize) * c.epochs;
  const r = recipe(id, { totalSteps: total, peakLr });
  return resolveConfig({
    ...c,
    optimizer: { ...c.optimizer, lr: r.optimizer.lr },
    scheduler: r.scheduler,
    schedulerStep: r.schedulerStep,
  });
}
