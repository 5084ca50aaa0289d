/**
 * Decay schedulers whose factor is a simple function of the step count t (`last_epoch`):
 * ConstantLR, StepLR, MultiStepLR, ExponentialLR, LinearLR, PolynomialLR.
 *
 * Each runs PyTorch's chainable `get_lr` (new rate from the group's current rate), which
 * is what `scheduler.step()` executes; the closed form is what `step(0)` uses inside
 * SequentialLR. Alone, both give lr_t = base * f(t) with f below.
 */
import { bisectRight, chainable, withLr, type EpochState, type NestableKernel } from './kernel';
import type {
  ConstantLRSpec,
  ExponentialLRSpec,
  LinearLRSpec,
  MultiStepLRSpec,
  PolynomialLRSpec,
  StepLRSpec,
} from './registry';

/** ConstantLR: f(t) = factor for t < totalIters, 1 from then on. */
export function constantLR(spec: ConstantLRSpec): NestableKernel<EpochState> {
  const { factor, totalIters } = spec;
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      if (s.lastEpoch === 0) return [s, withLr(g, g.lr * factor)];
      if (s.lastEpoch !== totalIters) return [s, g];
      return [s, withLr(g, g.lr * (1.0 / factor))];
    },
    closedForm: (s, g) => [s, withLr(g, s.baseLr * (factor + (s.lastEpoch >= totalIters ? 1 : 0) * (1 - factor)))],
  });
}

/** StepLR: f(t) = gamma^floor(t / stepSize). */
export function stepLR(spec: StepLRSpec): NestableKernel<EpochState> {
  const { stepSize, gamma } = spec;
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      if (s.lastEpoch === 0 || s.lastEpoch % stepSize !== 0) return [s, g];
      return [s, withLr(g, g.lr * gamma)];
    },
    closedForm: (s, g) => [s, withLr(g, s.baseLr * Math.pow(gamma, Math.floor(s.lastEpoch / stepSize)))],
  });
}

/**
 * MultiStepLR: f(t) = gamma^(number of milestones <= t). Milestone m is reached by the
 * m-th `step()` call, so the rate used by update m (0-based) is the first decayed one.
 * A milestone listed twice applies gamma twice, as PyTorch's Counter does.
 */
export function multiStepLR(spec: MultiStepLRSpec): NestableKernel<EpochState> {
  const { gamma } = spec;
  const sorted = [...spec.milestones].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const m of sorted) counts.set(m, (counts.get(m) ?? 0) + 1);
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      const n = counts.get(s.lastEpoch);
      if (n === undefined) return [s, g];
      return [s, withLr(g, g.lr * Math.pow(gamma, n))];
    },
    closedForm: (s, g) => [s, withLr(g, s.baseLr * Math.pow(gamma, bisectRight(sorted, s.lastEpoch)))],
  });
}

/** ExponentialLR: f(t) = gamma^t. */
export function exponentialLR(spec: ExponentialLRSpec): NestableKernel<EpochState> {
  const { gamma } = spec;
  return chainable<EpochState>({
    extra: {},
    getLr: (s, g) => (s.lastEpoch === 0 ? [s, g] : [s, withLr(g, g.lr * gamma)]),
    closedForm: (s, g) => [s, withLr(g, s.baseLr * Math.pow(gamma, s.lastEpoch))],
  });
}

/** LinearLR: f(t) = startFactor + (endFactor - startFactor) * min(t, totalIters) / totalIters. */
export function linearLR(spec: LinearLRSpec): NestableKernel<EpochState> {
  const { startFactor, endFactor, totalIters } = spec;
  const span = endFactor - startFactor;
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      const t = s.lastEpoch;
      if (t === 0) return [s, withLr(g, g.lr * startFactor)];
      if (t > totalIters) return [s, g];
      return [s, withLr(g, g.lr * (1 + span / (totalIters * startFactor + (t - 1) * span)))];
    },
    closedForm: (s, g) => [
      s,
      withLr(g, s.baseLr * (startFactor + (span * Math.min(totalIters, s.lastEpoch)) / totalIters)),
    ],
  });
}

/** PolynomialLR: f(t) = (1 - min(t, totalIters) / totalIters)^power. */
export function polynomialLR(spec: PolynomialLRSpec): NestableKernel<EpochState> {
  const { totalIters, power } = spec;
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      const t = s.lastEpoch;
      if (t === 0 || t > totalIters) return [s, g];
      const decay = Math.pow((1.0 - t / totalIters) / (1.0 - (t - 1) / totalIters), power);
      return [s, withLr(g, g.lr * decay)];
    },
    closedForm: (s, g) => [
      s,
      withLr(g, s.baseLr * Math.pow(1.0 - Math.min(totalIters, s.lastEpoch) / totalIters, power)),
    ],
  });
}
