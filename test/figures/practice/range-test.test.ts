import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import {
  lossDomain,
  rangeTestLegend,
  rangeTestSpec,
  smoothedAt,
  SUGGESTION_STYLE,
  suggestionColour,
  type RangeTestView,
} from '../../../src/figures/practice/range-test';

const lrs = [0.001, 0.01, 0.1, 1, 2];
const view: RangeTestView = {
  lrs,
  losses: [0.3, 0.22, NaN, 0.05, 5],
  smoothed: [0.25, 0.2, 0.15, 0.06, 0.3],
  stoppedEarly: true,
  suggestions: [
    { rule: 'steep', lr: 0.01 },
    { rule: 'minimum', lr: 0.1 },
    { rule: 'valley', lr: null },
  ],
};

function render(v: RangeTestView, width = 640): Element {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return Plot.plot({ ...rangeTestSpec(v, { width }), document }) as unknown as Element;
}

describe('LR range test figure', () => {
  it('reads the smoothed loss at the rate nearest in log terms, skipping NaN', () => {
    expect(smoothedAt(view, 0.012)).toBe(0.2);
    expect(smoothedAt(view, 0.5)).toBe(0.06);
    expect(smoothedAt({ ...view, smoothed: [NaN, 0.2, 0.15, 0.06, 0.3] }, 0.0011)).toBe(0.2);
  });

  it('fits the y range to the smoothed curve with a margin, so the raw spikes cannot flatten it', () => {
    const [lo, hi] = lossDomain(view);
    expect(lo).toBeLessThan(0.06);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeGreaterThan(0.3);
    expect(hi).toBeLessThan(0.4);
    // A curve with no finite point still gets a usable range.
    expect(lossDomain({ ...view, smoothed: [NaN, NaN] })).toEqual([0, 1]);
  });

  it('lists in the legend only the rules that found a rate, each in its own style', () => {
    const labels = rangeTestLegend(view).map((i) => i.label);
    expect(labels).toEqual(['smoothed loss', 'mini-batch loss', 'steepest slope', 'minimum ÷ 10']);
    const styles = Object.values(SUGGESTION_STYLE);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(styles.length);
    // Colour is the rate's own on the ordered learning-rate scale: a larger rate, a different colour.
    const colours = rangeTestLegend(view)
      .slice(2)
      .map((i) => i.colour);
    expect(colours).toEqual([suggestionColour(0.01), suggestionColour(0.1)]);
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('renders an SVG with a log rate axis, one marker per found suggestion and the stop note', () => {
    const fig = render(view);
    expect(fig.tagName.toLowerCase()).toBe('svg');
    expect(fig.outerHTML).toContain('Learning rate (log scale)');
    const ticks = Array.from(fig.querySelectorAll('g[aria-label="x-axis tick label"] text'), (t) => t.textContent);
    expect(ticks).toEqual(['0.001', '0.01', '0.1', '1']);
    const rules = Array.from(fig.querySelectorAll('[data-rule]'), (m) => m.getAttribute('data-rule'));
    expect(rules).toEqual(['steep', 'minimum']);
    expect(fig.textContent).toContain('stopped: loss blew up');
    expect(render({ ...view, stoppedEarly: false }).textContent).not.toContain('stopped');
  });

  it('keeps every raw loss inside the plot, clamping spikes to its edge', () => {
    const fig = render(view);
    const [, hi] = lossDomain(view);
    const height = Number(fig.getAttribute('height'));
    const raw = fig.querySelectorAll('g[aria-label="line"] path')[0].getAttribute('d') ?? '';
    const ys =
      raw
        .match(/-?\d+(\.\d+)?/g)
        ?.filter((_, i) => i % 2 === 1)
        .map(Number) ?? [];
    expect(ys.length).toBeGreaterThan(0);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height);
    expect(hi).toBeLessThan(5);
  });

  it('thins the rate ticks on a phone-width drawing', () => {
    const wide = {
      ...view,
      lrs: [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10],
      losses: new Array(7).fill(0.2),
      smoothed: [0.3, 0.25, 0.2, 0.15, 0.1, 0.2, 0.5],
    };
    const count = (w: number) => render(wide, w).querySelectorAll('g[aria-label="x-axis tick label"] text').length;
    expect(count(640)).toBe(7);
    expect(count(360)).toBeLessThan(7);
  });
});
