/** Registry entries of the cyclic schedulers, CyclicLR and OneCycleLR (kernels in ../cyclic.ts). */
import { MAX_LR } from '../../optimizers/registry';
import { choice, flag, int, num } from '../../params';
import {
  atLeast,
  count,
  gamma,
  momentumOrder,
  momentumParams,
  PREVIEW_UPDATES,
  rate,
  type SchedulerEntry,
} from './entry';

export const CYCLIC_ENTRIES = {
  CyclicLR: {
    summary: 'Sweeps the rate back and forth between baseLr and maxLr in triangular cycles.',
    formula: String.raw`\alpha_t = \alpha_{base} + (\alpha_{max} - \alpha_{base})\, h(t)\, s(t),\quad h \in [0, 1] \text{ triangular}`,
    params: {
      baseLr: num({
        torchName: 'base_lr',
        label: 'Lowest rate',
        ...rate,
        default: 0.001,
        required: true,
        help: 'Lower end of the cycle.',
      }),
      maxLr: num({
        torchName: 'max_lr',
        label: 'Highest rate',
        ...rate,
        default: 0.01,
        required: true,
        help: 'Upper end of the cycle.',
      }),
      stepSizeUp: int({
        torchName: 'step_size_up',
        label: 'Rising steps',
        ...count,
        default: 2000,
        help: 'Steps of the rising half.',
      }),
      stepSizeDown: int({
        torchName: 'step_size_down',
        label: 'Falling steps',
        ...count,
        default: null,
        nullable: true,
        help: 'Steps of the falling half (empty: same as rising).',
      }),
      mode: choice({
        torchName: 'mode',
        label: 'Amplitude policy',
        options: ['triangular', 'triangular2', 'exp_range'],
        default: 'triangular',
        help: 'Amplitude policy: constant, halved each cycle, or gamma^step.',
      }),
      gamma: gamma(1, 'Amplitude decay per step in exp_range mode.'),
      scaleMode: choice({
        torchName: 'scale_mode',
        label: 'Scale by',
        options: ['cycle', 'iterations'],
        default: 'cycle',
        help: 'Kept for parity; PyTorch ignores it for the built-in modes.',
      }),
      ...momentumParams(0.8, 0.9),
    },
    check: (s, _raw, path) => [...atLeast(s, path, 'baseLr', 'maxLr'), ...momentumOrder(s, path)],
    preview: { type: 'CyclicLR', baseLr: 0.001, maxLr: 0.01, stepSizeUp: 20 },
  },
  OneCycleLR: {
    summary: 'Warms the rate up to maxLr, then anneals it far below the start within one cycle.',
    formula: String.raw`\alpha: \frac{\alpha_{max}}{d} \nearrow \alpha_{max} \searrow \frac{\alpha_{max}}{d\, d_f}`,
    params: {
      maxLr: num({
        torchName: 'max_lr',
        label: 'Peak rate',
        min: 0,
        max: MAX_LR,
        ends: '(]',
        default: 0.1,
        required: true,
        help: 'Peak rate.',
      }),
      totalSteps: int({
        torchName: 'total_steps',
        label: 'Cycle length',
        ...count,
        default: null,
        nullable: true,
        help: 'Length of the cycle (empty: epochs x steps per epoch, else the whole run).',
      }),
      epochs: int({
        torchName: 'epochs',
        label: 'Cycle epochs',
        ...count,
        default: null,
        nullable: true,
        help: 'Epochs of the cycle.',
      }),
      stepsPerEpoch: int({
        torchName: 'steps_per_epoch',
        label: 'Steps per epoch',
        ...count,
        default: null,
        nullable: true,
        help: 'Steps per epoch (empty: the run’s).',
      }),
      pctStart: num({
        torchName: 'pct_start',
        label: 'Rising share',
        min: 0,
        max: 1,
        ends: '[]',
        default: 0.3,
        help: 'Fraction of the cycle spent rising.',
      }),
      annealStrategy: choice({
        torchName: 'anneal_strategy',
        label: 'Curve',
        options: ['cos', 'linear'],
        default: 'cos',
        help: 'Shape of each phase.',
      }),
      ...momentumParams(0.85, 0.95),
      divFactor: num({
        torchName: 'div_factor',
        label: 'Start divisor',
        min: 1,
        max: 1000000,
        ends: '[]',
        default: 25,
        help: 'Start rate = peak rate / this.',
      }),
      finalDivFactor: num({
        torchName: 'final_div_factor',
        label: 'Final divisor',
        min: 1,
        max: 1000000000,
        ends: '[]',
        default: 1e4,
        help: 'Final rate = start rate / this.',
      }),
      threePhase: flag({
        torchName: 'three_phase',
        label: 'Three phases',
        default: false,
        help: 'Fall back to the start rate before the final decay.',
      }),
    },
    torchNeedsOneOf: [['totalSteps'], ['epochs', 'stepsPerEpoch']],
    check(s, _raw, path) {
      const out = momentumOrder(s, path);
      if (s.totalSteps === null && s.epochs === null && s.stepsPerEpoch !== null)
        out.push({ path: `${path}.epochs`, message: 'is required when stepsPerEpoch is given without totalSteps' });
      return out;
    },
    preview: { type: 'OneCycleLR', maxLr: 0.1, totalSteps: PREVIEW_UPDATES },
  },
} as const satisfies Record<string, SchedulerEntry>;
