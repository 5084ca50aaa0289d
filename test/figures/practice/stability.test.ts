import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import {
  CONVERGED,
  ESCAPED,
  firstUnstable,
  limitSweepRows,
  limitSweepSpec,
  logTicks,
  type LimitSweepSeries,
} from '../../../src/figures/practice/stability';

const series: LimitSweepSeries[] = [
  {
    label: 'gradient descent',
    lrs: [0.1, 0.3, 0.5, 0.7],
    distance: [1e-17, 1e-14, 2e-2, Infinity],
    optimizer: 'sgd',
    limit: 0.467,
    limitLabel: '2/λmax = 0.467',
  },
  {
    label: 'momentum 0.9',
    lrs: [0.1, 0.3, 0.5, 0.7],
    distance: [1e-13, 1e-13, 1e-13, 30],
    optimizer: 'sgdm',
    limit: 0.888,
    limitLabel: '2(1+β)/λmax = 0.888',
  },
];

function render(width = 640): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return Plot.plot({ ...limitSweepSpec(series, { width }), document }) as unknown as Element;
}

describe('stability limit sweep figure', () => {
  it('clamps distances to the floor (converged) and the ceiling (escaped or diverged)', () => {
    const rows = limitSweepRows(series);
    expect(rows[0]).toEqual({ label: 'gradient descent', lr: 0.1, d: CONVERGED, kind: 'converged' });
    expect(rows[2]).toMatchObject({ d: 2e-2, kind: 'between' });
    expect(rows[3]).toMatchObject({ d: ESCAPED, kind: 'escaped' });
    expect(rows[7]).toMatchObject({ d: ESCAPED, kind: 'escaped' });
  });

  it('finds the first rate whose run ends farther from the minimum than it started', () => {
    expect(firstUnstable(series, 1.4e-4)).toEqual([0.5, 0.7]);
    expect(firstUnstable([{ ...series[0], distance: [0, 0, 0, 0] }], 1e-4)).toEqual([null]);
  });

  it('ticks a short rate range at 1, 2 and 5 times powers of ten, a long one at decades', () => {
    expect(logTicks([0.11, 2.2])).toEqual([0.2, 0.5, 1, 2]);
    expect(logTicks([1e-4, 10])).toEqual([1e-4, 1e-3, 0.01, 0.1, 1, 10]);
  });

  it('draws each limit as a labelled rule, the runs as lines, and escaped runs as crosses', () => {
    const fig = render();
    expect(fig.tagName.toLowerCase()).toBe('svg');
    const text = fig.textContent ?? '';
    expect(text).toContain('2/λmax = 0.467');
    expect(text).toContain('2(1+β)/λmax = 0.888');
    expect(fig.querySelectorAll('g[aria-label="rule"]').length).toBe(2);
    expect(fig.querySelectorAll('g[aria-label="line"]').length).toBe(2);
    expect(fig.querySelector('g[aria-label="legend"]')?.textContent).toContain('momentum 0.9');
  });

  it('shortens the y-axis title on a phone-width drawing', () => {
    const title = (w: number) => render(w).querySelector('g[aria-label="y-axis label"]')?.textContent ?? '';
    expect(title(640)).toContain('log scale');
    expect(title(360).length).toBeLessThan(title(640).length);
  });
});
