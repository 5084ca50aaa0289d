/**
 * Schedulers made of schedulers: SequentialLR and ChainedScheduler. Both reproduce what
 * PyTorch does to the shared param group, including the side effects of constructing
 * every inner scheduler on the same optimizer.
 */
import { bisectRight, type Group, type Kernel, type NestableKernel } from './kernel';

interface CompositeState {
  lastEpoch: number;
  subs: unknown[];
}

/**
 * SequentialLR: scheduler 0 runs until update milestones[0], scheduler 1 then restarts
 * from its own step 0 (PyTorch calls `step(0)` on it, which uses the closed form where
 * one exists), and so on. Construction builds every inner scheduler, resets the rate to
 * `initial_lr`, undoes their construction step and re-runs scheduler 0's initial step.
 */
export function sequentialLR(
  kernels: NestableKernel<unknown>[],
  milestones: readonly number[],
): Kernel<CompositeState> {
  const kernel: Kernel<CompositeState> = {
    cyclesMomentum: kernels.some((k) => k.cyclesMomentum),
    construct(g0) {
      let g = g0;
      const subs: unknown[] = [];
      for (const k of kernels) {
        const [s, g1] = k.construct(g);
        subs.push(s);
        g = g1;
      }
      g = { ...g, lr: g.initialLr ?? g.lr };
      const undone = subs.map((s, i) => kernels[i].undo(s));
      const [s0, g1] = kernels[0].initialStep(undone[0], g);
      undone[0] = s0;
      return [{ lastEpoch: 0, subs: undone }, g1];
    },
    step(s, g) {
      const lastEpoch = s.lastEpoch + 1;
      const idx = bisectRight(milestones, lastEpoch);
      const k = kernels[idx];
      const fresh = idx > 0 && milestones[idx - 1] === lastEpoch;
      const [sub, g1] = fresh ? k.stepFromZero(s.subs[idx], g) : k.step(s.subs[idx], g, NaN);
      const subs = s.subs.slice();
      subs[idx] = sub;
      return [{ lastEpoch, subs }, g1];
    },
  };
  return kernel;
}

/**
 * ChainedScheduler: every inner scheduler steps, in order, on the same group, so their
 * chainable multipliers compose (e.g. ConstantLR warm-up times ExponentialLR decay).
 */
export function chainedScheduler(kernels: NestableKernel<unknown>[]): Kernel<CompositeState> {
  const stepAll = (s: CompositeState, g0: Group): [CompositeState, Group] => {
    let g = g0;
    const subs = kernels.map((k, i) => {
      const [sub, g1] = k.step(s.subs[i], g, NaN);
      g = g1;
      return sub;
    });
    return [{ lastEpoch: s.lastEpoch + 1, subs }, g];
  };
  const kernel: Kernel<CompositeState> = {
    cyclesMomentum: kernels.some((k) => k.cyclesMomentum),
    construct(g0) {
      let g = g0;
      const subs = kernels.map((k) => {
        const [sub, g1] = k.construct(g);
        g = g1;
        return sub;
      });
      return [{ lastEpoch: 0, subs }, g];
    },
    step: stepAll,
  };
  return kernel;
}
