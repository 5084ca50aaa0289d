/**
 * Build-time half of the live islands: trains the runs, renders the figure with the
 * figures' own spec (so the no-JavaScript picture is the real one) and records the
 * position scales the browser needs to draw over it without re-rendering.
 */
import * as Plot from '@observablehq/plot';
import { lossLandscape, makeOrbitData, resolveConfig, train, type OrbitData } from '../../core';
import type { Landscape, PartialConfig, Trace, TrainConfig } from '../../core/types';
import { contourPathsSpec } from '../../figures/contourPaths';
import { plotOnServer, serverOptions, svgMarkup } from '../../figures/render/server';
import type { RunSeries, WDomain } from '../../figures/types';
import type { LinearScale, XYScales } from '../../client/scales';
import type { LiveRun } from '../../client/island-data';
import { FIGURES } from '../../figures/catalog';
import { buildFigure, type BuiltFigure } from '../../experiments/figures';
import { PRESETS, type Preset } from '../../experiments/presets';

/** The orbit's true semi-axes, where the loss is smallest (for the Target marker). */
export const TARGET = { wa: 1.261845, wb: 1.234378 };

/** A run of a live figure: id, label, config and (optionally) what it is, which picks its style. */
export type LiveRunInput = LiveRun;

export interface BuiltContour {
  svg: string;
  scales: XYScales;
  configs: TrainConfig[];
  traces: Trace[];
  landscape: Landscape;
  /** The data set of the first run (for its orbit figure). */
  data: OrbitData;
}

/** The list a build error offers in place of an unknown id. */
function known(ids: readonly (string | number)[]): string {
  return ids.map((id) => (typeof id === 'string' ? `"${id}"` : String(id))).join(', ');
}

/**
 * The experiment preset `id`, as component `<component>` asks for it. An unknown id fails
 * the build with the known ones (never a silent default or a hand-copied config).
 */
export function presetFor(id: string, component: string): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset)
    throw new Error(`Unknown preset "${id}" in <${component}>: known ids are ${known(PRESETS.map((p) => p.id))}`);
  return preset;
}

/** The tutorial's animated contour figure `n` (for <AnimatedFigure>); an unknown number fails the build. */
export function animatedFigure(n: number): BuiltFigure {
  const ids = FIGURES.filter((f) => f.kind === 'contour-paths').map((f) => f.n);
  if (!ids.includes(n))
    throw new Error(`Unknown figure ${JSON.stringify(n)} in <AnimatedFigure>: known ids are ${known(ids)}`);
  return buildFigure(n);
}

/** `table[key]` for a component's `prop`; an unknown key fails the build with the known ones. */
export function choose<T>(table: Readonly<Record<string, T>>, key: string, component: string, prop: string): T {
  if (!Object.hasOwn(table, key))
    throw new Error(`Unknown ${prop} "${key}" in <${component}>: known ids are ${known(Object.keys(table))}`);
  return table[key];
}

/** Resolves a preset, failing the build loudly if a preset is invalid (a bug, not reader input). */
export function resolvePreset(config: PartialConfig): TrainConfig {
  const r = resolveConfig(config);
  if (!r.ok) throw new Error(`invalid preset: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return r.value;
}

/** Grid of the live contour figures (coarser than the static figures: it is recomputed live). */
export function gridFor(domain: WDomain) {
  return { ...domain, nx: 160, ny: 160 };
}

/** The first two values of a materialized scale's domain and range (a linear scale's ends), or null. */
function ends(s: Plot.Scale | undefined): LinearScale | null {
  const d = s?.domain ? Array.from(s.domain, Number) : [];
  const r = s?.range ? Array.from(s.range, Number) : [];
  return d.length >= 2 && r.length >= 2 ? { domain: [d[0], d[1]], range: [r[0], r[1]] } : null;
}

/** Renders Plot options with linkedom and returns the SVG markup and its x/y scales. */
export function renderWithScales(options: Plot.PlotOptions): { svg: string; scales: XYScales } {
  const el = plotOnServer(options);
  const svgEl = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  const vb = (svgEl?.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number);
  const x = ends(el.scale('x'));
  const y = ends(el.scale('y'));
  if (!x || !y) throw new Error('figure has no x/y scales');
  return { svg: svgMarkup(el), scales: { x, y, width: vb[2], height: vb[3] } };
}

/** Trains `runs` and renders their paths on the loss contour over `domain`. */
export function buildContour(idPrefix: string, runs: LiveRunInput[], domain: WDomain, width?: number): BuiltContour {
  const configs = runs.map((r) => resolvePreset(r.config));
  const traces = configs.map(train);
  const data = makeOrbitData(configs[0].data, configs[0].seed);
  const landscape = lossLandscape(data, gridFor(domain));
  const series: RunSeries[] = runs.map((r, index) => ({
    id: r.id,
    label: r.label,
    trace: traces[index],
    index,
    ...(r.meta ? { meta: r.meta } : {}),
  }));
  const spec = contourPathsSpec(
    { runs: series, landscape, domain, start: configs[0].init, target: TARGET },
    { ...serverOptions(idPrefix, width), animate: false },
  );
  return { ...renderWithScales(spec), configs, traces, landscape, data };
}
