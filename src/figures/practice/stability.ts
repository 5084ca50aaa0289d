/**
 * The stability limit on a learning-rate sweep: for full-batch runs started right next to
 * the minimum, how far from the minimum each run is after its updates, against the rate
 * (both log). Below the limit the distance collapses to rounding error; above it the run
 * is thrown out. Each predicted limit is a labelled vertical rule in its series' colour
 * and dash, so the reader can see the cliff sit on the prediction.
 */
import * as Plot from '@observablehq/plot';
import { legendMark, type LegendItem } from '../legend';
import { lrFrame } from './lr-frame';
import { OPTIMIZER_STYLE, type OptimizerKey } from '../palette';
import { decadeLabel, decades } from '../ticks';

/** One optimizer's sweep: distance from the minimum after the run, per rate (non-finite: diverged). */
export interface LimitSweepSeries {
  label: string;
  lrs: ArrayLike<number>;
  distance: ArrayLike<number>;
  /** The optimizer (its colour and dash everywhere on the site). */
  optimizer: OptimizerKey;
  /** The predicted limit for this series, drawn as a rule. */
  limit: number;
  /** Label of the limit, e.g. "2/λmax". */
  limitLabel: string;
}

export interface LimitSweepOptions {
  width?: number;
  height?: number;
  document?: Document;
}

/** Distances below this are drawn on the floor: the run has converged to rounding error. */
export const CONVERGED = 1e-12;
/** Distances above this (or not finite) are drawn on the ceiling: the run has left the picture. */
export const ESCAPED = 1;

/** Decades, or 1-2-5 steps when the range spans fewer than three decades. */
export function logTicks(values: number[]): number[] {
  const d = decades(values);
  if (d.length >= 3) return d;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(Number.isFinite(v) && v > 0)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi >= lo)) return d;
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number(`${m}e${e}`);
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

interface Row {
  label: string;
  lr: number;
  d: number;
  kind: 'converged' | 'between' | 'escaped';
}

/** Plot rows: each distance clamped to [CONVERGED, ESCAPED], with where it was clamped. */
export function limitSweepRows(series: LimitSweepSeries[]): Row[] {
  const rows: Row[] = [];
  for (const s of series) {
    for (let i = 0; i < s.lrs.length; i++) {
      const d = s.distance[i];
      const kind = !(d <= ESCAPED) ? 'escaped' : d < CONVERGED ? 'converged' : 'between';
      rows.push({ label: s.label, lr: s.lrs[i], d: kind === 'escaped' ? ESCAPED : Math.max(d, CONVERGED), kind });
    }
  }
  return rows;
}

/** For each series, the smallest swept rate whose run ended farther than `start` from the minimum (null: none). */
export function firstUnstable(series: LimitSweepSeries[], start: number): (number | null)[] {
  return series.map((s) => {
    for (let i = 0; i < s.lrs.length; i++) if (!(s.distance[i] <= start)) return s.lrs[i];
    return null;
  });
}

/** Plot options of the limit sweep. */
export function limitSweepSpec(series: LimitSweepSeries[], options: LimitSweepOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 640;
  const narrow = width < 480;
  const rows = limitSweepRows(series);
  const items: LegendItem[] = series.map((s) => ({
    label: s.label,
    colour: OPTIMIZER_STYLE[s.optimizer].colour,
    dash: OPTIMIZER_STYLE[s.optimizer].dash,
  }));
  const marginLeft = narrow ? 52 : 62;
  const lrs = rows.map((r) => r.lr);
  return {
    ...lrFrame({
      document: options.document,
      width,
      height: options.height,
      narrow,
      marginLeft,
      items,
      ticks: logTicks(lrs),
      tickFormat: (v: number) => (v >= 0.001 ? String(v) : decadeLabel(v)),
    }),
    y: {
      type: 'log',
      domain: [CONVERGED, ESCAPED],
      ticks: [1e-12, 1e-9, 1e-6, 1e-3, 1],
      tickFormat: (v: number) => (v === 1 ? '1' : v.toExponential(0).replace('e-', 'e−')),
      label: narrow ? 'Final distance to minimum' : 'Distance from the minimum at the end (log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
    },
    marks: [
      ...series.flatMap((s, k) => [
        Plot.ruleX([s.limit], {
          stroke: OPTIMIZER_STYLE[s.optimizer].colour,
          strokeWidth: 1.5,
          strokeDasharray: '5 3',
        }),
        // Each label left of its rule, at its own height, so neither runs off a phone-width chart.
        Plot.text([s.limit], {
          x: (d: number) => d,
          y: k % 2 === 0 ? 1e-5 : 1e-9,
          text: () => s.limitLabel,
          textAnchor: 'end',
          dx: -5,
          fill: 'currentColor',
          stroke: 'var(--bg, white)',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ]),
      ...series.map((s) =>
        Plot.line(
          rows.filter((r) => r.label === s.label),
          {
            x: 'lr',
            y: 'd',
            stroke: OPTIMIZER_STYLE[s.optimizer].colour,
            strokeDasharray: OPTIMIZER_STYLE[s.optimizer].dash || undefined,
            strokeWidth: 1.8,
          },
        ),
      ),
      ...series.map((s) =>
        Plot.dot(
          rows.filter((r) => r.label === s.label),
          {
            x: 'lr',
            y: 'd',
            r: 2.5,
            fill: OPTIMIZER_STYLE[s.optimizer].colour,
            symbol: (r: Row) => (r.kind === 'escaped' ? 'times' : 'circle'),
            title: (r: Row) =>
              `${r.label}\nlr ${r.lr.toPrecision(3)}\n${r.kind === 'escaped' ? 'left the picture' : `distance ${r.d.toExponential(1)}`}`,
          },
        ),
      ),
      legendMark(items),
    ],
  };
}
