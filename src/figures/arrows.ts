/**
 * Figure 2: the first few updates of each run as arrows on the loss landscape, zoomed
 * around the start. Arrow length is the effective step of that update.
 */
import * as Plot from '@observablehq/plot';
import type { Landscape } from '../core/types';
import type { FigureOptions, RunSeries, WDomain, WPoint } from './types';
import { CONTOUR_FONT, CONTOUR_WIDTH, contourBase, equalAspectHeight } from './contour/base';
import { positionOf } from './contour/polyline';
import { legendHeight, legendMark, runLegend } from './legend';
import { seriesStyle } from './palette';

export interface ArrowsInput {
  runs: RunSeries[];
  landscape: Landscape;
  domain: WDomain;
  start: WPoint;
  /** How many updates to draw per run (the tutorial: 4). */
  updates: number;
}

/** One arrow per update: from the position before it to the position after it. */
export function arrowRows(runs: RunSeries[], updates: number) {
  const rows: {
    run: string;
    update: number;
    wa1: number;
    wb1: number;
    wa2: number;
    wb2: number;
    step: number;
  }[] = [];
  for (const r of runs) {
    const n = Math.min(updates, r.trace.length);
    for (let k = 0; k < n; k++) {
      const [wa1, wb1] = positionOf(r.trace, k);
      const [wa2, wb2] = positionOf(r.trace, k + 1);
      rows.push({
        run: r.id,
        update: k + 1,
        wa1,
        wb1,
        wa2,
        wb2,
        step: Math.hypot(wa2 - wa1, wb2 - wb1),
      });
    }
  }
  return rows;
}

/** Plot options for the arrows-on-contour figure. */
export function arrowsSpec(input: ArrowsInput, options: FigureOptions = {}): Plot.PlotOptions {
  const width = options.width ?? CONTOUR_WIDTH;
  const base = contourBase({ landscape: input.landscape, domain: input.domain, start: input.start }, options);
  const items = runLegend(input.runs, { dash: true, marker: true });
  const marginTop = 12 + legendHeight(items, width - base.margins.marginLeft - 8);
  const rows = arrowRows(input.runs, input.updates);
  const midWa = (input.domain.waMin + input.domain.waMax) / 2;
  const arrows = input.runs.flatMap((r) => {
    const data = rows.filter((a) => a.run === r.id);
    const s = seriesStyle(r);
    const common = { x1: 'wa1', y1: 'wb1', x2: 'wa2', y2: 'wb2', headLength: 9, clip: true } as const;
    return [
      Plot.arrow(data, {
        ...common,
        stroke: s.colour,
        strokeWidth: 2,
        strokeDasharray: s.dash || undefined,
      }),
      // Direct label at the arrow tip, turned inwards near the right edge so it stays in view.
      Plot.text(data.slice(-1), {
        x: 'wa2',
        y: 'wb2',
        text: () => r.label,
        dx: (data.at(-1)?.wa2 ?? 0) > midWa ? -4 : 6,
        dy: (data.at(-1)?.wa2 ?? 0) > midWa ? -11 : -9,
        textAnchor: (data.at(-1)?.wa2 ?? 0) > midWa ? 'end' : 'start',
        fontSize: CONTOUR_FONT,
        fill: s.colour,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
        clip: true,
      }),
    ];
  });
  return {
    width,
    height: equalAspectHeight(width, marginTop, input.domain),
    ...base.margins,
    marginTop,
    ...base.scales,
    style: { background: 'transparent', overflow: 'visible', fontSize: `${CONTOUR_FONT}px` },
    // Arrows over the start disc: Adam's first steps are shorter than the disc is wide.
    marks: [...base.under, ...base.over, ...arrows, legendMark(items)],
  };
}
