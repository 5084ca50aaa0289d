/**
 * The reproducibility table: every preset's published final (Wa, Wb) next to the one the
 * site's core computes, and the difference.
 */
import type { SchedulerSpecLike, TrainConfig } from '../core/types';
import { PRESETS, type Preset } from './presets';
import { presetConfig, runPreset } from './runner';

export interface Comparison {
  preset: Preset;
  config: TrainConfig;
  updates: number;
  site: { wa: number; wb: number };
  /** Site minus published. */
  delta: { wa: number; wb: number };
  /** Largest absolute difference of the two parameters. */
  maxAbs: number;
}

/** One row per preset, in the article's table order. */
export function compareWithPublished(): Comparison[] {
  return PRESETS.map((preset) => {
    const t = runPreset(preset.id);
    const site = { wa: t.final.wa, wb: t.final.wb };
    const delta = { wa: site.wa - preset.published.wa, wb: site.wb - preset.published.wb };
    return {
      preset,
      config: presetConfig(preset.id),
      updates: t.length,
      site,
      delta,
      maxAbs: Math.max(Math.abs(delta.wa), Math.abs(delta.wb)),
    };
  });
}

/**
 * A config in a sentence: "SGD, momentum 0.9, lr 0.01, 160 epochs, MultiStepLR {…}".
 * `schedulerAsWritten` (the preset's own JSON) reads better than the resolved spec.
 */
export function describeConfig(c: TrainConfig, schedulerAsWritten?: SchedulerSpecLike | null): string {
  const o = c.optimizer;
  const parts: string[] = [];
  if (o.type === 'sgd') parts.push(o.momentum > 0 ? `SGD, momentum ${o.momentum}` : 'SGD');
  else if (o.type === 'rmsprop') parts.push(`RMSprop, α ${o.alpha}`);
  else parts.push(`${o.type === 'adam' ? 'Adam' : 'AdamW'}, β (${o.betas.join(', ')})`);
  parts.push(`lr ${o.lr}`, `${c.epochs} epochs`);
  const sched = schedulerAsWritten ?? c.scheduler;
  if (sched) {
    const { type, ...rest } = sched;
    parts.push(`${type} ${JSON.stringify(rest)}`);
  }
  return parts.join(', ');
}
