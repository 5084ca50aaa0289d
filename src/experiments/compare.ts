/**
 * The reproducibility table: every preset's published final (Wa, Wb) next to the one the
 * site's core computes, and the difference.
 */
import type { TrainConfig } from '../core/types';
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
