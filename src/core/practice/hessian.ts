/**
 * The stability limit of the orbit model: the Hessian of the full-batch loss at its
 * minimum, its largest eigenvalue and the largest learning rates that still converge.
 *
 * The full-batch loss is the model's masked MSE over all n points (src/core/model.ts):
 *   L(Wa, Wb) = (1/m) sum_i (Wb s_i - y_i)^2,  s_i = sqrt(1 - q_i),  q_i = d2_i / Wa^2,
 * over the m points with 1 - q_i > 0 (d2_i = (x_i + c)^2). The mask only changes where a
 * point crosses the edge (Wa^2 = d2_i), so between crossings L is smooth and, with
 * s' = ds/dWa = q / (Wa s) and s'' = -3 q / (Wa^2 s) - q^2 / (Wa^2 s^3):
 *   dL/dWb       = (2/m) sum e s                     (e = Wb s - y)
 *   dL/dWa       = (2/m) sum e Wb s'
 *   d2L/dWb2     = (2/m) sum s^2
 *   d2L/dWa dWb  = (2/m) sum s' (Wb s + e)
 *   d2L/dWa2     = (2/m) sum (Wb^2 s'^2 + e Wb s'')
 *
 * Near the minimum gradient descent behaves like it does on the quadratic with this
 * Hessian H: it converges for lr < 2 / lambdaMax(H) and diverges above; heavy-ball
 * momentum beta (PyTorch's SGD momentum, dampening 0) moves the limit to
 * 2 (1 + beta) / lambdaMax (Goh, "Why Momentum Really Works", Distill 2017,
 * doi:10.23915/distill.00006). Mini-batches add noise that lowers the practical limit.
 */
import { makeOrbitData, type OrbitData } from '../data';
import { DEFAULT_CONFIG } from '../config';
import type { DataConfig } from '../types';

/** Loss, gradient and Hessian of the full-batch loss at one point. */
export interface LossDerivatives {
  loss: number;
  /** [dL/dWa, dL/dWb] */
  grad: [number, number];
  /** [[d2L/dWa2, d2L/dWa dWb], [d2L/dWb dWa, d2L/dWb2]] */
  hessian: [[number, number], [number, number]];
  /** Unmasked points. */
  count: number;
}

/** Analytic loss, gradient and Hessian of the full-batch masked MSE at (wa, wb). */
export function fullBatchDerivatives(data: OrbitData, wa: number, wb: number): LossDerivatives {
  const wa2 = wa * wa;
  let sse = 0;
  let ga = 0;
  let gb = 0;
  let haa = 0;
  let hab = 0;
  let hbb = 0;
  let m = 0;
  for (let i = 0; i < data.n; i++) {
    const q = data.d2[i] / wa2;
    const r = 1 - q;
    if (!(r > 0)) continue;
    const s = Math.sqrt(r);
    const e = wb * s - data.y[i];
    const s1 = q / (wa * s);
    const s2 = (-3 * q) / (wa2 * s) - (q * q) / (wa2 * s * r);
    sse += e * e;
    ga += e * wb * s1;
    gb += e * s;
    haa += wb * wb * s1 * s1 + e * wb * s2;
    hab += s1 * (wb * s + e);
    hbb += s * s;
    m++;
  }
  const k = 2 / m;
  return {
    loss: m === 0 ? NaN : sse / m,
    grad: [k * ga, k * gb],
    hessian: [
      [k * haa, k * hab],
      [k * hab, k * hbb],
    ],
    count: m,
  };
}

/** Eigenvalues of a symmetric 2x2 matrix, largest first. */
export function eigenvalues2(h: [[number, number], [number, number]]): [number, number] {
  const mean = (h[0][0] + h[1][1]) / 2;
  const half = (h[0][0] - h[1][1]) / 2;
  const rad = Math.sqrt(half * half + h[0][1] * h[0][1]);
  return [mean + rad, mean - rad];
}

/**
 * The minimum of the full-batch loss near (wa, wb), by Newton's method on the analytic
 * gradient and Hessian. Starts by default from the tutorial's truth (1.2618, 1.2344);
 * converges in a handful of steps (quadratically) there.
 */
export function lossMinimum(
  data: OrbitData,
  start: { wa: number; wb: number } = { wa: 1.2618, wb: 1.2344 },
): { wa: number; wb: number; iterations: number; gradNorm: number } {
  let wa = start.wa;
  let wb = start.wb;
  let it = 0;
  let d = fullBatchDerivatives(data, wa, wb);
  for (; it < 50; it++) {
    const [[a, b], [, c]] = d.hessian;
    const det = a * c - b * b;
    const da = (c * d.grad[0] - b * d.grad[1]) / det;
    const db = (a * d.grad[1] - b * d.grad[0]) / det;
    wa -= da;
    wb -= db;
    d = fullBatchDerivatives(data, wa, wb);
    if (Math.abs(da) <= 1e-15 * Math.abs(wa) && Math.abs(db) <= 1e-15 * Math.abs(wb)) break;
  }
  return { wa, wb, iterations: it + 1, gradNorm: Math.hypot(d.grad[0], d.grad[1]) };
}

/** What the Hessian at the minimum says about the largest stable learning rate. */
export interface StabilityLimit {
  minimum: { wa: number; wb: number };
  /** Full-batch loss at the minimum. */
  loss: number;
  hessian: [[number, number], [number, number]];
  /** Largest and smallest eigenvalue of the Hessian. */
  lambdaMax: number;
  lambdaMin: number;
  /** Plain gradient descent converges for lr < 2 / lambdaMax. */
  gdLimit: number;
}

/** The stability limit of a data set (default: the tutorial's). */
export function stabilityLimit(data: DataConfig = DEFAULT_CONFIG.data, seed = DEFAULT_CONFIG.seed): StabilityLimit {
  const orbit = makeOrbitData(data, seed);
  const min = lossMinimum(orbit);
  const d = fullBatchDerivatives(orbit, min.wa, min.wb);
  const [lambdaMax, lambdaMin] = eigenvalues2(d.hessian);
  return {
    minimum: { wa: min.wa, wb: min.wb },
    loss: d.loss,
    hessian: d.hessian,
    lambdaMax,
    lambdaMin,
    gdLimit: 2 / lambdaMax,
  };
}

/** Heavy-ball momentum beta converges for lr < 2 (1 + beta) / lambdaMax. */
export function momentumLimit(lambdaMax: number, beta: number): number {
  return (2 * (1 + beta)) / lambdaMax;
}
