import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { curvePoints, recipeCurvesSpec, recipeLegend, type RecipeCurve } from '../../../src/figures/practice/recipes';

const ramp = (n: number) => Float64Array.from({ length: n }, (_, k) => (k + 1) / n);
const curves: RecipeCurve[] = [
  { id: 'a', label: 'warmup + cosine', lrs: ramp(320), phases: [16], index: 0 },
  { id: 'b', label: '1cycle', lrs: ramp(320), phases: [95], index: 1 },
  { id: 'c', label: 'warmup–stable–decay', lrs: ramp(320), phases: [16, 288], index: 2 },
];

describe('schedule recipes figure', () => {
  it('thins long curves but keeps the first and the last update', () => {
    const pts = curvePoints(ramp(1001), 100);
    expect(pts.length).toBeLessThanOrEqual(102);
    expect(pts[0]).toEqual({ x: 0, y: 1 / 1001 });
    expect(pts[pts.length - 1]).toEqual({ x: 1000, y: 1 });
    expect(curvePoints(ramp(5))).toHaveLength(5);
    expect(curvePoints([])).toEqual([]);
  });

  it('gives each recipe its own colour and dash in the legend', () => {
    const items = recipeLegend(curves);
    expect(items.map((i) => i.label)).toEqual(['warmup + cosine', '1cycle', 'warmup–stable–decay']);
    expect(new Set(items.map((i) => i.colour)).size).toBe(3);
    expect(new Set(items.map((i) => i.dash)).size).toBe(3);
  });

  it('renders one line per recipe and a dot at every phase boundary', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const fig = Plot.plot({ ...recipeCurvesSpec(curves), document }) as unknown as Element;
    expect(fig.tagName.toLowerCase()).toBe('svg');
    expect(fig.querySelectorAll('g[aria-label="line"]').length).toBe(3);
    expect(fig.querySelectorAll('g[aria-label="dot"] circle').length).toBe(4);
    expect(fig.textContent).toContain('Learning rate');
  });
});
