/**
 * ReduceLROnPlateau: the only scheduler driven by a measured quantity. The core steps it
 * once per epoch with the epoch's mean loss (its registry entry says so: `cadence: 'epoch-metric'`).
 */
import type { Kernel } from './kernel';
import type { ReduceLROnPlateauSpec } from './registry';

interface PlateauState {
  lastEpoch: number;
  /** Best metric so far; null stands for PyTorch's initial +-inf (JSON has no infinity). */
  best: number | null;
  numBadEpochs: number;
  cooldownCounter: number;
}

/**
 * After each step with metric v: v is an improvement when v < best (1 - threshold)
 * (min/rel), v < best - threshold (min/abs), v > best (1 + threshold) (max/rel) or
 * v > best + threshold (max/abs). When more than `patience` epochs in a row brought no
 * improvement (epochs in cooldown do not count), lr <- max(lr * factor, minLr), unless
 * that changes lr by no more than eps; then `cooldown` epochs are ignored. A missing or
 * NaN metric counts as no improvement (PyTorch compares NaN as worse).
 */
export function reduceLROnPlateau(spec: ReduceLROnPlateauSpec): Kernel<PlateauState> {
  const worst = spec.mode === 'min' ? Infinity : -Infinity;
  const isBetter = (a: number, best: number): boolean => {
    if (spec.mode === 'min')
      return spec.thresholdMode === 'rel' ? a < best * (1 - spec.threshold) : a < best - spec.threshold;
    return spec.thresholdMode === 'rel' ? a > best * (spec.threshold + 1) : a > best + spec.threshold;
  };
  const kernel: Kernel<PlateauState> = {
    cyclesMomentum: false,
    construct: (g) => [{ lastEpoch: 0, best: null, numBadEpochs: 0, cooldownCounter: 0 }, g],
    step(s, g, metric) {
      const current = metric;
      let { best, numBadEpochs, cooldownCounter } = s;
      if (isBetter(current, best ?? worst)) {
        best = current;
        numBadEpochs = 0;
      } else {
        numBadEpochs += 1;
      }
      if (cooldownCounter > 0) {
        cooldownCounter -= 1;
        numBadEpochs = 0;
      }
      let lr = g.lr;
      if (numBadEpochs > spec.patience) {
        const reduced = Math.max(lr * spec.factor, spec.minLr);
        if (lr - reduced > spec.eps) lr = reduced;
        cooldownCounter = spec.cooldown;
        numBadEpochs = 0;
      }
      const next = { lastEpoch: s.lastEpoch + 1, best, numBadEpochs, cooldownCounter };
      return [next, lr === g.lr ? g : { ...g, lr }];
    },
  };
  return kernel;
}
