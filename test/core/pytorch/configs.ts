/**
 * The configs whose exported PyTorch scripts are run and compared with the core: every
 * optimizer option, every scheduler type (rule forms of MultiplicativeLR/LambdaLR, both
 * schedulerStep modes, ReduceLROnPlateau, nested SequentialLR/ChainedScheduler), the
 * recipes, the LR finder, all-masked batches, other data, and a diverging run. Most are
 * 25 epochs of 8 updates (200 updates).
 */
import { finderConfig } from '../../../src/core/practice/finder';
import { RECIPE_IDS, recipeConfig } from '../../../src/core/practice/recipes';
import type { PartialConfig, TrainConfig } from '../../../src/core/types';
import { resolveConfig } from '../../../src/core/config';

const SGD_M = { type: 'sgd', lr: 0.01, momentum: 0.9 } as const;
const ADAM_12 = { type: 'adam', lr: 0.12 } as const;
const E = { epochs: 25 };

const PARTIAL: [string, PartialConfig][] = [
  ['sgd', { ...E, optimizer: { type: 'sgd', lr: 0.01 } }],
  ['sgd-momentum', { ...E, optimizer: SGD_M }],
  ['sgd-momentum-dampening', { ...E, optimizer: { ...SGD_M, dampening: 0.5 } }],
  ['sgd-nesterov', { ...E, optimizer: { ...SGD_M, nesterov: true } }],
  ['sgd-weight-decay', { ...E, optimizer: { ...SGD_M, weightDecay: 0.05 } }],
  ['rmsprop', { ...E, optimizer: { type: 'rmsprop', lr: 0.01 } }],
  ['rmsprop-momentum-centered', { ...E, optimizer: { type: 'rmsprop', lr: 0.005, momentum: 0.5, centered: true } }],
  ['rmsprop-weight-decay', { ...E, optimizer: { type: 'rmsprop', lr: 0.01, weightDecay: 0.01 } }],
  ['rmsprop-alpha-eps', { ...E, optimizer: { type: 'rmsprop', lr: 0.01, alpha: 0.9, eps: 1e-6 } }],
  ['adam', { ...E, optimizer: { type: 'adam', lr: 0.01 } }],
  ['adam-lr0.12', { ...E, optimizer: ADAM_12 }],
  ['adam-amsgrad', { ...E, optimizer: { type: 'adam', lr: 0.05, amsgrad: true } }],
  ['adam-weight-decay', { ...E, optimizer: { type: 'adam', lr: 0.05, weightDecay: 0.01 } }],
  ['adam-betas-eps', { ...E, optimizer: { type: 'adam', lr: 0.05, betas: [0.8, 0.99], eps: 1e-6 } }],
  ['adamw', { ...E, optimizer: { type: 'adamw', lr: 0.12, weightDecay: 0.1 } }],
  ['adamw-amsgrad', { ...E, optimizer: { type: 'adamw', lr: 0.05, amsgrad: true } }],
  ['steplr', { ...E, optimizer: ADAM_12, scheduler: { type: 'StepLR', stepSize: 30, gamma: 0.5 } }],
  [
    'multisteplr',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 } },
  ],
  [
    'multiplicativelr-range',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'MultiplicativeLR', factor: 0.8, start: 6, end: 24, every: 2 } },
  ],
  ['multiplicativelr-open-range', { ...E, optimizer: ADAM_12, scheduler: { type: 'MultiplicativeLR', factor: 0.99 } }],
  [
    'multiplicativelr-at',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20] } },
  ],
  [
    'lambdalr-range',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'LambdaLR', factor: 0.8, start: 6, end: 24, every: 2 } },
  ],
  ['lambdalr-at', { ...E, optimizer: SGD_M, scheduler: { type: 'LambdaLR', factor: 0.5, at: [40] } }],
  ['exponentiallr', { ...E, optimizer: ADAM_12, scheduler: { type: 'ExponentialLR', gamma: 0.98 } }],
  ['constantlr', { ...E, optimizer: SGD_M, scheduler: { type: 'ConstantLR', factor: 0.5, totalIters: 40 } }],
  [
    'linearlr',
    { ...E, optimizer: SGD_M, scheduler: { type: 'LinearLR', startFactor: 0.25, endFactor: 1, totalIters: 50 } },
  ],
  ['polynomiallr', { ...E, optimizer: ADAM_12, scheduler: { type: 'PolynomialLR', totalIters: 150, power: 2 } }],
  [
    'cosineannealinglr',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'CosineAnnealingLR', tMax: 80, etaMin: 0.001 } },
  ],
  [
    'cosineannealingwarmrestarts',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'CosineAnnealingWarmRestarts', t0: 24, tMult: 2, etaMin: 0.001 } },
  ],
  [
    'cycliclr-triangular',
    { ...E, optimizer: SGD_M, scheduler: { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01, stepSizeUp: 25 } },
  ],
  [
    'cycliclr-triangular2',
    {
      ...E,
      optimizer: SGD_M,
      scheduler: {
        type: 'CyclicLR',
        baseLr: 0.001,
        maxLr: 0.01,
        stepSizeUp: 20,
        stepSizeDown: 30,
        mode: 'triangular2',
      },
    },
  ],
  [
    'cycliclr-exp-range-rmsprop',
    {
      ...E,
      optimizer: { type: 'rmsprop', lr: 0.005, momentum: 0.5 },
      scheduler: { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.005, stepSizeUp: 25, mode: 'exp_range', gamma: 0.99 },
    },
  ],
  [
    'cycliclr-no-momentum-cycle',
    {
      ...E,
      optimizer: { type: 'sgd', lr: 0.01 },
      scheduler: { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01, stepSizeUp: 25, cycleMomentum: false },
    },
  ],
  ['onecyclelr-sgd', { ...E, optimizer: SGD_M, scheduler: { type: 'OneCycleLR', maxLr: 0.01, totalSteps: 200 } }],
  [
    'onecyclelr-sgd-no-momentum',
    { ...E, optimizer: { type: 'sgd', lr: 0.01 }, scheduler: { type: 'OneCycleLR', maxLr: 0.01 } },
  ],
  ['onecyclelr-adam', { ...E, optimizer: ADAM_12, scheduler: { type: 'OneCycleLR', maxLr: 0.12 } }],
  [
    'onecyclelr-adam-linear-three-phase',
    {
      ...E,
      optimizer: ADAM_12,
      scheduler: {
        type: 'OneCycleLR',
        maxLr: 0.12,
        totalSteps: 200,
        pctStart: 0.25,
        annealStrategy: 'linear',
        threePhase: true,
      },
    },
  ],
  [
    'onecyclelr-shorter-than-run',
    { ...E, optimizer: SGD_M, scheduler: { type: 'OneCycleLR', maxLr: 0.01, totalSteps: 150 } },
  ],
  [
    'onecyclelr-epochs-per-epoch',
    {
      ...E,
      optimizer: ADAM_12,
      schedulerStep: 'epoch',
      scheduler: { type: 'OneCycleLR', maxLr: 0.12, epochs: 25, stepsPerEpoch: 1 },
    },
  ],
  [
    'reducelronplateau',
    { ...E, optimizer: ADAM_12, scheduler: { type: 'ReduceLROnPlateau', factor: 0.5, patience: 1, threshold: 1e-4 } },
  ],
  [
    'reducelronplateau-abs-cooldown',
    {
      ...E,
      optimizer: SGD_M,
      scheduler: {
        type: 'ReduceLROnPlateau',
        factor: 0.5,
        patience: 0,
        thresholdMode: 'abs',
        threshold: 1e-3,
        cooldown: 2,
        minLr: 0.002,
      },
    },
  ],
  [
    'sequentiallr',
    {
      ...E,
      optimizer: ADAM_12,
      scheduler: {
        type: 'SequentialLR',
        milestones: [20],
        schedulers: [
          { type: 'LinearLR', startFactor: 0.1, endFactor: 1, totalIters: 20 },
          { type: 'ExponentialLR', gamma: 0.98 },
        ],
      },
    },
  ],
  [
    'sequentiallr-rules',
    {
      ...E,
      optimizer: SGD_M,
      scheduler: {
        type: 'SequentialLR',
        milestones: [30, 100],
        schedulers: [
          { type: 'LambdaLR', factor: 1.1, start: 1, end: 10 },
          { type: 'ConstantLR', factor: 0.5, totalIters: 20 },
          { type: 'MultiplicativeLR', factor: 0.9, every: 10 },
        ],
      },
    },
  ],
  [
    'chainedscheduler',
    {
      ...E,
      optimizer: SGD_M,
      scheduler: {
        type: 'ChainedScheduler',
        schedulers: [
          { type: 'ConstantLR', factor: 0.5, totalIters: 30 },
          { type: 'ExponentialLR', gamma: 0.995 },
        ],
      },
    },
  ],
  [
    'steplr-per-epoch',
    { ...E, optimizer: ADAM_12, schedulerStep: 'epoch', scheduler: { type: 'StepLR', stepSize: 5, gamma: 0.5 } },
  ],
  [
    'cosineannealinglr-per-epoch',
    { ...E, optimizer: SGD_M, schedulerStep: 'epoch', scheduler: { type: 'CosineAnnealingLR', tMax: 10 } },
  ],
  ['small-batch-all-masked', { batchSize: 4, epochs: 2, optimizer: SGD_M }],
  ['data-n100-seed1', { seed: 1, data: { n: 100 }, batchSize: 10, epochs: 20, optimizer: { type: 'adam', lr: 0.05 } }],
  [
    'data-other-orbit-batch-100',
    {
      seed: 7,
      data: { n: 300, a: 1.5, b: 1.2, noise: 0.05 },
      batchSize: 100,
      epochs: 60,
      optimizer: { type: 'adam', lr: 0.05 },
    },
  ],
  ['start-elsewhere', { ...E, init: { wa: 2, wb: 0.5 }, optimizer: { type: 'rmsprop', lr: 0.01 } }],
  ['diverges', { ...E, optimizer: { type: 'sgd', lr: 3 } }],
];

function resolve(name: string, partial: PartialConfig): [string, TrainConfig] {
  const r = resolveConfig(partial);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return [name, r.value];
}

function unwrap(name: string, r: ReturnType<typeof resolveConfig>): [string, TrainConfig] {
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return [name, r.value];
}

/** Every compared config, by name. */
export const CONFIGS: [string, TrainConfig][] = [
  ...PARTIAL.map(([n, p]) => resolve(n, p)),
  ...RECIPE_IDS.map((id) => unwrap(`recipe-${id}`, recipeConfig(id, 0.1, { epochs: 25, optimizer: SGD_M }))),
  unwrap('lr-finder-default', finderConfig()),
];
