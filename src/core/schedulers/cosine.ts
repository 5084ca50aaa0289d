/**
 * Cosine schedules: CosineAnnealingLR (one half-cosine, PyTorch's recursive form) and
 * CosineAnnealingWarmRestarts (SGDR: the cosine restarts every T_i steps).
 */
import { chainable, withLr, type EpochState, type Group, type NestableKernel, type Out } from './kernel';
import type { CosineAnnealingLRSpec, CosineAnnealingWarmRestartsSpec } from './registry';

interface CosineState extends EpochState {
  /** 1 + cos(pi * cosAt / tMax), kept so that the next step need not compute it again. */
  onePlusCos: number | null;
  cosAt: number;
}

/**
 * CosineAnnealingLR: alone, lr_t = etaMin + (base - etaMin) * (1 + cos(pi * t / tMax)) / 2.
 * `step()` runs PyTorch's recursive form, lr_t = etaMin + (lr_{t-1} - etaMin) *
 * (1 + cos(pi t / tMax)) / (1 + cos(pi (t-1) / tMax)), with its special case at the
 * trough (t - 1 - tMax divisible by 2 tMax) where that ratio would be 0/0; past tMax the
 * rate climbs back up, as in PyTorch.
 */
export function cosineAnnealingLR(spec: CosineAnnealingLRSpec): NestableKernel<CosineState> {
  const { tMax, etaMin } = spec;
  const closed = (s: CosineState, g: Group): Out<CosineState> => {
    const c = 1 + Math.cos((Math.PI * s.lastEpoch) / tMax);
    return [{ ...s, onePlusCos: c, cosAt: s.lastEpoch }, withLr(g, etaMin + ((s.baseLr - etaMin) * c) / 2)];
  };
  return chainable<CosineState>({
    extra: { onePlusCos: null, cosAt: -1 },
    getLr(s, g) {
      const t = s.lastEpoch;
      if (t === 0) return [{ ...s, onePlusCos: 2, cosAt: 0 }, g];
      if (s.stepCount === 1 && t > 0) return closed(s, g);
      if ((t - 1 - tMax) % (2 * tMax) === 0) {
        const lr = g.lr + ((s.baseLr - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
        return [{ ...s, onePlusCos: null }, withLr(g, lr)];
      }
      const prev = s.onePlusCos !== null && s.cosAt === t - 1 ? s.onePlusCos : 1 + Math.cos((Math.PI * (t - 1)) / tMax);
      const cur = 1 + Math.cos((Math.PI * t) / tMax);
      return [{ ...s, onePlusCos: cur, cosAt: t }, withLr(g, (cur / prev) * (g.lr - etaMin) + etaMin)];
    },
    closedForm: closed,
  });
}

interface RestartState {
  lastEpoch: number;
  baseLr: number;
  /** Steps since the last restart. */
  tCur: number;
  /** Length of the current period. */
  tI: number;
}

/**
 * CosineAnnealingWarmRestarts: lr = etaMin + (base - etaMin) * (1 + cos(pi * tCur / tI)) / 2,
 * where tCur counts steps since the last restart and the period tI starts at t0 and is
 * multiplied by tMult at every restart.
 */
export function cosineAnnealingWarmRestarts(spec: CosineAnnealingWarmRestartsSpec): NestableKernel<RestartState> {
  const { t0, tMult, etaMin } = spec;
  const apply = (s: RestartState, g: Group): Out<RestartState> => [
    s,
    withLr(g, etaMin + ((s.baseLr - etaMin) * (1 + Math.cos((Math.PI * s.tCur) / s.tI))) / 2),
  ];
  // step(epoch=0), which PyTorch also takes for the very first step: restart from scratch.
  const fromZero = (s: RestartState, g: Group): Out<RestartState> => apply({ ...s, lastEpoch: 0, tCur: 0, tI: t0 }, g);
  const kernel: NestableKernel<RestartState> = {
    cyclesMomentum: false,
    construct(g0) {
      const initialLr = g0.initialLr ?? g0.lr;
      const g = { ...g0, initialLr };
      return kernel.initialStep({ lastEpoch: -1, baseLr: initialLr, tCur: -1, tI: t0 }, g);
    },
    step(s, g) {
      if (s.lastEpoch < 0) return fromZero(s, g);
      let tCur = s.tCur + 1;
      let tI = s.tI;
      if (tCur >= tI) {
        tCur -= tI;
        tI *= tMult;
      }
      return apply({ ...s, lastEpoch: s.lastEpoch + 1, tCur, tI }, g);
    },
    stepFromZero: fromZero,
    undo: (s) => ({ ...s, lastEpoch: s.lastEpoch - 1 }),
    initialStep: (s, g) => kernel.step(s, g, NaN),
  };
  return kernel;
}
