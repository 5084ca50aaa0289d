/**
 * The controls a reader gets, per optimizer and for the run as a whole. Ranges follow
 * the core's validation; PyTorch's argument names are kept for the labels.
 */
import type { FieldSpec } from './fields';

export const LR_FIELD: FieldSpec = {
  path: 'optimizer.lr',
  label: 'Learning rate',
  torchName: 'lr',
  kind: 'log',
  min: 0,
  minOpen: true,
  max: 10,
  sliderMin: 1e-5,
  sliderMax: 1,
};

export const OPTIMIZER_CHOICES = [
  { value: 'sgd', label: 'SGD' },
  { value: 'rmsprop', label: 'RMSprop' },
  { value: 'adam', label: 'Adam' },
  { value: 'adamw', label: 'AdamW' },
];

export const OPTIMIZER_FIELD: FieldSpec = {
  path: 'optimizer.type',
  label: 'Optimizer',
  kind: 'select',
  options: OPTIMIZER_CHOICES,
};

const weightDecay: FieldSpec = {
  path: 'optimizer.weightDecay',
  label: 'Weight decay',
  torchName: 'weight_decay',
  kind: 'number',
  min: 0,
  max: 1,
};
const eps: FieldSpec = {
  path: 'optimizer.eps',
  label: 'Epsilon',
  torchName: 'eps',
  kind: 'number',
  min: 0,
  minOpen: true,
  max: 1,
};
const momentum: FieldSpec = {
  path: 'optimizer.momentum',
  label: 'Momentum',
  torchName: 'momentum',
  kind: 'number',
  min: 0,
  max: 1,
  maxOpen: true,
};

/** Hyper-parameters after the learning rate, per optimizer type. */
export const OPTIMIZER_FIELDS: Record<string, FieldSpec[]> = {
  sgd: [
    momentum,
    { path: 'optimizer.dampening', label: 'Dampening', torchName: 'dampening', kind: 'number', min: 0, max: 1 },
    { path: 'optimizer.nesterov', label: 'Nesterov', torchName: 'nesterov', kind: 'boolean' },
    weightDecay,
  ],
  rmsprop: [
    { path: 'optimizer.alpha', label: 'Smoothing constant', torchName: 'alpha', kind: 'number', min: 0, max: 1 },
    eps,
    momentum,
    { path: 'optimizer.centered', label: 'Centered', torchName: 'centered', kind: 'boolean' },
    weightDecay,
  ],
  adam: [
    {
      path: 'optimizer.betas[0]',
      label: 'Beta 1',
      torchName: 'betas[0]',
      kind: 'number',
      min: 0,
      max: 1,
      maxOpen: true,
    },
    {
      path: 'optimizer.betas[1]',
      label: 'Beta 2',
      torchName: 'betas[1]',
      kind: 'number',
      min: 0,
      max: 1,
      maxOpen: true,
    },
    eps,
    weightDecay,
    { path: 'optimizer.amsgrad', label: 'AMSGrad', torchName: 'amsgrad', kind: 'boolean' },
  ],
};
OPTIMIZER_FIELDS.adamw = OPTIMIZER_FIELDS.adam;

/** Run-level controls: length, batching, data and the start point. */
export const RUN_FIELDS: FieldSpec[] = [
  { path: 'epochs', label: 'Epochs', kind: 'integer', min: 1, max: 2000 },
  { path: 'batchSize', label: 'Batch size', torchName: 'batch_size', kind: 'integer', min: 1, max: 512 },
  { path: 'seed', label: 'Seed', kind: 'integer', min: 0, max: 4294967295 },
  { path: 'data.noise', label: 'Noise', kind: 'number', min: 0, max: 1 },
  { path: 'init.wa', label: 'Start Wa', kind: 'number', min: -10, max: 10 },
  { path: 'init.wb', label: 'Start Wb', kind: 'number', min: -10, max: 10 },
];

/** Every field an island can show, by path (scheduler fields come from the scheduler metadata). */
export function findField(path: string): FieldSpec | undefined {
  if (path === LR_FIELD.path) return LR_FIELD;
  if (path === OPTIMIZER_FIELD.path) return OPTIMIZER_FIELD;
  for (const list of [RUN_FIELDS, ...Object.values(OPTIMIZER_FIELDS)]) {
    const hit = list.find((f) => f.path === path);
    if (hit) return hit;
  }
  return undefined;
}
