import type { SgdConfig } from '../types';
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
        da = da + weightDecay * w[0];
        db = db + weightDecay * w[1];
      }
      if (momentum !== 0) {
        const buf = state.momentumBuffer;
        if (buf === null) {
          state.momentumBuffer = [da, db];
        } else {
          buf[0] = buf[0] * momentum + (1 - dampening) * da;
          buf[1] = buf[1] * momentum + (1 - dampening) * db;
        }
        const v = state.momentumBuffer as [number, number];
        if (nesterov) {
          da = da + momentum * v[0];
          db = db + momentum * v[1];
        } else {
          da = v[0];
          db = v[1];
        }
      }
      w[0] = w[0] + -lr * da;
      w[1] = w[1] + -lr * db;
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
