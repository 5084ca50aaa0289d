/**
 * The three line charts: effective step size vs update (figure 1), the gradients of one
 * run (figure 13) and the learning rate under a scheduler (figure 15). Each line has its
 * colour, dash pattern and a legend entry; figure 15 also marks every update.
 */
import * as Plot from '@observablehq/plot';
import type { FigureOptions, RunSeries } from './types';
import { legendHeight, legendMark, runLegend, type LegendItem } from './legend';
import { decadeLabel, decades } from './ticks';
import { lrYScale } from './lr-axis';
import { thinSeries } from './render/simplify';
import { runColour, seriesStyle } from './palette';

/**
 * Width of the phone variant of a line chart: shown about 358 px wide on a 390 px screen,
 * so its 12-unit text is about 12.6 CSS px. The wide variant (680) is shown above 36rem.
 */
export const NARROW_WIDTH = 340;

interface Pt {
  x: number;
  y: number;
}

/** The frame every line chart shares: margins (room for the legend above), transparent background, phone text. */
export function lineChartFrame(width: number, items: LegendItem[]) {
  const marginLeft = 62;
  return {
    width,
    marginLeft,
    marginRight: 20,
    marginBottom: 42,
    marginTop: 14 + legendHeight(items, width - marginLeft - 8),
    // A phone-width variant (figures render one at NARROW_WIDTH) uses 12-unit text throughout.
    style: { background: 'transparent', overflow: 'visible', ...(width < 500 ? { fontSize: '12px' } : {}) },
  };
}

function line(
  points: Pt[],
  colour: string,
  dash: string,
  strokeWidth = 1.3,
  curve: Plot.CurveName = 'linear',
): Plot.Markish {
  return Plot.line(points, { x: 'x', y: 'y', stroke: colour, strokeWidth, strokeDasharray: dash || undefined, curve });
}

/** Figure 1: effective step size ‖w(t+1) − w(t)‖ of each run vs update number 1 … maxUpdate. */
export function stepSizeSpec(
  input: { runs: RunSeries[]; maxUpdate: number },
  options: FigureOptions = {},
): Plot.PlotOptions {
  const items = runLegend(input.runs, { dash: true });
  const series = input.runs.map((r) => {
    const n = Math.min(input.maxUpdate, r.trace.length);
    // A zero step (an all-masked batch) has no place on a log axis: the line breaks there.
    // A long run is thinned to what the chart's columns can show (each column's extremes kept).
    return thinSeries(r.trace.stepSize, n).map((k) => ({
      x: k + 1,
      y: r.trace.stepSize[k] > 0 ? r.trace.stepSize[k] : NaN,
    }));
  });
  return {
    ...lineChartFrame(options.width ?? 680, items),
    height: 340,
    x: { domain: [0, input.maxUpdate], label: 'Update', labelAnchor: 'center', labelArrow: 'none' },
    // Log scale: steps span four decades, and the slow trends the text points at (momentum's
    // climb from about update 90 to 250, RMSprop's from about 180: experiments/values.ts stepRise)
    // sit far below the early spikes.
    y: {
      type: 'log',
      label: 'Effective step size (AU, log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: decades(series.flat().map((p) => p.y)),
      tickFormat: decadeLabel,
    },
    marks: [
      // Draw thick, smooth runs last so the jittery ones do not hide them.
      ...series
        .map((pts, k) => {
          const s = seriesStyle(input.runs[k]);
          return line(pts, s.colour, s.dash, s.layer === 2 ? 2.2 : 1.3);
        })
        .reverse(),
      legendMark(items),
    ],
  };
}

/** Figure 13: dLoss/dWa and dLoss/dWb of one run over updates from … to (1-based, inclusive). */
export function gradientSpec(
  input: { run: RunSeries; from: number; to: number },
  options: FigureOptions = {},
): Plot.PlotOptions {
  const t = input.run.trace;
  const lo = Math.max(1, input.from);
  const hi = Math.min(t.length, input.to);
  const wa: Pt[] = [];
  const wb: Pt[] = [];
  for (let u = lo; u <= hi; u++) {
    wa.push({ x: u, y: t.dwa[u - 1] });
    wb.push({ x: u, y: t.dwb[u - 1] });
  }
  const cWa = runColour(1);
  const cWb = runColour(0);
  const items: LegendItem[] = [
    { label: 'dLoss/dWb', colour: cWb },
    { label: 'dLoss/dWa', colour: cWa, dash: '' },
  ];
  return {
    ...lineChartFrame(options.width ?? 680, items),
    height: 340,
    x: { domain: [lo, hi], label: 'Update', labelAnchor: 'center', labelArrow: 'none' },
    y: { label: 'Gradient of the mini-batch loss', labelAnchor: 'center', labelArrow: 'none', grid: true },
    marks: [
      Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
      line(wb, cWb, '', 0.8),
      line(wa, cWa, '', 1.8),
      legendMark(items),
    ],
  };
}

/** Figure 15: learning rate used by each update t = 0 … updates − 1 (t = scheduler steps taken so far). */
export function learningRateSpec(
  input: { runs: RunSeries[]; updates: number },
  options: FigureOptions = {},
): Plot.PlotOptions {
  const items = runLegend(input.runs, { dash: true, marker: true });
  const series = input.runs.map((r) =>
    Array.from({ length: Math.min(input.updates, r.trace.length) }, (_, k) => ({ x: k, y: r.trace.lr[k] })),
  );
  return {
    ...lineChartFrame(options.width ?? 680, items),
    height: 360,
    x: {
      domain: [0, input.updates - 1],
      label: 'Scheduler steps taken before the update (t)',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    // Linear, as in the original figure; headroom keeps the 0.12 rows off the top edge.
    y: {
      ...lrYScale(
        series.flatMap((pts) => pts.map((p) => p.y)),
        false,
      ),
      label: 'Learning rate',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
    },
    symbol: { type: 'identity' },
    marks: [
      ...series.flatMap((pts, k) => {
        const s = seriesStyle(input.runs[k]);
        // Runs sharing a schedule overlap exactly: a nudge of the markers keeps both visible.
        const dy = (k - (series.length - 1) / 2) * 3;
        return [
          line(pts, s.colour, s.dash, 1.6, 'step-after'),
          Plot.dot(pts, {
            x: 'x',
            y: 'y',
            dy,
            r: 3.2,
            symbol: () => s.marker,
            fill: s.colour,
            stroke: 'white',
            strokeWidth: 0.6,
          }),
        ];
      }),
      legendMark(items),
    ],
  };
}
