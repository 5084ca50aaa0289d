/**
 * OrbitRegressionNet: y_pred = Wb * sqrt(1 - (x + c)^2 / Wa^2), with points whose value
 * under the root is not positive masked out of the loss (masked MSE, mean over the
 * unmasked points of the batch), and its exact analytic gradient.
 *
 * The arithmetic follows PyTorch's autograd step by step, including the order in which
 * torch.sum adds (see torch-sum.ts): the loss and dL/dWb are sums over the unmasked
 * points, dL/dWa a sum over the whole batch with zeros at masked points (the backward of
 * the boolean indexing scatters into a batch-sized tensor):
 *   r = 1 - d2 / Wa^2,  s = sqrt(r),  pred = Wb * s,  gp = (2 / m) * (pred - y)
 *   dL/dWb = sum(gp * s)
 *   dL/dWa = sum(((gp * Wb) / (2 s)) * ((d2 / Wa^2) / Wa^2)) * (2 * Wa)
 *
 * Masking uses r > 0 (strictly). At r = 0 the derivative of sqrt is infinite (torch's
 * sqrt backward divides by 2 * sqrt(r) = 0 and would give an infinite or NaN gradient),
 * so such points are masked instead; with float data this boundary is practically never hit.
 */
import type { OrbitData } from './data';
import { torchSum } from './torch-sum';

/** Scratch output of one batch evaluation (reused across updates to avoid allocation). */
export interface BatchEval {
  /** Masked MSE; NaN when every point is masked (as torch's mean over an empty tensor). */
  loss: number;
  dwa: number;
  dwb: number;
  /** Number of unmasked points. */
  count: number;
}

/** A fresh scratch record for {@link evalBatch}. */
export function newBatchEval(): BatchEval {
  return { loss: NaN, dwa: 0, dwb: 0, count: 0 };
}

/**
 * Loss and gradient over the points idx[start .. end) at (wa, wb), written into `out`.
 * An all-masked batch gives loss NaN, gradients 0, count 0 (what torch reports).
 */
export function evalBatch(
  data: OrbitData,
  idx: Int32Array,
  start: number,
  end: number,
  wa: number,
  wb: number,
  out: BatchEval,
): void {
  const d2 = data.d2;
  const y = data.y;
  const size = end - start;
  if (sqBuf.length < size) grow(size);
  const qs = qsBuf;
  const sq = sqBuf;
  const gs = gsBuf;
  const byPos = byPosBuf;
  const wa2 = wa * wa;
  let count = 0;
  for (let k = start; k < end; k++) {
    const q = d2[idx[k]] / wa2;
    qs[k - start] = q;
    if (1 - q > 0) count++;
  }
  if (count === 0) {
    out.loss = NaN;
    out.dwa = 0;
    out.dwb = 0;
    out.count = 0;
    return;
  }
  const norm = 2 / count;
  let m = 0;
  for (let k = start; k < end; k++) {
    const i = idx[k];
    const q = qs[k - start];
    const r = 1 - q;
    if (!(r > 0)) {
      // Masked: zero gradient in the batch-sized tensor autograd sums over.
      byPos[k - start] = 0;
      continue;
    }
    const s = Math.sqrt(r);
    const e = wb * s - y[i];
    sq[m] = e * e;
    const gp = norm * e;
    gs[m] = gp * s;
    byPos[k - start] = ((gp * wb) / (2 * s)) * (q / wa2);
    m++;
  }
  out.loss = torchSum(sq, m) / count;
  out.dwa = torchSum(byPos, size) * (2 * wa);
  out.dwb = torchSum(gs, m);
  out.count = count;
}

// Scratch columns for the per-point terms, grown to the largest batch seen.
let sqBuf = new Float64Array(64);
let gsBuf = new Float64Array(64);
let byPosBuf = new Float64Array(64);
let qsBuf = new Float64Array(64);
function grow(size: number): void {
  qsBuf = new Float64Array(size);
  sqBuf = new Float64Array(size);
  gsBuf = new Float64Array(size);
  byPosBuf = new Float64Array(size);
}

/** Masked MSE over the whole data set at (wa, wb); NaN when every point is masked. */
export function fullLoss(data: OrbitData, wa: number, wb: number): number {
  const d2 = data.d2;
  const y = data.y;
  const wa2 = wa * wa;
  let sse = 0;
  let count = 0;
  for (let i = 0; i < data.n; i++) {
    const r = 1 - d2[i] / wa2;
    if (!(r > 0)) continue;
    const e = wb * Math.sqrt(r) - y[i];
    sse += e * e;
    count++;
  }
  return count === 0 ? NaN : sse / count;
}

/** The model's prediction at one x (0 where masked), e.g. for drawing a fitted orbit. */
export function predict(x: number, c: number, wa: number, wb: number): number {
  const xc = x + c;
  const r = 1 - (xc * xc) / (wa * wa);
  return r > 0 ? wb * Math.sqrt(r) : 0;
}
