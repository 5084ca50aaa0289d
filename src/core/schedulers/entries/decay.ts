/** Registry entries of the decay schedulers (kernels in ../decay.ts). */
import { int, ints, num } from '../../params';
import { BIG, count, gamma, MAX_LIST_LENGTH, totalIters, type SchedulerEntry } from './entry';

export const DECAY_ENTRIES = {
  ConstantLR: {
    summary: 'Holds the rate at factor times the base rate for the first totalIters steps, then restores it.',
    formula: String.raw`\alpha_t = \alpha_0 \cdot \begin{cases} \mathit{factor} & t < T \\ 1 & t \ge T \end{cases}`,
    params: {
      // Not down to 0: the restoring step divides by it (0 or a denormal gives NaN in torch too).
      factor: num({
        torchName: 'factor',
        label: 'Factor',
        min: 0.000001,
        max: 1,
        ends: '[]',
        default: 1 / 3,
        help: 'Multiplier during the first totalIters steps.',
      }),
      totalIters: totalIters('Steps held', 'Steps before the full rate returns.'),
    },
    preview: { type: 'ConstantLR', factor: 0.25, totalIters: 30 },
  },
  StepLR: {
    summary: 'Multiplies the rate by gamma every stepSize steps.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\lfloor t / \mathit{stepSize} \rfloor}`,
    params: {
      stepSize: int({
        torchName: 'step_size',
        label: 'Steps between decays',
        ...count,
        default: 8,
        required: true,
        help: 'Steps between decays.',
      }),
      gamma: gamma(0.1, 'Decay factor.'),
    },
    preview: { type: 'StepLR', stepSize: 25, gamma: 0.5 },
  },
  MultiStepLR: {
    summary: 'Multiplies the rate by gamma each time the step count reaches a milestone.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\,|\{ i \,:\, m_i \le t \}|}`,
    params: {
      milestones: ints({
        torchName: 'milestones',
        label: 'Milestones',
        min: 0,
        max: BIG,
        ends: '[]',
        maxLength: MAX_LIST_LENGTH,
        order: 'nondecreasing',
        default: [5, 10, 15, 20],
        required: true,
        help: 'Step counts at which the rate decays (non-decreasing).',
      }),
      gamma: gamma(0.1, 'Decay factor per milestone.'),
    },
    preview: { type: 'MultiStepLR', milestones: [30, 60, 80], gamma: 0.5 },
  },
  ExponentialLR: {
    summary: 'Multiplies the rate by gamma after every step.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{t}`,
    params: { gamma: { ...gamma(0.9, 'Decay factor per step.'), required: true } },
    preview: { type: 'ExponentialLR', gamma: 0.97 },
  },
  LinearLR: {
    summary: 'Moves the rate multiplier in a straight line from startFactor to endFactor over totalIters steps.',
    formula: String.raw`\alpha_t = \alpha_0 \Big( f_s + (f_e - f_s) \frac{\min(t, T)}{T} \Big)`,
    params: {
      // Not down to 0: the recursive ramp divides by startFactor * totalIters.
      startFactor: num({
        torchName: 'start_factor',
        label: 'Start factor',
        min: 0.000001,
        max: 1,
        ends: '[]',
        default: 1 / 3,
        help: 'Multiplier at the first step.',
      }),
      endFactor: num({
        torchName: 'end_factor',
        label: 'End factor',
        min: 0,
        max: 1,
        ends: '[]',
        default: 1,
        help: 'Multiplier from totalIters on.',
      }),
      totalIters: totalIters('Ramp length', 'Length of the ramp.'),
    },
    preview: { type: 'LinearLR', startFactor: 0.1, endFactor: 1, totalIters: 40 },
  },
  PolynomialLR: {
    summary: 'Decays the rate to zero over totalIters steps along a power curve.',
    formula: String.raw`\alpha_t = \alpha_0 \Big( 1 - \frac{\min(t, T)}{T} \Big)^{p}`,
    params: {
      totalIters: totalIters('Decay length', 'Steps until the rate reaches zero.'),
      power: num({
        torchName: 'power',
        label: 'Power',
        min: 0,
        max: 10,
        ends: '[]',
        default: 1,
        help: 'Exponent of the decay curve.',
      }),
    },
    preview: { type: 'PolynomialLR', totalIters: 80, power: 2 },
  },
} as const satisfies Record<string, SchedulerEntry>;
