/**
 * The three schedule recipes of #recipes as training configs built from PyTorch's own
 * scheduler classes: Adam at a peak rate of 0.12 (the tutorial's scheduled runs) for 40
 * epochs of 8 updates, the scheduler stepped after every update.
 */
import type { PartialConfig } from '../../core/types';

export type RecipeId = 'warmup-cosine' | 'one-cycle' | 'wsd';

export interface RecipeDef {
  id: RecipeId;
  label: string;
  config: PartialConfig;
  /** 0-based updates where a phase ends, for a run of `total` updates. */
  phases: (total: number) => number[];
}

const EPOCHS = 40;
const PEAK = 0.12;
const TOTAL = EPOCHS * 8;
/** Warmup: 5% of the updates (Goyal et al. warm up over 5 of 90 epochs). */
const WARMUP = Math.round(TOTAL * 0.05);
/** WSD's decay: the last 10% (MiniCPM). */
const DECAY = Math.round(TOTAL * 0.1);

const optimizer = { type: 'adam' as const, lr: PEAK };

export const RECIPES: RecipeDef[] = [
  {
    id: 'warmup-cosine',
    label: 'warmup + cosine',
    config: {
      epochs: EPOCHS,
      optimizer,
      scheduler: {
        type: 'SequentialLR',
        schedulers: [
          { type: 'LinearLR', startFactor: 0.01, endFactor: 1, totalIters: WARMUP },
          { type: 'CosineAnnealingLR', tMax: TOTAL - WARMUP, etaMin: 0 },
        ],
        milestones: [WARMUP],
      },
    },
    phases: () => [WARMUP],
  },
  {
    id: 'one-cycle',
    label: '1cycle',
    config: { epochs: EPOCHS, optimizer, scheduler: { type: 'OneCycleLR', maxLr: PEAK } },
    // OneCycleLR's peak: pct_start 0.3 of the steps (minus one, as PyTorch counts).
    phases: (total) => [Math.round(0.3 * total) - 1],
  },
  {
    id: 'wsd',
    label: 'warmup–stable–decay',
    config: {
      epochs: EPOCHS,
      optimizer,
      scheduler: {
        type: 'SequentialLR',
        schedulers: [
          { type: 'LinearLR', startFactor: 0.01, endFactor: 1, totalIters: WARMUP },
          { type: 'ConstantLR', factor: 1, totalIters: 1 },
          { type: 'LinearLR', startFactor: 1, endFactor: 0.01, totalIters: DECAY },
        ],
        milestones: [WARMUP, TOTAL - DECAY],
      },
    },
    phases: () => [WARMUP, TOTAL - DECAY],
  },
];
