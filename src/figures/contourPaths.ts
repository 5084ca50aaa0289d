/**
 * Figures 3, 9, 12, 14, 16: the paths of several runs across the loss landscape,
 * animated (SMIL) or as their final frame.
 */
import * as Plot from '@observablehq/plot';
import type { Landscape } from '../core/types';
import type { FigureOptions, RunSeries, WDomain, WPoint } from './types';
import { CONTOUR_FONT, CONTOUR_WIDTH, contourBase, equalAspectHeight } from './contour/base';
import { runsMark } from './contour/runs';
import { legendHeight, legendMark, runLegend } from './legend';

export interface ContourPathsInput {
  runs: RunSeries[];
  landscape: Landscape;
  domain: WDomain;
  start: WPoint;
  target: WPoint;
}

export interface ContourPathsOptions extends FigureOptions {
  /** Draw the animated layer (default true). */
  animate?: boolean;
}

/** Plot options for the path-on-contour figure. */
export function contourPathsSpec(input: ContourPathsInput, options: ContourPathsOptions = {}): Plot.PlotOptions {
  const width = options.width ?? CONTOUR_WIDTH;
  const avoid = input.runs.map((r) =>
    Array.from({ length: r.trace.length }, (_, k) => ({ wa: r.trace.wa[k], wb: r.trace.wb[k] })),
  );
  const base = contourBase({ ...input, avoid }, options);
  const items = runLegend(input.runs);
  const marginTop = 12 + legendHeight(items, width - base.margins.marginLeft - 8);
  return {
    width,
    height: equalAspectHeight(width, marginTop, input.domain),
    ...base.margins,
    marginTop,
    ...base.scales,
    style: { background: 'transparent', overflow: 'visible', fontSize: `${CONTOUR_FONT}px` },
    marks: [
      ...base.under,
      runsMark(input.runs, { animate: options.animate ?? true, idPrefix: options.idPrefix ?? 'fig' }),
      ...base.over,
      legendMark(items),
    ],
  };
}
