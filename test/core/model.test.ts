import { describe, expect, it } from 'vitest';
import { makeOrbitData, nextEpochOrder } from '../../src/core/data';
import { evalBatch, fullLoss, newBatchEval, predict } from '../../src/core/model';
import { MT19937 } from '../../src/core/rng';

const TUTORIAL = { n: 512, a: 1.261845, b: 1.234378, noise: 0.1 };

function firstBatch(): { data: ReturnType<typeof makeOrbitData>; perm: Int32Array } {
  const rng = new MT19937(9999);
  const data = makeOrbitData(TUTORIAL, rng);
  const perm = new Int32Array(512);
  nextEpochOrder(rng, perm);
  return { data, perm };
}

describe('OrbitRegressionNet loss and gradient', () => {
  it('gives the published first-batch loss and gradients at (0.1, 1.8)', () => {
    const { data, perm } = firstBatch();
    const ev = newBatchEval();
    evalBatch(data, perm, 0, 64, Math.fround(0.1), Math.fround(1.8), ev);
    expect(ev.loss.toFixed(6)).toBe('0.260474');
    expect(ev.dwa.toFixed(6)).toBe('-0.097034');
    expect(ev.dwb.toFixed(6)).toBe('0.887970');
    // Wa = 0.1 leaves only the points with |x + c| < 0.1 unmasked.
    expect(ev.count).toBe(7);
  });

  it('matches central finite differences of the masked MSE', () => {
    const { data, perm } = firstBatch();
    const ev = newBatchEval();
    const lossAt = (wa: number, wb: number): number => {
      const e = newBatchEval();
      evalBatch(data, perm, 64, 128, wa, wb, e);
      return e.loss;
    };
    for (const [wa, wb] of [
      [1.5, 1.1],
      [2.3, 0.4],
      [1.3, -0.7],
      [4, 2],
    ]) {
      evalBatch(data, perm, 64, 128, wa, wb, ev);
      const h = 1e-6;
      const fa = (lossAt(wa + h, wb) - lossAt(wa - h, wb)) / (2 * h);
      const fb = (lossAt(wa, wb + h) - lossAt(wa, wb - h)) / (2 * h);
      expect(ev.dwa).toBeCloseTo(fa, 6);
      expect(ev.dwb).toBeCloseTo(fb, 6);
    }
  });

  it('reports an all-masked batch as loss NaN with zero gradients, not 0/0', () => {
    const { data, perm } = firstBatch();
    const ev = newBatchEval();
    evalBatch(data, perm, 0, 64, 1e-6, 1.8, ev);
    expect(ev.count).toBe(0);
    expect(ev.loss).toBeNaN();
    expect(ev.dwa).toBe(0);
    expect(ev.dwb).toBe(0);
  });

  it('fullLoss is the masked mean over all points and small at the truth', () => {
    const { data } = firstBatch();
    const at = fullLoss(data, 1.261845, 1.234378);
    expect(at).toBeGreaterThan(0.0005);
    expect(at).toBeLessThan(0.0012); // uniform noise of width 0.1 has variance 0.1^2/12 = 0.00083
    expect(fullLoss(data, 1e-9, 1)).toBeNaN();
    const idx = Int32Array.from({ length: 512 }, (_, i) => i);
    const ev = newBatchEval();
    evalBatch(data, idx, 0, 512, 1.4, 1.1, ev);
    expect(fullLoss(data, 1.4, 1.1)).toBeCloseTo(ev.loss, 14);
  });

  it('predict is 0 outside the ellipse and on it inside', () => {
    expect(predict(-5, 0.26, 1.26, 1.23)).toBe(0);
    expect(predict(-0.26, 0.26, 1.26, 1.23)).toBe(1.23);
  });
});
