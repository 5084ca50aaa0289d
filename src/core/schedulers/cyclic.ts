/**
 * Cyclical schedules that also drive the momentum: CyclicLR and OneCycleLR.
 *
 * Momentum is cycled inversely to the rate when `cycleMomentum` is on and the optimizer
 * has a momentum (SGD/RMSprop `momentum`, Adam's beta1, as current PyTorch does); with
 * an optimizer without one, the option has no effect.
 */
import { chainable, type EpochState, type Group, type NestableKernel } from './kernel';
import type { CyclicLRSpec, OneCycleLRSpec } from './registry';

/**
 * CyclicLR, with T = stepSizeUp + stepSizeDown, cycle c = floor(1 + t / T) and
 * x = 1 + t / T - c (position in the cycle): the height h = x / r while rising
 * (r = stepSizeUp / T) and (x - 1) / (r - 1) while falling;
 * lr_t = baseLr + (maxLr - baseLr) * h * scale, momentum_t = maxMomentum -
 * (maxMomentum - baseMomentum) * h * scale, with scale = 1 (triangular),
 * 1 / 2^(c - 1) (triangular2) or gamma^t (exp_range).
 */
export function cyclicLR(spec: CyclicLRSpec, hasMomentum: boolean): NestableKernel<EpochState> {
  const up = spec.stepSizeUp;
  const down = spec.stepSizeDown ?? up;
  const total = up + down;
  const ratio = up / total;
  const cycles = spec.cycleMomentum && hasMomentum;
  const scaleFn = (cycle: number, t: number): number => {
    if (spec.mode === 'triangular') return 1;
    if (spec.mode === 'triangular2') return 1 / Math.pow(2, cycle - 1);
    return Math.pow(spec.gamma, t);
  };
  return chainable<EpochState>({
    extra: {},
    cyclesMomentum: cycles,
    preInit: (g) => ({ ...g, lr: spec.baseLr, momentum: cycles ? spec.baseMomentum : g.momentum }),
    // PyTorch overwrites base_lrs with base_lr after the parent constructor ran.
    postInit: (s) => ({ ...s, baseLr: spec.baseLr }),
    getLr(s, g) {
      const t = s.lastEpoch;
      const cycle = Math.floor(1 + t / total);
      const x = 1 + t / total - cycle;
      const height = x <= ratio ? x / ratio : (x - 1) / (ratio - 1);
      const scale = scaleFn(cycle, t);
      const lr = s.baseLr + (spec.maxLr - s.baseLr) * height * scale;
      if (!cycles) return [s, { ...g, lr }];
      const momentum = spec.maxMomentum - (spec.maxMomentum - spec.baseMomentum) * height * scale;
      return [s, { ...g, lr, momentum }];
    },
  });
}

interface Phase {
  end: number;
  startLr: 'initialLr' | 'maxLr' | 'minLr';
  endLr: 'initialLr' | 'maxLr' | 'minLr';
  startM: 'maxMomentum' | 'baseMomentum';
  endM: 'maxMomentum' | 'baseMomentum';
}

/** The cycle length OneCycleLR uses: totalSteps, else epochs x stepsPerEpoch, else the run's. */
export function oneCycleTotalSteps(spec: OneCycleLRSpec, stepsPerEpoch: number, runSteps: number): number {
  if (spec.totalSteps !== null) return spec.totalSteps;
  if (spec.epochs !== null) return spec.epochs * (spec.stepsPerEpoch ?? stepsPerEpoch);
  return Math.max(1, runSteps);
}

/**
 * OneCycleLR over N = total steps, with a = maxLr / divFactor, m = maxLr and
 * z = a / finalDivFactor. Two phases (default): a -> m over steps 0..pctStart N - 1,
 * then m -> z until step N - 1. Three phases: a -> m, m -> a (ending at 2 pctStart N - 2),
 * a -> z. Each phase interpolates by p in [0, 1]: cos gives end + (start - end)(1 + cos(pi p))/2,
 * linear gives start + (end - start) p. Momentum runs maxMomentum -> baseMomentum -> maxMomentum.
 * From step N on the rate and momentum hold their step N - 1 values (PyTorch computes an
 * extrapolated value at step N, never used by a run of N updates, and raises after it).
 * Where PyTorch would divide by zero (a phase of zero length) the phase's end value is taken.
 */
export function oneCycleLR(spec: OneCycleLRSpec, total: number, hasMomentum: boolean): NestableKernel<EpochState> {
  const cycles = spec.cycleMomentum && hasMomentum;
  const phases: Phase[] = spec.threePhase
    ? [
        {
          end: spec.pctStart * total - 1,
          startLr: 'initialLr',
          endLr: 'maxLr',
          startM: 'maxMomentum',
          endM: 'baseMomentum',
        },
        {
          end: 2 * spec.pctStart * total - 2,
          startLr: 'maxLr',
          endLr: 'initialLr',
          startM: 'baseMomentum',
          endM: 'maxMomentum',
        },
        { end: total - 1, startLr: 'initialLr', endLr: 'minLr', startM: 'maxMomentum', endM: 'maxMomentum' },
      ]
    : [
        {
          end: spec.pctStart * total - 1,
          startLr: 'initialLr',
          endLr: 'maxLr',
          startM: 'maxMomentum',
          endM: 'baseMomentum',
        },
        { end: total - 1, startLr: 'maxLr', endLr: 'minLr', startM: 'baseMomentum', endM: 'maxMomentum' },
      ];
  // PyTorch's _annealing_cos / _annealing_linear, split so that one cosine serves rate and momentum.
  const cos = spec.annealStrategy === 'cos';
  const weight = (p: number): number => (cos ? Math.cos(Math.PI * p) + 1 : p);
  const mix = (a: number, b: number, w: number): number => (cos ? b + ((a - b) / 2.0) * w : (b - a) * w + a);
  const read = (g: Group, k: Phase['startLr'] | Phase['startM']): number => g[k] ?? 0;
  return chainable<EpochState>({
    extra: {},
    cyclesMomentum: cycles,
    preInit(g) {
      const initialLr = spec.maxLr / spec.divFactor;
      const lrs = { initialLr, maxLr: spec.maxLr, minLr: initialLr / spec.finalDivFactor };
      if (!cycles) return { ...g, ...lrs };
      const ms = { momentum: spec.maxMomentum, maxMomentum: spec.maxMomentum, baseMomentum: spec.baseMomentum };
      return { ...g, ...lrs, ...ms };
    },
    getLr(s, g) {
      const t = s.lastEpoch;
      // PyTorch extrapolates one step past the cycle and raises after it; the rate holds instead.
      if (t >= total) return [s, g];
      let start = 0;
      for (let i = 0; i < phases.length; i++) {
        const ph = phases[i];
        if (t <= ph.end || i === phases.length - 1) {
          const span = ph.end - start;
          const p = span === 0 ? 1 : (t - start) / span;
          const w = weight(p);
          const lr = mix(read(g, ph.startLr), read(g, ph.endLr), w);
          if (!cycles) return [s, { ...g, lr }];
          return [s, { ...g, lr, momentum: mix(read(g, ph.startM), read(g, ph.endM), w) }];
        }
        start = ph.end;
      }
      return [s, g];
    },
  });
}
