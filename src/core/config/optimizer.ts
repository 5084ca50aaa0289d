/** Validation of the optimizer part of a config, with PyTorch's defaults per type. */
import type { OptimizerConfig, OptimizerType } from '../types';
import { join, Reader } from './fields';

/** The learning rate every optimizer gets when none is given: the tutorial's 0.01. */
export const DEFAULT_LR = 0.01;
/** Upper bound of the learning rate a reader may ask for. */
export const MAX_LR = 10;

export const OPTIMIZER_TYPES: readonly OptimizerType[] = ['sgd', 'rmsprop', 'adam', 'adamw'];

const KEYS: Record<OptimizerType, readonly string[]> = {
  sgd: ['type', 'lr', 'momentum', 'dampening', 'nesterov', 'weightDecay'],
  rmsprop: ['type', 'lr', 'alpha', 'eps', 'momentum', 'centered', 'weightDecay'],
  adam: ['type', 'lr', 'betas', 'eps', 'weightDecay', 'amsgrad'],
  adamw: ['type', 'lr', 'betas', 'eps', 'weightDecay', 'amsgrad'],
};

/**
 * PyTorch's defaults for a type (torch 2.x), except lr, which is the tutorial's 0.01 for
 * every optimizer: SGD momentum 0, dampening 0, no Nesterov, no weight decay; RMSprop
 * alpha 0.99, eps 1e-8, momentum 0, not centered; Adam betas (0.9, 0.999), eps 1e-8, no
 * weight decay, no AMSGrad; AdamW the same with weight decay 0.01.
 */
export function optimizerDefaults(type: OptimizerType): OptimizerConfig {
  switch (type) {
    case 'sgd':
      return { type, lr: DEFAULT_LR, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 };
    case 'rmsprop':
      return { type, lr: DEFAULT_LR, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weightDecay: 0 };
    case 'adam':
      return { type, lr: DEFAULT_LR, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false };
    case 'adamw':
      return { type, lr: DEFAULT_LR, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0.01, amsgrad: false };
  }
}

/**
 * Reads `raw` (undefined = the base optimizer) over `base`. When the type changes, the
 * new type's defaults apply, not the base's values.
 */
export function readOptimizer(r: Reader, raw: unknown, path: string, base: OptimizerConfig): OptimizerConfig {
  if (raw === undefined) return base;
  const o = r.object(raw, path);
  if (o === null) return base;
  const type = r.oneOf(o.type, join(path, 'type'), base.type, OPTIMIZER_TYPES);
  const d = type === base.type ? base : optimizerDefaults(type);
  r.onlyKeys(o, path, KEYS[type], `the ${type} optimizer`);
  const p = (k: string): string => join(path, k);
  const lr = r.number(o.lr, p('lr'), d.lr, 0, MAX_LR, '(]');
  const weightDecay = r.number(o.weightDecay, p('weightDecay'), d.weightDecay, 0, 1);
  switch (d.type) {
    case 'sgd': {
      const momentum = r.number(o.momentum, p('momentum'), d.momentum, 0, 1, '[)');
      const dampening = r.number(o.dampening, p('dampening'), d.dampening, 0, 1);
      const nesterov = r.boolean(o.nesterov, p('nesterov'), d.nesterov);
      if (nesterov && !(momentum > 0 && dampening === 0)) {
        r.fail(p('nesterov'), 'requires momentum > 0 and dampening 0 (as torch.optim.SGD)');
      }
      return { type: 'sgd', lr, momentum, dampening, nesterov, weightDecay };
    }
    case 'rmsprop': {
      const alpha = r.number(o.alpha, p('alpha'), d.alpha, 0, 1, '[)');
      const eps = r.number(o.eps, p('eps'), d.eps, 0, 1, '(]');
      const momentum = r.number(o.momentum, p('momentum'), d.momentum, 0, 1, '[)');
      const centered = r.boolean(o.centered, p('centered'), d.centered);
      return { type: 'rmsprop', lr, alpha, eps, momentum, centered, weightDecay };
    }
    case 'adam':
    case 'adamw': {
      let betas: [number, number] = [d.betas[0], d.betas[1]];
      if (o.betas !== undefined) {
        if (Array.isArray(o.betas) && o.betas.length === 2) {
          betas = [
            r.number(o.betas[0], `${p('betas')}[0]`, d.betas[0], 0, 1, '[)'),
            r.number(o.betas[1], `${p('betas')}[1]`, d.betas[1], 0, 1, '[)'),
          ];
        } else {
          r.fail(p('betas'), 'must be a pair [beta1, beta2] of numbers in [0, 1)');
        }
      }
      const eps = r.number(o.eps, p('eps'), d.eps, 0, 1, '(]');
      const amsgrad = r.boolean(o.amsgrad, p('amsgrad'), d.amsgrad);
      return { type: d.type, lr, betas, eps, weightDecay, amsgrad };
    }
  }
}
