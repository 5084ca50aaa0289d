/**
 * Figure 9's lower panel (issue 10 item 10: "0.01 does best" was in no figure): each run's
 * distance from the target per update on a log axis, in its learning-rate colour, with a
 * marker where it settles and the runs that never settle named as such.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { distances, distanceSpec, settleLabel } from '../../src/figures/distance';
import { buildFigure } from '../../src/experiments/figures';
import { settledAt } from '../../src/experiments/values';
import { lrColour, runStyle } from '../../src/figures/palette';
import { approachRun } from './fixtures';

const target = { wa: 1, wb: 1 };

describe('distance-per-update chart', () => {
  it('measures each update’s distance from the target', () => {
    const run = { ...approachRun('a', 0, 40, 10), label: 'a' };
    const d = distances(run, target);
    expect(d).toHaveLength(run.trace.length);
    expect(d[3]).toBeCloseTo(Math.hypot(run.trace.wa[3] - 1, run.trace.wb[3] - 1), 12);
  });

  it('names when a run settles, or that it does not', () => {
    expect(settleLabel('lr 0.01', 243, 800)).toBe('lr 0.01, settled at 243');
    expect(settleLabel('lr 0.012', 801, 800)).toBe('lr 0.012, not settled');
  });

  it('draws one log-scale line per run in its style and a marker only for runs that settle', () => {
    const runs = [0.01, 0.001].map((lr, k) => ({
      ...approachRun(String(k), k, 60, 10 + k),
      label: `lr ${lr}`,
      meta: { optimizer: 'sgdm' as const, lr, colourBy: 'lr' as const },
    }));
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = Plot.plot({
      ...distanceSpec({ runs, target, radius: 0.01, settledAt: [30, 61] }, { width: 340 }),
      document,
    }) as unknown as Element;
    const lines = Array.from(svg.querySelectorAll('g[aria-label="line"]')).map((g) => g.getAttribute('stroke'));
    expect(lines).toEqual(expect.arrayContaining([lrColour(0.01), lrColour(0.001)]));
    const marks = svg.querySelectorAll('[data-settled]');
    expect(marks).toHaveLength(1);
    expect(marks[0].getAttribute('fill')).toBe(runStyle(runs[0].meta).colour);
    expect(svg.textContent).toContain('lr 0.001, not settled');
    expect(svg.textContent).toContain('Distance from the target');
  });

  it('is figure 9’s second panel, quoting the same settledAt numbers as the prose', () => {
    const f = buildFigure(9);
    expect(f.panel).toBeDefined();
    for (const r of f.runs) {
      const at = settledAt(r.trace);
      expect(f.panel!.svg).toContain(settleLabel(r.label, at, r.trace.length));
      expect(f.panel!.description).toContain(settleLabel(r.label, at, r.trace.length));
      if (at <= r.trace.length) expect(f.panel!.svg).toContain(`data-settled="${at}"`);
    }
    expect(buildFigure(14).panel).toBeUndefined();
  });
});
