/** A run that leaves the frame gets an arrow on the edge with its final value; labels keep clear of paths. */
import { describe, expect, it } from 'vitest';
import { offChart } from '../../../src/figures/contour/offchart';
import { bestSide } from '../../../src/figures/contour/point-labels';
import { renderSvg, serverOptions } from '../../../src/figures/render/server';
import { contourPathsSpec } from '../../../src/figures/contourPaths';
import { bowl, fakeTrace } from '../fixtures';

const frame = { width: 400, height: 300, marginLeft: 50, marginRight: 50, marginTop: 20, marginBottom: 30 };

describe('off-chart marker', () => {
  it('is absent for a run that ends inside the frame', () => {
    expect(offChart(1, 1, 200, 150, frame)).toBeNull();
  });

  it('sits on the edge, points outwards and carries the final value', () => {
    const m = offChart(11.8, 0.97, 2000, 150, frame);
    expect(m).not.toBeNull();
    expect(m!.x).toBeLessThanOrEqual(350);
    expect(m!.x).toBeGreaterThan(330);
    expect(m!.dx).toBeCloseTo(1);
    expect(m!.label).toContain('Wa 11.8');
  });

  it('is drawn by the contour figure for a run that leaves its view', () => {
    const run = {
      id: 'far',
      label: 'lr 0.146',
      index: 0,
      trace: fakeTrace(50, (k) => [0.1 + k * 0.25, 1.8 - k * 0.01]),
    };
    const svg = renderSvg(
      contourPathsSpec(
        {
          runs: [run],
          landscape: bowl(0, 4, -0.5, 3.5, 10, 10),
          domain: { waMin: 0, waMax: 4, wbMin: -0.5, wbMax: 3.5 },
          start: { wa: 0.1, wb: 1.8 },
          target: { wa: 1.26, wb: 1.23 },
        },
        { ...serverOptions('off'), animate: false },
      ),
    );
    expect(svg).toContain('data-offchart');
    expect(svg).toMatch(/off chart: Wa 12\.6, Wb 1\.3/);
  });
});

describe('point labels', () => {
  it('move off the side a path crosses', () => {
    // A path running straight down through the space above the point (x 100, y 60 … 100).
    const above = Array.from({ length: 20 }, (_, k) => [100, 80 + k] as [number, number]);
    expect(bestSide('Target', 100, 100, above)).not.toBe(0);
    expect(bestSide('Target', 100, 100, [])).toBe(0);
  });
});
