/** Optimizers in optax shape with PyTorch names, defaults and numerics. */
import type { OptimizerConfig } from '../types';
import { adam, type AdamState } from './adam';
import { rmsprop, type RmspropState } from './rmsprop';
import { sgd, type SgdState } from './sgd';
import type { Optimizer } from './types';

export type { Params, StepHyper, Internals, Optimizer } from './types';
export type { SgdState } from './sgd';
export type { RmspropState } from './rmsprop';
export type { AdamState } from './adam';
export { sgd } from './sgd';
export { rmsprop } from './rmsprop';
export { adam } from './adam';
export { powCorrect } from './powers';

/** State of any optimizer: plain JSON (finite numbers, arrays, booleans, null). */
export type OptimizerState = SgdState | RmspropState | AdamState;

/** The optimizer a validated config describes. */
export function createOptimizer(cfg: OptimizerConfig): Optimizer<OptimizerState> {
  switch (cfg.type) {
    case 'sgd':
      return sgd(cfg) as Optimizer<OptimizerState>;
    case 'rmsprop':
      return rmsprop(cfg) as Optimizer<OptimizerState>;
    case 'adam':
    case 'adamw':
      return adam(cfg) as Optimizer<OptimizerState>;
  }
}
