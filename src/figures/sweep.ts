/**
 * Learning-rate sweep: the loss each optimizer reaches after its epochs, against the
 * learning rate on a log axis. Runs that diverge (loss not finite) are drawn as crosses
 * on a "diverged" line above the finite values, so they stay visible and honest.
 */
import * as Plot from '@observablehq/plot';
import { OPTIMIZER_STYLE, runStyle, type OptimizerKey } from './palette';
import { legendHeight, legendMark, type LegendItem } from './legend';
import { decadeLabel, decades } from './ticks';

/** One optimizer's sweep: final loss per learning rate (non-finite = diverged). */
export interface SweepSeries {
  /** Optimizer type, e.g. "sgd". */
  type: string;
  /** Legend label, e.g. "SGD momentum 0.9". */
  label: string;
  lrs: ArrayLike<number>;
  finalLoss: ArrayLike<number>;
}

/**
 * Default width of the sweep chart: one SVG for every screen, its 12-unit text still about
 * 10.7 CSS px on a 390 px phone; a wide screen shows it at most 480 px wide (article.css).
 */
export const SWEEP_WIDTH = 400;

export interface SweepSpecOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** Highlighted learning rate (the one the reader last picked), drawn as a rule. */
  markLr?: number | null;
}

interface SweepPoint {
  label: string;
  lr: number;
  loss: number;
  diverged: boolean;
}

/**
 * Final losses above this are drawn on the "diverged" line too: the data's own MSE at
 * the start is about 0.26, so a run that ends above 10 has blown up even if the number
 * is still finite (such losses reach 1e30 and would flatten everything else).
 */
export const BLOWN_UP = 10;

/** Flattens series into plot rows; diverged rows get the ceiling value. */
export function sweepRows(series: SweepSeries[]): { rows: SweepPoint[]; ceiling: number; floor: number } {
  let hi = 0;
  let lo = Infinity;
  for (const s of series) {
    for (let i = 0; i < s.finalLoss.length; i++) {
      const l = s.finalLoss[i];
      if (Number.isFinite(l) && l > 0 && l <= BLOWN_UP) {
        hi = Math.max(hi, l);
        lo = Math.min(lo, l);
      }
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 1e-4;
    hi = 1;
  }
  // A decade above the worst finite loss: the diverged line sits clear of real values.
  const ceiling = 10 ** Math.ceil(Math.log10(hi) + 0.5);
  const floor = 10 ** Math.floor(Math.log10(lo));
  const rows: SweepPoint[] = [];
  for (const s of series) {
    for (let i = 0; i < s.lrs.length; i++) {
      const l = s.finalLoss[i];
      const diverged = !(l <= BLOWN_UP);
      rows.push({ label: s.label, lr: s.lrs[i], loss: diverged ? ceiling : Math.max(l, floor), diverged });
    }
  }
  return { rows, ceiling, floor };
}

/** Plot options of the sweep figure. */
export function sweepSpec(series: SweepSeries[], opts: SweepSpecOptions = {}): Plot.PlotOptions {
  const { rows, ceiling, floor } = sweepRows(series);
  const labels = series.map((s) => s.label);
  const finite = rows.filter((r) => !r.diverged);
  const diverged = rows.filter((r) => r.diverged);
  const width = opts.width ?? SWEEP_WIDTH;
  const lrMin = rows.reduce((m, r) => Math.min(m, r.lr), Infinity);
  const lrMax = rows.reduce((m, r) => Math.max(m, r.lr), -Infinity);
  // Each optimizer in its own colour, dash and marker, as in figures 1 to 3.
  const styles = series.map((s) =>
    runStyle({ optimizer: s.type in OPTIMIZER_STYLE ? (s.type as OptimizerKey) : 'sgd' }),
  );
  const items: LegendItem[] = labels.map((label, i) => ({ label, colour: styles[i].colour, dash: styles[i].dash }));
  return {
    document: opts.document,
    width,
    height: opts.height ?? 380,
    style: { fontSize: '12px' },
    marginLeft: 60,
    marginRight: 20,
    marginBottom: 42,
    // An SVG legend (not Plot's HTML one) so the build-time SVG carries it too. The axis
    // labels sit beside the axes, as in the other line charts, so none can cover it.
    marginTop: 24 + legendHeight(items, width - 68),
    x: {
      type: 'log',
      label: 'Learning rate (log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: decades([lrMin, lrMax]),
      tickFormat: decadeLabel,
    },
    y: {
      type: 'log',
      ticks: decades([floor, ceiling * 1.5]),
      tickFormat: decadeLabel,
      label: 'Final loss, MSE (log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      domain: [floor, ceiling * 1.5],
      grid: true,
    },
    color: { domain: labels, range: styles.map((s) => s.colour) },
    marks: [
      Plot.ruleY([ceiling], { stroke: 'currentColor', strokeOpacity: 0.3, strokeDasharray: '4 3' }),
      Plot.text([ceiling], {
        y: (d: number) => d,
        frameAnchor: 'left',
        dx: 4,
        dy: -8,
        text: () => `diverged (or final loss > ${BLOWN_UP})`,
        fill: 'currentColor',
        fillOpacity: 0.7,
      }),
      // One line per optimizer, each with its own dash so colour is not the only cue.
      ...labels.map((label, i) =>
        Plot.line(
          finite.filter((r) => r.label === label),
          {
            x: 'lr',
            y: 'loss',
            stroke: styles[i].colour,
            strokeDasharray: styles[i].dash || undefined,
            strokeWidth: 1.5,
          },
        ),
      ),
      Plot.dot(finite, {
        x: 'lr',
        y: 'loss',
        fill: 'label',
        r: 2,
        title: (d: SweepPoint) => `${d.label}\nlr ${d.lr.toPrecision(3)}\nfinal loss ${d.loss.toPrecision(4)}`,
      }),
      Plot.dot(diverged, {
        x: 'lr',
        y: 'loss',
        stroke: 'label',
        symbol: 'times',
        r: 3.5,
        title: (d: SweepPoint) => `${d.label}\nlr ${d.lr.toPrecision(3)}\ndiverged`,
      }),
      ...(opts.markLr != null && opts.markLr > 0
        ? [Plot.ruleX([opts.markLr], { stroke: 'currentColor', strokeOpacity: 0.5 })]
        : []),
      legendMark(items),
    ],
  };
}

/** `n` learning rates evenly spaced in log10 between `lo` and `hi`, inclusive. */
export function logSpace(lo: number, hi: number, n: number): number[] {
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return Array.from({ length: n }, (_, i) => 10 ** (n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}
