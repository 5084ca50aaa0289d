import type { AdamConfig } from '../types';
import { ddMul, ddPow } from './powers';
import { fma } from './fma';
import { fromKernel, type Optimizer } from './types';

/** torch.optim.Adam / AdamW state. */
export interface AdamState {
  type: 'adam' | 'adamw';
  /** Number of steps taken. */
  step: number;
  /** First moment m (torch `exp_avg`). */
  expAvg: [number, number];
  /** Raw second moment v (torch `exp_avg_sq`). */
  expAvgSq: [number, number];
  /** Running maximum of v (amsgrad only; zeros otherwise). */
  maxExpAvgSq: [number, number];
  /** beta1^step as double-double [hi, lo], for the beta1 in `beta1OfPower`. */
  beta1Power: [number, number];
  beta1OfPower: number;
  /** beta2^step as double-double [hi, lo]. */
  beta2Power: [number, number];
}

/**
 * torch.optim.Adam (weight decay added to the gradient) and torch.optim.AdamW (decoupled
 * weight decay), single-tensor path, per parameter with gradient g at step t:
 *
 *   Adam:  g <- g + weightDecay * w                     (if weightDecay != 0)
 *   AdamW: w <- w * (1 - lr * weightDecay)
 *   m <- beta1 * m + (1 - beta1) * g
 *   v <- beta2 * v + (1 - beta2) * g * g
 *   amsgrad: vmax <- max(vmax, v), used instead of v below
 *   stepSize = lr / (1 - beta1^t)
 *   denom = sqrt(v) / sqrt(1 - beta2^t) + eps
 *   w <- w - stepSize * m / denom
 *
 * The moment updates (and the weight-decay term) are fused multiply-adds, as torch's x86
 * kernels compute them (fma.ts). The operation order is torch 1.13's (m via mul/add; torch >= 2.0 writes it as lerp,
 * which can differ in the last bit). beta^t is the correctly rounded power, like
 * Python's `beta ** step` in torch, carried as an exact-ish running product
 * (see powers.ts). Internals: va/vb = m, sa/sb = v (raw, not bias-corrected).
 */
export function adam(cfg: AdamConfig): Optimizer<AdamState> {
  const { eps, weightDecay, amsgrad } = cfg;
  const beta2 = cfg.betas[1];
  const decoupled = cfg.type === 'adamw';
  return fromKernel<AdamState>(
    () => ({
      type: cfg.type,
      step: 0,
      expAvg: [0, 0],
      expAvgSq: [0, 0],
      maxExpAvgSq: [0, 0],
      beta1Power: [1, 0],
      beta1OfPower: cfg.betas[0],
      beta2Power: [1, 0],
    }),
    (s) => ({
      type: s.type,
      step: s.step,
      expAvg: [s.expAvg[0], s.expAvg[1]],
      expAvgSq: [s.expAvgSq[0], s.expAvgSq[1]],
      maxExpAvgSq: [s.maxExpAvgSq[0], s.maxExpAvgSq[1]],
      beta1Power: [s.beta1Power[0], s.beta1Power[1]],
      beta1OfPower: s.beta1OfPower,
      beta2Power: [s.beta2Power[0], s.beta2Power[1]],
    }),
    (state, w, ga, gb, lr, mom) => {
      const beta1 = mom === mom ? mom : cfg.betas[0];
      const step = state.step + 1;
      state.step = step;
      if (beta1 === state.beta1OfPower) {
        ddMul(state.beta1Power, beta1, 0);
      } else {
        // A cycled beta1 (OneCycleLR): torch uses the current beta1 to the current step.
        ddPow(beta1, step, state.beta1Power);
        state.beta1OfPower = beta1;
      }
      ddMul(state.beta2Power, beta2, 0);
      const biasCorrection1 = 1 - state.beta1Power[0];
      const biasCorrection2 = 1 - state.beta2Power[0];
      const stepSize = lr / biasCorrection1;
      const bc2Sqrt = Math.sqrt(biasCorrection2);
      const oneMinusBeta1 = 1 - beta1;
      const oneMinusBeta2 = 1 - beta2;
      for (let k = 0; k < 2; k++) {
        let g = k === 0 ? ga : gb;
        if (decoupled) w[k] = w[k] * (1 - lr * weightDecay);
        else if (weightDecay !== 0) g = fma(weightDecay, w[k], g);
        const m = fma(oneMinusBeta1, g, state.expAvg[k] * beta1);
        const v = fma(oneMinusBeta2 * g, g, state.expAvgSq[k] * beta2);
        state.expAvg[k] = m;
        state.expAvgSq[k] = v;
        let vUsed = v;
        if (amsgrad) {
          const prev = state.maxExpAvgSq[k];
          vUsed = prev > v ? prev : v;
          state.maxExpAvgSq[k] = vUsed;
        }
        const denom = Math.sqrt(vUsed) / bc2Sqrt + eps;
        w[k] = w[k] + (-stepSize * m) / denom;
      }
    },
    (state, out) => {
      out[0] = state.expAvg[0];
      out[1] = state.expAvg[1];
      out[2] = state.expAvgSq[0];
      out[3] = state.expAvgSq[1];
    },
  );
}
