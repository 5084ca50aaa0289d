/**
 * The stability limit: the analytic Hessian of the full-batch loss against finite
 * differences and the model's own gradient, the minimum, and full-batch SGD just below
 * and just above 2 / lambdaMax (and 2 (1 + beta) / lambdaMax with momentum).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../../src/core/config';
import { makeOrbitData } from '../../../src/core/data';
import { evalBatch, fullLoss, newBatchEval } from '../../../src/core/model';
import {
  eigenvalues2,
  fullBatchDerivatives,
  lossMinimum,
  momentumLimit,
  stabilityLimit,
} from '../../../src/core/practice/hessian';
import { train } from '../../../src/core/train';

const data = makeOrbitData(DEFAULT_CONFIG.data, DEFAULT_CONFIG.seed);
const limit = stabilityLimit();
const { wa: wa0, wb: wb0 } = limit.minimum;

describe('Hessian of the full-batch loss', () => {
  it('has the loss and gradient of the model itself (full-batch evalBatch and fullLoss)', () => {
    const idx = Int32Array.from({ length: data.n }, (_, i) => i);
    for (const [wa, wb] of [
      [1.2, 1.3],
      [wa0, wb0],
      [0.9, 1.0],
    ]) {
      const ev = newBatchEval();
      evalBatch(data, idx, 0, data.n, wa, wb, ev);
      const d = fullBatchDerivatives(data, wa, wb);
      expect(d.count).toBe(ev.count);
      expect(d.loss).toBeCloseTo(fullLoss(data, wa, wb), 14);
      expect(Math.abs(d.grad[0] - ev.dwa)).toBeLessThan(1e-12 * Math.max(1, Math.abs(ev.dwa)));
      expect(Math.abs(d.grad[1] - ev.dwb)).toBeLessThan(1e-12 * Math.max(1, Math.abs(ev.dwb)));
    }
  });

  it('matches central finite differences of the analytic gradient and of the loss at the minimum', () => {
    const d = fullBatchDerivatives(data, wa0, wb0);
    // Steps small enough that no point crosses the mask edge (the nearest is ~0.4 % away in Wa^2).
    const h = 1e-6;
    const g = (wa: number, wb: number): [number, number] => fullBatchDerivatives(data, wa, wb).grad;
    const fd = [
      [(g(wa0 + h, wb0)[0] - g(wa0 - h, wb0)[0]) / (2 * h), (g(wa0, wb0 + h)[0] - g(wa0, wb0 - h)[0]) / (2 * h)],
      [(g(wa0 + h, wb0)[1] - g(wa0 - h, wb0)[1]) / (2 * h), (g(wa0, wb0 + h)[1] - g(wa0, wb0 - h)[1]) / (2 * h)],
    ];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) expect(Math.abs(fd[i][j] / d.hessian[i][j] - 1), `H[${i}][${j}]`).toBeLessThan(1e-6);
    // Second differences of the loss itself (an independent route, coarser).
    const L = (wa: number, wb: number): number => fullLoss(data, wa, wb);
    const k = 1e-4;
    const faa = (L(wa0 + k, wb0) - 2 * L(wa0, wb0) + L(wa0 - k, wb0)) / (k * k);
    const fbb = (L(wa0, wb0 + k) - 2 * L(wa0, wb0) + L(wa0, wb0 - k)) / (k * k);
    const fab = (L(wa0 + k, wb0 + k) - L(wa0 + k, wb0 - k) - L(wa0 - k, wb0 + k) + L(wa0 - k, wb0 - k)) / (4 * k * k);
    expect(Math.abs(faa / d.hessian[0][0] - 1)).toBeLessThan(1e-3);
    expect(Math.abs(fbb / d.hessian[1][1] - 1)).toBeLessThan(1e-3);
    expect(Math.abs(fab / d.hessian[0][1] - 1)).toBeLessThan(1e-3);
  });

  it('finds the minimum by Newton from the published truth: zero gradient, positive definite Hessian', () => {
    const m = lossMinimum(data);
    expect(m.gradNorm).toBeLessThan(1e-14);
    expect(m.iterations).toBeLessThan(10);
    // The tutorial's stable runs end here (e.g. SGD lr 0.01, 160 epochs: 1.2611, 1.2324).
    expect(m.wa).toBeCloseTo(1.2612, 3);
    expect(m.wb).toBeCloseTo(1.2325, 3);
    expect(limit.lambdaMin).toBeGreaterThan(0);
    // No other point nearby is lower.
    for (const [da, db] of [
      [1e-3, 0],
      [-1e-3, 0],
      [0, 1e-3],
      [0, -1e-3],
    ])
      expect(fullLoss(data, wa0 + da, wb0 + db)).toBeGreaterThan(limit.loss);
  });

  it('gives lambdaMax of about 4.28, so plain GD is stable below lr 0.467 and momentum 0.9 below 0.888', () => {
    expect(limit.lambdaMax).toBeCloseTo(4.2808, 3);
    expect(limit.gdLimit).toBeCloseTo(2 / limit.lambdaMax, 15);
    expect(limit.gdLimit).toBeCloseTo(0.4672, 4);
    expect(momentumLimit(limit.lambdaMax, 0.9)).toBeCloseTo(0.8877, 4);
    const [hi, lo] = eigenvalues2([
      [2, 1],
      [1, 2],
    ]);
    expect([hi, lo]).toEqual([3, 1]);
  });
});

/** Full-batch SGD from just off the minimum; distance to the minimum per update. */
function fullBatchRun(lr: number, momentum: number): { start: number; end: number; max: number } {
  const c = resolveConfig({
    batchSize: data.n,
    epochs: 1500,
    init: { wa: wa0 + 1e-4, wb: wb0 + 1e-4 },
    optimizer: { type: 'sgd', lr, momentum },
  });
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  const t = train(c.value);
  expect(t.diverged).toBeNull();
  const dist = (wa: number, wb: number): number => Math.hypot(wa - wa0, wb - wb0);
  let max = 0;
  for (let i = 0; i < t.length; i++) max = Math.max(max, dist(t.wa[i], t.wb[i]));
  return { start: dist(t.wa[0], t.wb[0]), end: dist(t.final.wa, t.final.wb), max };
}

describe('full-batch SGD at the stability limit', () => {
  // Past the limit the oscillation along the top eigenvector grows until the model's
  // nonlinearity (points crossing the mask edge) bounds it: the run is thrown out of the
  // minimum to a lasting oscillation about 1e-2 away, 100x its start, without NaN.
  for (const [beta, name] of [
    [0, 'plain GD, 2 / lambdaMax'],
    [0.5, 'momentum 0.5, 2 (1 + beta) / lambdaMax'],
    [0.9, 'momentum 0.9, 2 (1 + beta) / lambdaMax'],
  ] as const) {
    it(`${name}: 0.98x the limit converges to the minimum, 1.02x is thrown out of it`, () => {
      const lim = momentumLimit(limit.lambdaMax, beta);
      const below = fullBatchRun(0.98 * lim, beta);
      expect(below.end).toBeLessThan(1e-12);
      const above = fullBatchRun(1.02 * lim, beta);
      expect(above.end).toBeGreaterThan(30 * above.start);
      expect(above.max).toBeGreaterThan(50 * above.start);
    });
  }
});
