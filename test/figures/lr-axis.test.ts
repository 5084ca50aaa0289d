/**
 * The learning-rate-per-update charts share one y axis (lr-axis.ts): headroom over the
 * largest rate, so a constant rate is not hidden on the frame's top edge (the playground),
 * and a log axis where the rates span more than a decade, so each ×γ drop of MultiStepLR
 * is an equal step (figure 14's strip), labelled in plain numbers.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { lrYScale } from '../../src/figures/lr-axis';
import { lrCurveSpec } from '../../src/figures/run-curves';
import { schedulerExplorerSpec } from '../../src/figures/scheduler-explorer';
import { learningRateSpec } from '../../src/figures/lineCharts';
import { recipeCurvesSpec } from '../../src/figures/practice/recipes';
import type { RunSeries } from '../../src/figures/types';
import { fakeTrace } from './fixtures';

/** Figure 14's MultiStepLR: 0.12, ×γ at updates 5, 10, 15, 20 (the γ 0.5 run ends at 0.0075). */
const multistep = (g: number) => (k: number) => 0.12 * g ** [5, 10, 15, 20].filter((m) => m <= k).length;
const run = (id: string, index: number, lr: (k: number) => number, n = 200): RunSeries => ({
  id,
  label: id,
  index,
  trace: fakeTrace(n, () => [0, 0], lr),
});
/** Figure 14's four runs (0.01 and 0.12 fixed, MultiStepLR γ 0.8 and 0.5). */
const figure14 = [
  run('0.01', 0, () => 0.01),
  run('0.12', 1, () => 0.12),
  run('γ0.8', 2, multistep(0.8)),
  run('γ0.5', 3, multistep(0.5)),
];

/** The plotted chart and its y scale (SVG units; y grows downwards). */
function plotted(spec: Plot.PlotOptions) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const fig = Plot.plot({ ...spec, document }) as unknown as Element & { scale(n: 'y'): Plot.Scale };
  const y = fig.scale('y');
  const top = Math.min(...(y.range as number[]));
  return { fig, y: (v: number) => y.apply(v) as number, top, type: y.type };
}

describe('the learning-rate axis', () => {
  it('leaves room above the largest rate on a linear axis, and picks log only past a decade of all-positive rates', () => {
    expect(lrYScale([0.01, 0.01, 0.01])).toEqual({ type: 'linear', domain: [0, 0.01 * 1.08] });
    expect(lrYScale([0.12, 0.0075]).type).toBe('log');
    expect(lrYScale([0.12, 0.0129]).type).toBe('linear');
    // A zero (a warmup from 0, a cosine to 0) cannot sit on a log axis: stay linear.
    expect(lrYScale([0, 0.001, 0.1]).type).toBe('linear');
    // Forced log: a constant rate gets a tenth of a decade each side; wide spans get whole decades.
    expect(lrYScale([0.1, 0.1], true).domain).toEqual([0.1 / 1.26, 0.1 * 1.26]);
    expect(lrYScale([1e-6, 0.1]).ticks).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1]);
    expect(lrYScale([NaN, Infinity]).type).toBe('linear');
  });

  it('shows figure 14’s MultiStepLR drops as equal steps on a log axis with plain-number ticks', () => {
    const spec = lrCurveSpec(figure14, { width: 330, height: 190 });
    const { fig, y, top, type } = plotted(spec);
    expect(type).toBe('log');
    // Each ×0.5 drop is the same height on the chart (it was 1/2, 1/4, 1/8 … of the first on a linear axis).
    const drops = [0.12, 0.06, 0.03, 0.015, 0.0075].map(y);
    const steps = drops.slice(1).map((v, k) => v - drops[k]);
    for (const s of steps) expect(s).toBeCloseTo(steps[0], 6);
    expect(steps[0]).toBeGreaterThan(15);
    // Ticks written as numbers, never SI prefixes ("10m", "50m").
    const ticks = [...fig.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0.01', '0.02', '0.05', '0.1']);
    expect(fig.textContent).toContain('Learning rate (log scale)');
    // Headroom: the fixed 0.12 line is clear of the top edge.
    expect(y(0.12) - top).toBeGreaterThan(5);
  });

  it('draws a constant rate clear of the top edge in every learning-rate-per-update chart', () => {
    const constant = [run('you', 0, () => 0.01, 400)];
    const lrs = Array.from({ length: 30 }, () => 0.12);
    const charts: [string, Plot.PlotOptions, number][] = [
      ['playground / player strip', lrCurveSpec(constant, { width: 560, height: 300 }), 0.01],
      ['demo timeline', schedulerExplorerSpec({ type: 'constant' }, lrs), 0.12],
      ['explorer, log box ticked', schedulerExplorerSpec({ type: 'constant' }, lrs, { logY: true }), 0.12],
      ['figure 15', learningRateSpec({ runs: [run('c', 0, () => 0.12, 30)], updates: 30 }), 0.12],
      ['recipes', recipeCurvesSpec([{ id: 'r', label: 'r', lrs: new Float64Array(50).fill(0.1), index: 0 }]), 0.1],
    ];
    for (const [name, spec, lr] of charts) {
      const { y, top } = plotted(spec);
      expect({ name, clear: y(lr) - top > 5 }).toEqual({ name, clear: true });
    }
  });

  it('keeps the explorer’s log box in charge, and the demos’ schedule charts log past a decade', () => {
    const lrs = Array.from({ length: 30 }, (_, k) => multistep(0.5)(k));
    expect(schedulerExplorerSpec({ type: 'MultiStepLR' }, lrs).y?.type).toBe('log');
    expect(schedulerExplorerSpec({ type: 'MultiStepLR' }, lrs, { logY: false }).y?.type).toBe('linear');
    expect(
      schedulerExplorerSpec(
        { type: 'MultiStepLR' },
        lrs.map((v) => v * 0 + 0.1),
        { logY: true },
      ).y?.type,
    ).toBe('log');
  });
});
