import type { SgdConfig } from '../types';
import { fma } from './fma';
import { fromKernel, type Optimizer } from './types';

/** torch.optim.SGD state: the momentum buffer, created from the first gradient. */
export interface SgdState {
  type: 'sgd';
  /** null until the first step with non-zero momentum (torch's "buf is None"). */
  momentumBuffer: [number, number] | null;
}

/**
 * torch.optim.SGD (single-tensor path), per parameter with gradient g:
 *
 *   g <- g + weightDecay * w                            (if weightDecay != 0)
 *   if momentum != 0:
 *     v <- g                                            (first step: buffer = clone of g)
 *     v <- momentum * v + (1 - dampening) * g           (later steps)
 *     g <- nesterov ? g + momentum * v : v
 *   w <- w - lr * g
 *
 * Each `a + k * b` is one fused multiply-add, as torch's x86 kernels compute it (fma.ts).
 *
 * Internals: va/vb = the momentum buffer (NaN without momentum); sa/sb = NaN.
 */
export function sgd(cfg: SgdConfig): Optimizer<SgdState> {
  const { dampening, nesterov, weightDecay } = cfg;
  return fromKernel<SgdState>(
    () => ({ type: 'sgd', momentumBuffer: null }),
    (s) => ({ type: 'sgd', momentumBuffer: s.momentumBuffer ? [s.momentumBuffer[0], s.momentumBuffer[1]] : null }),
    (state, w, ga, gb, lr, mom) => {
      const momentum = mom === mom ? mom : cfg.momentum;
      let da = ga;
      let db = gb;
      if (weightDecay !== 0) {
        da = fma(weightDecay, w[0], da);
        db = fma(weightDecay, w[1], db);
      }
      if (momentum !== 0) {
        const buf = state.momentumBuffer;
        if (buf === null) {
          state.momentumBuffer = [da, db];
        } else {
          buf[0] = fma(1 - dampening, da, buf[0] * momentum);
          buf[1] = fma(1 - dampening, db, buf[1] * momentum);
        }
        const v = state.momentumBuffer as [number, number];
        if (nesterov) {
          da = fma(momentum, v[0], da);
          db = fma(momentum, v[1], db);
        } else {
          da = v[0];
          db = v[1];
        }
      }
      w[0] = fma(-lr, da, w[0]);
      w[1] = fma(-lr, db, w[1]);
    },
    (state, out) => {
      const buf = state.momentumBuffer;
      out[0] = buf ? buf[0] : NaN;
      out[1] = buf ? buf[1] : NaN;
      out[2] = NaN;
      out[3] = NaN;
    },
  );
}
