/** Validation of the optimizer part of a config, read off the optimizer registry. */
import { defaultsOf, join, readParams } from '../params';
import {
  OPTIMIZERS,
  OPTIMIZER_TYPES,
  optimizerEntry,
  type OptimizerConfig,
  type OptimizerType,
} from '../optimizers/registry';
import type { Reader } from './fields';

export { DEFAULT_LR, MAX_LR, OPTIMIZER_TYPES } from '../optimizers/registry';

/**
 * The registry's defaults for a type: PyTorch's (torch 2.x), except lr, the tutorial's
 * 0.01 for every optimizer.
 */
export function optimizerDefaults(type: OptimizerType): OptimizerConfig {
  // The registry's defaults have exactly the shape its types describe.
  return { type, ...defaultsOf(OPTIMIZERS[type].params) } as OptimizerConfig;
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
  const fallback: Record<string, unknown> = { ...(type === base.type ? base : optimizerDefaults(type)) };
  const entry = optimizerEntry(type);
  const before = r.errors.length;
  const values = readParams(entry.params, o, fallback, path, `the ${type} optimizer`, r.errors);
  if (r.errors.length === before && entry.check) for (const e of entry.check(values, path)) r.errors.push(e);
  // readParams returns exactly the shape the registry's types describe.
  return { type, ...values } as OptimizerConfig;
}
