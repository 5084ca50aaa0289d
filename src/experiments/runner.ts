/**
 * Build-time runner: each preset is trained once per process (Astro renders every page
 * and endpoint of a build in one process), and every figure, number in the prose and data
 * file that names the run reads the same trace. Landscapes and the data set likewise.
 */
import { lossLandscape, makeOrbitData, resolveConfig, train, type OrbitData } from '../core';
import type { Landscape, Trace, TrainConfig } from '../core/types';
import type { LandscapeGrid } from '../core/landscape';
import { presetById } from './presets';

const traces = new Map<string, Trace>();
const configs = new Map<string, TrainConfig>();
const landscapes = new Map<string, Landscape>();
let orbitData: OrbitData | undefined;

/** The complete, validated config of a preset (throws on an invalid preset: a build error). */
export function presetConfig(id: string): TrainConfig {
  let c = configs.get(id);
  if (!c) {
    const r = resolveConfig(presetById(id).config);
    if (!r.ok)
      throw new Error(`Preset "${id}" is invalid: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    c = r.value;
    configs.set(id, c);
  }
  return c;
}

/** The trace of a preset, trained on first use. */
export function runPreset(id: string): Trace {
  let t = traces.get(id);
  if (!t) {
    t = train(presetConfig(id));
    traces.set(id, t);
  }
  return t;
}

/** The tutorial's data set (all presets share seed and data options). */
export function tutorialData(): OrbitData {
  if (!orbitData) {
    const c = presetConfig('sgd-0.01-160');
    orbitData = makeOrbitData(c.data, c.seed);
  }
  return orbitData;
}

/** The loss landscape of the tutorial's data over a grid, computed once per grid. */
export function tutorialLandscape(grid: LandscapeGrid): Landscape {
  const key = JSON.stringify(grid);
  let l = landscapes.get(key);
  if (!l) {
    l = lossLandscape(tutorialData(), grid);
    landscapes.set(key, l);
  }
  return l;
}
