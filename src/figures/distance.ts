/**
 * Distance from the target per update (figure 9's lower panel): how far each run is
 * from the true semi-axes after every update, on a log axis, one line per run in its
 * style (the ordered learning-rate scale), with the "settled" radius drawn as a rule and
 * each run's marker where it enters that radius for good. It makes the prose's claim
 * about which rate settles first visible; runs that never settle say so in the legend.
 */
import * as Plot from '@observablehq/plot';
import type { FigureOptions, RunSeries, WPoint } from './types';
import { legendMark, runLegend } from './legend';
import { lineChartFrame } from './lineCharts';
import { markerPath, seriesStyle } from './palette';
import { decadeLabel, decades } from './ticks';

export interface DistanceInput {
  runs: RunSeries[];
  target: WPoint;
  /** Radius within which a run counts as settled (the prose's 0.01). */
  radius: number;
  /** Per run: the 1-based update from which it stays within `radius` (> length: never). */
  settledAt: number[];
}

/** Points kept per run: every other update of an 800-update run (the chart is 600 units wide). */
const MAX_POINTS = 400;

/** The legend label of a run: its label and when it settles. */
export function settleLabel(label: string, settledAt: number, length: number): string {
  return settledAt > length ? `${label}, not settled` : `${label}, settled at ${settledAt.toLocaleString('en-US')}`;
}

/** Distance of every update of a run from the target (NaN once it has diverged). */
export function distances(run: RunSeries, target: WPoint): Float64Array {
  const t = run.trace;
  const d = new Float64Array(t.length);
  for (let k = 0; k < t.length; k++) d[k] = Math.hypot(t.wa[k] - target.wa, t.wb[k] - target.wb);
  return d;
}

/** Plot options of the distance chart. */
export function distanceSpec(input: DistanceInput, options: FigureOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 680;
  const labelled = input.runs.map((r, k) => ({
    ...r,
    label: settleLabel(r.label, input.settledAt[k], r.trace.length),
  }));
  const items = runLegend(labelled, { dash: true, marker: true });
  let updates = 1;
  for (const r of input.runs) updates = Math.max(updates, r.trace.length);
  const series = input.runs.map((r) => {
    const d = distances(r, input.target);
    const stride = Math.max(1, Math.ceil(d.length / MAX_POINTS));
    const pts: { x: number; y: number }[] = [];
    for (let k = 0; k < d.length; k += stride) pts.push({ x: k + 1, y: d[k] > 0 ? d[k] : NaN });
    if (d.length > 0 && (d.length - 1) % stride !== 0) pts.push({ x: d.length, y: d[d.length - 1] });
    return { d, pts };
  });
  const ys = series.flatMap((s) => s.pts.map((p) => p.y)).concat(input.radius);
  const order = input.runs
    .map((_, k) => k)
    .sort((a, b) => seriesStyle(input.runs[a]).layer - seriesStyle(input.runs[b]).layer);
  // The marker of each settled run, where it enters the radius for good.
  const settleMarks: Plot.RenderFunction = (_i, scales, _v, _d, context) => {
    const doc = context.document;
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('aria-label', 'settled');
    const sx = scales.x as (v: number) => number;
    const sy = scales.y as (v: number) => number;
    // Markers closer than a marker's width (0.001 and 0.01 settle 6 updates apart) are
    // stacked below the line, each with a short leader to its point, so none hides another.
    const placed: number[] = [];
    const settled = input.runs
      .map((r, k) => ({ r, at: input.settledAt[k] }))
      .filter(({ r, at }) => at >= 1 && at <= r.trace.length)
      .sort((a, b) => a.at - b.at);
    for (const { r, at } of settled) {
      const s = seriesStyle(r);
      const x = sx(at);
      const y = sy(input.radius);
      const level = placed.filter((px) => Math.abs(px - x) < 12).length;
      placed.push(x);
      const dy = level * 14;
      if (dy > 0) {
        const lead = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
        lead.setAttribute('d', `M${x.toFixed(1)},${y.toFixed(1)}V${(y + dy).toFixed(1)}`);
        lead.setAttribute('stroke', s.colour);
        lead.setAttribute('stroke-width', '1');
        g.appendChild(lead);
      }
      const p = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
      p.setAttribute('d', markerPath(s.marker, 5.5));
      p.setAttribute('fill', s.colour);
      p.setAttribute('stroke', 'var(--bg, white)');
      p.setAttribute('stroke-width', '1.2');
      p.setAttribute('data-settled', String(at));
      p.setAttribute('transform', `translate(${x.toFixed(1)},${(y + dy).toFixed(1)})`);
      g.appendChild(p);
    }
    return g;
  };
  return {
    ...lineChartFrame(width, items),
    height: width < 500 ? 300 : 320,
    x: { domain: [0, updates], label: 'Update', labelAnchor: 'center', labelArrow: 'none', ticks: width < 500 ? 4 : 8 },
    y: {
      type: 'log',
      label: 'Distance from the target (log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: decades(ys),
      tickFormat: decadeLabel,
    },
    marks: [
      Plot.ruleY([input.radius], { stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '3 3' }),
      Plot.text([input.radius], {
        y: (v: number) => v,
        // At the left, where every run is still far out: no line crosses the label there.
        frameAnchor: 'left',
        dx: 6,
        dy: -8,
        text: () => `settled: within ${input.radius}`,
        fill: 'currentColor',
        textAnchor: 'start',
      }),
      ...order.map((k) => {
        const s = seriesStyle(input.runs[k]);
        return Plot.line(series[k].pts, {
          x: 'x',
          y: 'y',
          stroke: s.colour,
          strokeWidth: 1.4,
          strokeDasharray: s.dash || undefined,
        });
      }),
      settleMarks,
      legendMark(items),
    ],
  };
}
