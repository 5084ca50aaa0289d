/**
 * The compact URL form of a config: only what differs from the tutorial's settings, and
 * when the optimizer or scheduler type changes, only the options that differ from that
 * type's PyTorch defaults (the core fills those back in when it validates).
 */
import { optimizerDefaults } from '../core';
import type { TrainConfig } from '../core/types';
import { optionalDefaults } from './scheduler-fields';
import { patchOf, isPlainObject } from './url-state';

/** The patch that `resolveConfig(mergeConfig(base, patch), base)` turns back into `config`. */
export function configDiff(base: TrainConfig, config: TrainConfig): Record<string, unknown> | undefined {
  const diff = patchOf(base, config);
  if (!isPlainObject(diff)) return undefined;
  if (isPlainObject(diff.optimizer) && config.optimizer.type !== base.optimizer.type) {
    const d = patchOf(optimizerDefaults(config.optimizer.type), config.optimizer);
    diff.optimizer = { type: config.optimizer.type, ...(isPlainObject(d) ? d : {}) };
  }
  if (isPlainObject(diff.scheduler) && config.scheduler && config.scheduler.type !== base.scheduler?.type) {
    const defaults = optionalDefaults(config.scheduler.type);
    const d = defaults ? patchOf(defaults, config.scheduler) : config.scheduler;
    diff.scheduler = { type: config.scheduler.type, ...(isPlainObject(d) ? d : {}) };
  }
  return diff;
}
