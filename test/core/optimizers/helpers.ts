import { createOptimizer, type Params } from '../../../src/core/optimizers';
import { optimizerDefaults } from '../../../src/core/config';
import type { OptimizerConfig, OptimizerType } from '../../../src/core/types';
import { gradientAt, type TorchCase } from './torch-cases';

/** The config of a reference case: the type's defaults plus its options. */
export function caseConfig(type: OptimizerType, options: Record<string, unknown>): OptimizerConfig {
  return { ...optimizerDefaults(type), ...options } as OptimizerConfig;
}

/** Runs a reference case through the pure `update` and returns params at the recorded steps. */
export function replay(c: TorchCase): [number, number, number][] {
  const cfg = caseConfig(c.type, c.options);
  const opt = createOptimizer(cfg);
  let state = opt.init([0.1, 1.8]);
  let params: Params = [0.1, 1.8];
  const out: [number, number, number][] = [];
  const last = c.rows[c.rows.length - 1][0];
  for (let t = 1; t <= last; t++) {
    ({ params, state } = opt.update(gradientAt(t), state, params, { lr: cfg.lr }));
    if (c.rows.some((r) => r[0] === t)) out.push([t, params[0], params[1]]);
  }
  return out;
}
