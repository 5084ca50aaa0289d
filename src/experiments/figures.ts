/**
 * Build-time assembly of the tutorial's figures: the catalog's runs trained (once, via
 * the memoised runner), fed to the pure spec of the figure's kind, rendered to static SVG.
 * Each figure is built once per build and shared by its component and its CSV endpoint.
 */
import { DEFAULT_CONFIG } from '../core';
import { figureDef, type FigureDef } from '../figures/catalog';
import type { RunSeries } from '../figures/types';
import { contourPathsSpec } from '../figures/contourPaths';
import { arrowsSpec } from '../figures/arrows';
import { gradientSpec, learningRateSpec, NARROW_WIDTH, stepSizeSpec } from '../figures/lineCharts';
import { orbitFitSpec } from '../figures/orbitFit';
import { figureCsv } from '../figures/csv';
import { describeFigure } from '../figures/describe';
import { renderSvg, serverOptions } from '../figures/render/server';
import type * as Plot from '@observablehq/plot';
import { presetConfig, runPreset, tutorialData, tutorialLandscape } from './runner';
import { runNumber, settledAt, SETTLE_RADIUS } from './values';
import { distanceSpec, settleLabel } from '../figures/distance';

export interface BuiltFigure {
  def: FigureDef;
  runs: RunSeries[];
  svg: string;
  /**
   * The phone variant (line charts only: drawn at NARROW_WIDTH, shown below 36rem by CSS,
   * no script). The other kinds use one SVG sized for phones and desktops alike.
   */
  svgNarrow?: string;
  description: string;
  /** The figure's second panel (catalog `panel`), static, at both widths, with its own text alternative. */
  panel?: { svg: string; svgNarrow: string; description: string };
}

/** Kinds drawn twice: wide for desktops, narrow for phones. */
const TWO_WIDTHS: ReadonlySet<FigureDef['kind']> = new Set(['step-size', 'gradients', 'learning-rate']);

const built = new Map<number, BuiltFigure>();

/** The runs of a figure as the specs take them. */
export function figureRuns(def: FigureDef): RunSeries[] {
  return def.runs.map((r, index) => ({ id: r.id, label: r.label, index, meta: r.meta, trace: runPreset(r.id) }));
}

/** The tutorial's start point and target (true semi-axes). */
export function startAndTarget() {
  const c = DEFAULT_CONFIG;
  return { start: { wa: c.init.wa, wb: c.init.wb }, target: { wa: c.data.a, wb: c.data.b } };
}

/**
 * A figure's numbers with the ones read off its runs filled in: figure 13 starts at the
 * turn-around (the update where Wa peaks, as the prose quotes it) and spans `span` updates.
 */
export function resolvedParams(def: FigureDef, runs: RunSeries[]): Record<string, number> {
  const p = { ...def.params };
  if (def.kind === 'gradients') {
    const t = runs[0].trace;
    p.from ??= runNumber(t, 'peakWaAt');
    p.to ??= Math.min(t.length, p.from + (p.span ?? t.length));
  }
  return p;
}

/** The Plot options of figure n, from the real runs. */
export function figureSpec(def: FigureDef, runs: RunSeries[], width?: number): Plot.PlotOptions {
  const opts = serverOptions(width ? `fig-${def.n}-w${width}` : `fig-${def.n}`, width);
  const { start, target } = startAndTarget();
  const view = def.view;
  const landscape = view ? tutorialLandscape({ ...view.domain, nx: view.samples, ny: view.samples }) : undefined;
  switch (def.kind) {
    case 'step-size':
      return stepSizeSpec({ runs, maxUpdate: def.params?.maxUpdate ?? 600 }, opts);
    case 'arrows':
      return arrowsSpec(
        { runs, landscape: landscape!, domain: view!.domain, start, updates: def.params?.updates ?? 4 },
        opts,
      );
    case 'contour-paths':
      return contourPathsSpec({ runs, landscape: landscape!, domain: view!.domain, start, target }, opts);
    case 'orbit-fit': {
      const d = tutorialData();
      const cfg = presetConfig(runs[0].id);
      const t = runs[0].trace;
      return orbitFitSpec(
        {
          x: d.x,
          y: d.y,
          a: d.a,
          b: d.b,
          c: d.c,
          wa: t.final.wa,
          wb: t.final.wb,
          lr: cfg.optimizer.lr,
          epochs: cfg.epochs,
          optimizerLabel: 'SGD with momentum',
        },
        opts,
      );
    }
    case 'gradients': {
      const p = resolvedParams(def, runs);
      return gradientSpec({ run: runs[0], from: p.from, to: p.to }, opts);
    }
    case 'learning-rate':
      return learningRateSpec({ runs, updates: def.params?.updates ?? 30 }, opts);
  }
}

/** The second panel of a figure that has one (figure 9: distance from the target per update). */
export function buildPanel(def: FigureDef, runs: RunSeries[]): BuiltFigure['panel'] {
  if (def.panel !== 'distance') return undefined;
  const { target } = startAndTarget();
  const input = { runs, target, radius: SETTLE_RADIUS, settledAt: runs.map((r) => settledAt(r.trace)) };
  const at = (w: number) => serverOptions(`fig-${def.n}-distance-w${w}`, w);
  return {
    svg: renderSvg(distanceSpec(input, at(680))),
    svgNarrow: renderSvg(distanceSpec(input, at(NARROW_WIDTH))),
    description: `Distance from the target after every update, log scale, for the ${runs.length} runs; the update from which each stays within ${SETTLE_RADIUS}: ${runs
      .map((r, k) => settleLabel(r.label, input.settledAt[k], r.trace.length))
      .join('; ')}.`,
  };
}

/** Figure n rendered (memoised for the build). */
export function buildFigure(n: number): BuiltFigure {
  let f = built.get(n);
  if (!f) {
    const def = figureDef(n);
    const runs = figureRuns(def);
    f = {
      def,
      runs,
      svg: renderSvg(figureSpec(def, runs)),
      ...(TWO_WIDTHS.has(def.kind) ? { svgNarrow: renderSvg(figureSpec(def, runs, NARROW_WIDTH)) } : {}),
      description: describeFigure({ ...def, params: resolvedParams(def, runs) }, runs),
      panel: buildPanel(def, runs),
    };
    built.set(n, f);
  }
  return f;
}

/** CSV of figure n's numbers. */
export function figureCsvText(n: number): string {
  const def = figureDef(n);
  const runs = figureRuns(def);
  const d = tutorialData();
  return figureCsv({ kind: def.kind, runs, params: resolvedParams(def, runs), data: { x: d.x, y: d.y, c: d.c } });
}
