import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { logSpace, sweepRows, sweepSpec, type SweepSeries } from '../../src/figures/sweep';

const series: SweepSeries[] = [
  { type: 'sgd', label: 'SGD', lrs: [0.001, 0.01, 0.1], finalLoss: [0.02, 0.001, Infinity] },
  { type: 'adam', label: 'Adam', lrs: [0.001, 0.01, 0.1], finalLoss: [0.05, 0.002, 0.0004] },
];

describe('learning-rate sweep figure', () => {
  it('puts diverged runs on a line a decade above the worst finite loss', () => {
    const { rows, ceiling } = sweepRows(series);
    expect(ceiling).toBeGreaterThanOrEqual(0.05 * 10 ** 0.5);
    const div = rows.filter((r) => r.diverged);
    expect(div).toEqual([{ label: 'SGD', lr: 0.1, loss: ceiling, diverged: true }]);
  });

  it('draws a blown-up but finite final loss on the diverged line', () => {
    const { rows, ceiling } = sweepRows([{ type: 'sgd', label: 'SGD', lrs: [0.01, 1], finalLoss: [0.001, 3e30] }]);
    expect(ceiling).toBeLessThan(1);
    expect(rows[1]).toEqual({ label: 'SGD', lr: 1, loss: ceiling, diverged: true });
  });

  it('survives a sweep where every run diverged', () => {
    const { rows, ceiling } = sweepRows([{ type: 'sgd', label: 'SGD', lrs: [1, 2], finalLoss: [NaN, Infinity] }]);
    expect(rows.every((r) => r.diverged && r.loss === ceiling)).toBe(true);
  });

  it('renders at build time to SVG with a log learning-rate axis and one line per optimizer', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const fig = Plot.plot(sweepSpec(series, { document })) as unknown as Element;
    const html = fig.outerHTML;
    expect(html).toContain('<svg');
    expect(html).toContain('Learning rate (log scale)');
    // Decade ticks written as learning rates are written, not with SI prefixes.
    const ticks = Array.from(fig.querySelectorAll('g[aria-label="x-axis tick label"] text'), (t) => t.textContent);
    expect(ticks).toEqual(['0.001', '0.01', '0.1']);
    expect(html).toContain('diverged');
    expect(fig.querySelectorAll('g[aria-label="line"] path').length).toBe(2);
    // The legend is part of the SVG (the static build keeps only SVG).
    expect(fig.tagName.toLowerCase()).toBe('svg');
    expect(fig.querySelector('g[aria-label="legend"]')?.textContent).toContain('Adam');
  });

  it('spaces learning rates evenly in log10, ends included', () => {
    const lrs = logSpace(1e-4, 1, 5);
    expect(lrs.map((x) => Math.log10(x))).toEqual([-4, -3, -2, -1, 0].map((x) => expect.closeTo(x, 12)));
    expect(logSpace(1e-3, 1, 50)).toHaveLength(50);
  });
});
