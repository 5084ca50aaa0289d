/**
 * The optimizer registry: every optimizer type and each of its options (range, PyTorch's
 * default and name, label, help) declared once. The config types (`SgdConfig`, ...), the
 * validator, the reader's form fields and the PyTorch call text all derive from it.
 * Defaults are torch 2.x's, except lr: the tutorial's 0.01 for every optimizer.
 */
import { flag, num, pair, type Params, type ValuesOf } from '../params';
import type { ConfigError } from '../types';

/** The learning rate every optimizer gets when none is given: the tutorial's 0.01. */
export const DEFAULT_LR = 0.01;
/** Upper bound of the learning rate a reader may ask for. */
export const MAX_LR = 10;

const lr = num({
  torchName: 'lr',
  label: 'Learning rate',
  min: 0,
  max: MAX_LR,
  ends: '(]',
  default: DEFAULT_LR,
  log: { sliderMin: 1e-5, sliderMax: 1 },
  help: 'Step size: how far each update moves against the gradient.',
});
const weightDecay = (def: number) =>
  num({
    torchName: 'weight_decay',
    label: 'Weight decay',
    min: 0,
    max: 1,
    ends: '[]',
    default: def,
    help: 'Pulls the weights towards zero by this fraction of their value.',
  });
const momentum = num({
  torchName: 'momentum',
  label: 'Momentum',
  min: 0,
  max: 1,
  ends: '[)',
  default: 0,
  help: 'Fraction of the previous step carried into the next.',
});
const eps = num({
  torchName: 'eps',
  label: 'Epsilon',
  min: 0,
  max: 1,
  ends: '(]',
  default: 1e-8,
  help: 'Added to the denominator so it is never zero.',
});

const SGD = {
  lr,
  momentum,
  dampening: num({
    torchName: 'dampening',
    label: 'Dampening',
    min: 0,
    max: 1,
    ends: '[]',
    default: 0,
    help: 'Share of each new gradient held back from the momentum buffer.',
  }),
  nesterov: flag({ torchName: 'nesterov', label: 'Nesterov', default: false, help: 'Look ahead along the momentum.' }),
  weightDecay: weightDecay(0),
} as const;

const RMSPROP = {
  lr,
  alpha: num({
    torchName: 'alpha',
    label: 'Smoothing constant',
    min: 0,
    max: 1,
    ends: '[)',
    default: 0.99,
    help: 'How slowly the average of squared gradients forgets.',
  }),
  eps,
  momentum,
  centered: flag({
    torchName: 'centered',
    label: 'Centered',
    default: false,
    help: 'Divide by the variance of the gradient rather than its mean square.',
  }),
  weightDecay: weightDecay(0),
} as const;

const adamParams = (decay: number) =>
  ({
    lr,
    betas: pair({
      torchName: 'betas',
      label: 'Betas',
      labels: ['Beta 1', 'Beta 2'],
      min: 0,
      max: 1,
      ends: '[)',
      default: [0.9, 0.999],
      help: 'How slowly the averages of the gradient and of its square forget.',
    }),
    eps,
    weightDecay: weightDecay(decay),
    amsgrad: flag({
      torchName: 'amsgrad',
      label: 'AMSGrad',
      default: false,
      help: 'Divide by the largest second moment seen so far.',
    }),
  }) as const;
const ADAM = adamParams(0);
const ADAMW = adamParams(0.01);

/** One optimizer type: its PyTorch class, its options, and checks between options. */
export interface OptimizerEntry {
  /** PyTorch's class in `torch.optim`. */
  torchClass: string;
  /** Name shown to readers. */
  label: string;
  params: Params;
  /** Constraints between options (each option already valid on its own). */
  check?(o: Record<string, unknown>, path: string): ConfigError[];
}

/** Every optimizer type the core runs, in the order forms list them. */
export const OPTIMIZERS = {
  sgd: {
    torchClass: 'SGD',
    label: 'SGD',
    params: SGD,
    check(o, path) {
      if (o.nesterov === true && !((o.momentum as number) > 0 && o.dampening === 0))
        return [{ path: `${path}.nesterov`, message: 'requires momentum > 0 and dampening 0 (as torch.optim.SGD)' }];
      return [];
    },
  },
  rmsprop: { torchClass: 'RMSprop', label: 'RMSprop', params: RMSPROP },
  adam: { torchClass: 'Adam', label: 'Adam', params: ADAM },
  adamw: { torchClass: 'AdamW', label: 'AdamW', params: ADAMW },
} as const satisfies Record<string, OptimizerEntry>;

export type OptimizerType = keyof typeof OPTIMIZERS;
/** The optimizer types, in registry order. */
export const OPTIMIZER_TYPES = Object.keys(OPTIMIZERS) as OptimizerType[];

/** torch.optim.SGD options (camelCase). */
export type SgdConfig = { type: 'sgd' } & ValuesOf<typeof SGD>;
/** torch.optim.RMSprop options (camelCase). */
export type RmspropConfig = { type: 'rmsprop' } & ValuesOf<typeof RMSPROP>;
/** torch.optim.Adam / AdamW options (camelCase). */
export type AdamConfig = { type: 'adam' | 'adamw' } & ValuesOf<typeof ADAM>;
export type OptimizerConfig = SgdConfig | RmspropConfig | AdamConfig;

/** The registry entry of a type (typed loosely, for code that walks every type). */
export function optimizerEntry(type: OptimizerType): OptimizerEntry {
  return OPTIMIZERS[type];
}

/**
 * The momentum a scheduler may cycle: SGD/RMSprop `momentum` or Adam's beta1 (PyTorch's
 * CyclicLR and OneCycleLR write `group['momentum']` or `group['betas'][0]`). SGD with
 * momentum 0 still has the key, so cycling gives it momentum, as in PyTorch.
 */
export function baseMomentum(o: OptimizerConfig): number {
  return 'betas' in o ? o.betas[0] : o.momentum;
}
