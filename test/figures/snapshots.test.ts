/**
 * Snapshot of every figure kind, rendered on the server from small hand-made inputs
 * (numbers rounded to 3 decimals, raster fills reduced to their size: see normaliseSvg).
 * A change here is a visible change of a figure: review the diff, then `vitest -u`.
 */
import { describe, expect, it } from 'vitest';
import { renderSvg, serverOptions } from '../../src/figures/render/server';
import { stepSizeSpec, gradientSpec, learningRateSpec } from '../../src/figures/lineCharts';
import { arrowsSpec } from '../../src/figures/arrows';
import { contourPathsSpec } from '../../src/figures/contourPaths';
import { orbitFitSpec } from '../../src/figures/orbitFit';
import { approachRun, bowl, fakeTrace, normaliseSvg } from './fixtures';

const runs = [approachRun('a', 0, 120, 20), approachRun('b', 1, 80, 10), approachRun('c', 2, 60, 30)];
const opts = serverOptions('snap');
const snap = (name: string, svg: string) =>
  expect(normaliseSvg(svg)).toMatchFileSnapshot(`__snapshots__/${name}.svg.txt`);

describe('figure snapshots', () => {
  it('step-size chart', async () => {
    await snap('step-size', renderSvg(stepSizeSpec({ runs, maxUpdate: 100 }, opts)));
  });

  it('arrows on contour', async () => {
    const domain = { waMin: 0, waMax: 0.5, wbMin: 1.5, wbMax: 2 };
    await snap(
      'arrows',
      renderSvg(
        arrowsSpec(
          { runs, landscape: bowl(0, 0.5, 1.5, 2, 20, 20), domain, start: { wa: 0.1, wb: 1.8 }, updates: 4 },
          opts,
        ),
      ),
    );
  });

  it('paths on contour (animated)', async () => {
    const domain = { waMin: 0, waMax: 2, wbMin: 0.25, wbMax: 2.25 };
    const spec = contourPathsSpec(
      {
        runs,
        landscape: bowl(0, 2, 0.25, 2.25, 20, 20),
        domain,
        start: { wa: 0.1, wb: 1.8 },
        target: { wa: 1.2618, wb: 1.2344 },
      },
      { ...opts, width: 480 },
    );
    await snap('contour-paths', renderSvg(spec));
  });

  it('orbit fit', async () => {
    const x = Array.from({ length: 32 }, (_, i) => -1.5237 + (2.5237 * i) / 31);
    const y = x.map((v) => 1.234378 * Math.sqrt(Math.max(0, 1 - (v + 0.26185) ** 2 / 1.261845 ** 2)));
    const spec = orbitFitSpec(
      {
        x,
        y,
        a: 1.261845,
        b: 1.234378,
        c: 0.26185,
        wa: 3.338,
        wb: 0.997,
        lr: 0.012,
        epochs: 100,
        optimizerLabel: 'SGD with momentum',
      },
      opts,
    );
    await snap('orbit-fit', renderSvg(spec));
  });

  it('gradient chart', async () => {
    const run = { id: 'g', label: 'g', index: 1, trace: fakeTrace(60, (k) => [k, k]) };
    await snap('gradients', renderSvg(gradientSpec({ run, from: 5, to: 50 }, opts)));
  });

  it('learning-rate chart', async () => {
    const step = (g: number, ms: number[]) => (k: number) => 0.12 * g ** ms.filter((m) => m <= k).length;
    const lrRuns = [
      { id: 'm8', label: 'γ 0.8', index: 2, trace: fakeTrace(30, () => [0, 0], step(0.8, [4, 8, 10, 12])) },
      { id: 'm5', label: 'γ 0.5', index: 3, trace: fakeTrace(30, () => [0, 0], step(0.5, [5, 10, 15, 20])) },
    ];
    await snap('learning-rate', renderSvg(learningRateSpec({ runs: lrRuns, updates: 30 }, opts)));
  });
});
