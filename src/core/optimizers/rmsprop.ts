import type { RmspropConfig } from '../types';
import { fma } from './fma';
import { fromKernel, type Optimizer } from './types';

/** torch.optim.RMSprop state (all buffers start at zero). */
export interface RmspropState {
  type: 'rmsprop';
  squareAvg: [number, number];
  momentumBuffer: [number, number];
  gradAvg: [number, number];
  /** Whether the last step used momentum (decides whether the trace shows the buffer). */
  momentumUsed: boolean;
}

/**
 * torch.optim.RMSprop (single-tensor path), per parameter with gradient g:
 *
 *   g <- g + weightDecay * w                            (if weightDecay != 0)
 *   s <- alpha * s + (1 - alpha) * g * g
 *   centered: m <- alpha * m + (1 - alpha) * g;  d <- sqrt(s - m * m) + eps
 *   else:     d <- sqrt(s) + eps                         (eps outside the root)
 *   momentum > 0: b <- momentum * b + g / d;  w <- w - lr * b
 *   else:         w <- w - lr * g / d
 *
 * Like torch's x86 kernels, `s`, `m` and the momentum step are fused multiply-adds
 * (fma.ts); the divisions are not.
 *
 * Internals: va/vb = the momentum buffer (NaN when momentum is 0); sa/sb = s.
 */
export function rmsprop(cfg: RmspropConfig): Optimizer<RmspropState> {
  const { alpha, eps, centered, weightDecay } = cfg;
  const oneMinusAlpha = 1 - alpha;
  return fromKernel<RmspropState>(
    () => ({
      type: 'rmsprop',
      squareAvg: [0, 0],
      momentumBuffer: [0, 0],
      gradAvg: [0, 0],
      momentumUsed: cfg.momentum > 0,
    }),
    (s) => ({
      type: 'rmsprop',
      squareAvg: [s.squareAvg[0], s.squareAvg[1]],
      momentumBuffer: [s.momentumBuffer[0], s.momentumBuffer[1]],
      gradAvg: [s.gradAvg[0], s.gradAvg[1]],
      momentumUsed: s.momentumUsed,
    }),
    (state, w, ga, gb, lr, mom) => {
      const momentum = mom === mom ? mom : cfg.momentum;
      state.momentumUsed = momentum > 0;
      for (let k = 0; k < 2; k++) {
        let g = k === 0 ? ga : gb;
        if (weightDecay !== 0) g = fma(weightDecay, w[k], g);
        const s = fma(oneMinusAlpha * g, g, state.squareAvg[k] * alpha);
        state.squareAvg[k] = s;
        let d: number;
        if (centered) {
          const m = fma(oneMinusAlpha, g, state.gradAvg[k] * alpha);
          state.gradAvg[k] = m;
          d = Math.sqrt(fma(-m, m, s)) + eps;
        } else {
          d = Math.sqrt(s) + eps;
        }
        if (momentum > 0) {
          const b = state.momentumBuffer[k] * momentum + g / d;
          state.momentumBuffer[k] = b;
          w[k] = fma(-lr, b, w[k]);
        } else {
          w[k] = w[k] + (-lr * g) / d;
        }
      }
    },
    (state, out) => {
      const hasMomentum = state.momentumUsed;
      out[0] = hasMomentum ? state.momentumBuffer[0] : NaN;
      out[1] = hasMomentum ? state.momentumBuffer[1] : NaN;
      out[2] = state.squareAvg[0];
      out[3] = state.squareAvg[1];
    },
  );
}
