/**
 * Scheduler metadata: one entry per type, one row per option. The validator reads its
 * ranges from here and the reader-facing forms build their inputs from it, so the two
 * cannot disagree.
 */
import type { SchedulerType } from './spec';

export type ParamKind = 'number' | 'int' | 'intList' | 'enum' | 'bool' | 'schedulerList';

/** A value an option can hold (schedulerList values are validated recursively, not here). */
export type ParamValue = number | boolean | string | number[] | null;

export interface ParamMeta {
  /** Spec key: PyTorch's argument name in camelCase. */
  key: string;
  /** PyTorch's argument name, e.g. "T_max". */
  torchName: string;
  kind: ParamKind;
  /** Range of a number/int, or of every entry of an intList. */
  min?: number;
  max?: number;
  /** The bound itself is not allowed (open interval end). */
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /**
   * PyTorch's default, filled in when the spec leaves the option out. For `required`
   * options (PyTorch has no default) it is only the value a form starts from.
   */
  default: ParamValue;
  /** PyTorch has no default: the spec must give it. */
  required?: boolean;
  /** null is allowed (PyTorch's None). */
  nullable?: boolean;
  /** Allowed values of an enum. */
  options?: readonly string[];
  /** Most entries an intList or schedulerList may have. */
  maxLength?: number;
  /** One short sentence for the form. */
  help: string;
}

export interface SchedulerMeta {
  type: SchedulerType;
  /** One sentence: what the scheduler does. */
  summary: string;
  /** The rate as TeX (alpha_0 = base rate, t = scheduler steps so far), for KaTeX. */
  formula: string;
  params: readonly ParamMeta[];
}

const BIG = 1_000_000;
const LR_MAX = 10;

const gamma = (def: number | null, help: string): ParamMeta => ({
  key: 'gamma',
  torchName: 'gamma',
  kind: 'number',
  min: 0,
  minExclusive: true,
  max: 1,
  default: def ?? 0.9,
  required: def === null,
  help,
});
const totalIters = (help: string): ParamMeta => ({
  key: 'totalIters',
  torchName: 'total_iters',
  kind: 'int',
  min: 1,
  max: BIG,
  default: 5,
  help,
});
const etaMin: ParamMeta = {
  key: 'etaMin',
  torchName: 'eta_min',
  kind: 'number',
  min: 0,
  max: LR_MAX,
  default: 0,
  help: 'Lowest rate of the cosine.',
};
const ruleParams: readonly ParamMeta[] = [
  {
    key: 'factor',
    torchName: 'lr_lambda',
    kind: 'number',
    min: 0,
    minExclusive: true,
    max: 10,
    default: 0.8,
    required: true,
    help: 'Factor applied at each firing point.',
  },
  {
    key: 'at',
    torchName: 'lr_lambda',
    kind: 'intList',
    min: 1,
    max: BIG,
    maxLength: 1000,
    default: null,
    nullable: true,
    help: 'Update counts at which the factor fires (replaces start/end/every).',
  },
  { key: 'start', torchName: 'lr_lambda', kind: 'int', min: 1, max: BIG, default: 1, help: 'First firing point.' },
  {
    key: 'end',
    torchName: 'lr_lambda',
    kind: 'int',
    min: 1,
    max: BIG,
    default: null,
    nullable: true,
    help: 'Last firing point (empty: no end).',
  },
  {
    key: 'every',
    torchName: 'lr_lambda',
    kind: 'int',
    min: 1,
    max: BIG,
    default: 1,
    help: 'Spacing of firing points.',
  },
];
const momentumParams = (base: number, max: number): ParamMeta[] => [
  {
    key: 'cycleMomentum',
    torchName: 'cycle_momentum',
    kind: 'bool',
    default: true,
    help: 'Cycle the momentum (Adam: beta1) inversely to the rate.',
  },
  {
    key: 'baseMomentum',
    torchName: 'base_momentum',
    kind: 'number',
    min: 0,
    max: 1,
    maxExclusive: true,
    default: base,
    help: 'Momentum at the rate peak.',
  },
  {
    key: 'maxMomentum',
    torchName: 'max_momentum',
    kind: 'number',
    min: 0,
    max: 1,
    maxExclusive: true,
    default: max,
    help: 'Momentum at the rate trough.',
  },
];
const schedulerList: ParamMeta = {
  key: 'schedulers',
  torchName: 'schedulers',
  kind: 'schedulerList',
  maxLength: 8,
  default: null,
  required: true,
  help: 'The schedulers (no SequentialLR, ChainedScheduler or ReduceLROnPlateau inside).',
};

/** Every scheduler type the core runs, with its options. */
export const SCHEDULERS: readonly SchedulerMeta[] = [
  {
    type: 'ConstantLR',
    summary: 'Holds the rate at factor times the base rate for the first totalIters steps, then restores it.',
    formula: String.raw`\alpha_t = \alpha_0 \cdot \begin{cases} \mathit{factor} & t < T \\ 1 & t \ge T \end{cases}`,
    params: [
      {
        key: 'factor',
        torchName: 'factor',
        kind: 'number',
        // Not down to 0: the restore step divides by the factor (0 or a denormal gives NaN in torch too).
        min: 1e-6,
        max: 1,
        default: 1 / 3,
        help: 'Multiplier during the first totalIters steps.',
      },
      totalIters('Steps before the full rate returns.'),
    ],
  },
  {
    type: 'StepLR',
    summary: 'Multiplies the rate by gamma every stepSize steps.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\lfloor t / \mathit{stepSize} \rfloor}`,
    params: [
      {
        key: 'stepSize',
        torchName: 'step_size',
        kind: 'int',
        min: 1,
        max: BIG,
        default: 8,
        required: true,
        help: 'Steps between decays.',
      },
      gamma(0.1, 'Decay factor.'),
    ],
  },
  {
    type: 'MultiStepLR',
    summary: 'Multiplies the rate by gamma each time the step count reaches a milestone.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\,|\{ i \,:\, m_i \le t \}|}`,
    params: [
      {
        key: 'milestones',
        torchName: 'milestones',
        kind: 'intList',
        min: 0,
        max: BIG,
        maxLength: 1000,
        default: [5, 10, 15, 20],
        required: true,
        help: 'Step counts at which the rate decays (non-decreasing).',
      },
      gamma(0.1, 'Decay factor per milestone.'),
    ],
  },
  {
    type: 'MultiplicativeLR',
    summary: 'Multiplies the current rate by factor at the step counts a rule selects.',
    formula: String.raw`\alpha_t = \alpha_{t-1}\, \lambda(t),\quad \lambda(t) = \begin{cases} \mathit{factor} & t \text{ selected by the rule} \\ 1 & \text{otherwise} \end{cases}`,
    params: ruleParams,
  },
  {
    type: 'LambdaLR',
    summary: 'Sets the rate to the base rate times the product of the rule factors applied so far.',
    formula: String.raw`\alpha_t = \alpha_0\, \lambda(t),\quad \lambda(t) = \mathit{factor}^{\,n(t)},\ n(t) = \text{rule points in } 1..t`,
    params: ruleParams,
  },
  {
    type: 'ExponentialLR',
    summary: 'Multiplies the rate by gamma after every step.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{t}`,
    params: [gamma(null, 'Decay factor per step.')],
  },
  {
    type: 'LinearLR',
    summary: 'Moves the rate multiplier in a straight line from startFactor to endFactor over totalIters steps.',
    formula: String.raw`\alpha_t = \alpha_0 \Big( f_s + (f_e - f_s) \frac{\min(t, T)}{T} \Big)`,
    params: [
      {
        key: 'startFactor',
        torchName: 'start_factor',
        kind: 'number',
        // Not down to 0: the recursive ramp divides by startFactor * totalIters.
        min: 1e-6,
        max: 1,
        default: 1 / 3,
        help: 'Multiplier at the first step.',
      },
      {
        key: 'endFactor',
        torchName: 'end_factor',
        kind: 'number',
        min: 0,
        max: 1,
        default: 1,
        help: 'Multiplier from totalIters on.',
      },
      totalIters('Length of the ramp.'),
    ],
  },
  {
    type: 'PolynomialLR',
    summary: 'Decays the rate to zero over totalIters steps along a power curve.',
    formula: String.raw`\alpha_t = \alpha_0 \Big( 1 - \frac{\min(t, T)}{T} \Big)^{p}`,
    params: [
      totalIters('Steps until the rate reaches zero.'),
      {
        key: 'power',
        torchName: 'power',
        kind: 'number',
        min: 0,
        max: 10,
        default: 1,
        help: 'Exponent of the decay curve.',
      },
    ],
  },
  {
    type: 'CosineAnnealingLR',
    summary: 'Follows half a cosine from the base rate down to etaMin over tMax steps (and back up after).',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi t}{T_{\max}} \Big)`,
    params: [
      {
        key: 'tMax',
        torchName: 'T_max',
        kind: 'int',
        min: 1,
        max: BIG,
        default: 100,
        required: true,
        help: 'Steps of one half-period.',
      },
      etaMin,
    ],
  },
  {
    type: 'CosineAnnealingWarmRestarts',
    summary: 'Repeats a cosine decay from the base rate to etaMin, restarting with periods growing by tMult.',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi T_{cur}}{T_i} \Big),\quad T_i = T_0 T_{mult}^{\,i}`,
    params: [
      {
        key: 't0',
        torchName: 'T_0',
        kind: 'int',
        min: 1,
        max: BIG,
        default: 100,
        required: true,
        help: 'Steps of the first period.',
      },
      { key: 'tMult', torchName: 'T_mult', kind: 'int', min: 1, max: 100, default: 1, help: 'Period growth factor.' },
      etaMin,
    ],
  },
  {
    type: 'CyclicLR',
    summary: 'Sweeps the rate back and forth between baseLr and maxLr in triangular cycles.',
    formula: String.raw`\alpha_t = \alpha_{base} + (\alpha_{max} - \alpha_{base})\, h(t)\, s(t),\quad h \in [0, 1] \text{ triangular}`,
    params: [
      {
        key: 'baseLr',
        torchName: 'base_lr',
        kind: 'number',
        min: 0,
        max: LR_MAX,
        default: 0.001,
        required: true,
        help: 'Lower end of the cycle.',
      },
      {
        key: 'maxLr',
        torchName: 'max_lr',
        kind: 'number',
        min: 0,
        max: LR_MAX,
        default: 0.01,
        required: true,
        help: 'Upper end of the cycle.',
      },
      {
        key: 'stepSizeUp',
        torchName: 'step_size_up',
        kind: 'int',
        min: 1,
        max: BIG,
        default: 2000,
        help: 'Steps of the rising half.',
      },
      {
        key: 'stepSizeDown',
        torchName: 'step_size_down',
        kind: 'int',
        min: 1,
        max: BIG,
        default: null,
        nullable: true,
        help: 'Steps of the falling half (empty: same as rising).',
      },
      {
        key: 'mode',
        torchName: 'mode',
        kind: 'enum',
        options: ['triangular', 'triangular2', 'exp_range'],
        default: 'triangular',
        help: 'Amplitude policy: constant, halved each cycle, or gamma^step.',
      },
      gamma(1, 'Amplitude decay per step in exp_range mode.'),
      {
        key: 'scaleMode',
        torchName: 'scale_mode',
        kind: 'enum',
        options: ['cycle', 'iterations'],
        default: 'cycle',
        help: 'Kept for parity; PyTorch ignores it for the built-in modes.',
      },
      ...momentumParams(0.8, 0.9),
    ],
  },
  {
    type: 'OneCycleLR',
    summary: 'Warms the rate up to maxLr, then anneals it far below the start within one cycle.',
    formula: String.raw`\alpha: \frac{\alpha_{max}}{d} \nearrow \alpha_{max} \searrow \frac{\alpha_{max}}{d\, d_f}`,
    params: [
      {
        key: 'maxLr',
        torchName: 'max_lr',
        kind: 'number',
        min: 0,
        minExclusive: true,
        max: LR_MAX,
        default: 0.1,
        required: true,
        help: 'Peak rate.',
      },
      {
        key: 'totalSteps',
        torchName: 'total_steps',
        kind: 'int',
        min: 1,
        max: BIG,
        default: null,
        nullable: true,
        help: 'Length of the cycle (empty: epochs x stepsPerEpoch, else the whole run).',
      },
      {
        key: 'epochs',
        torchName: 'epochs',
        kind: 'int',
        min: 1,
        max: BIG,
        default: null,
        nullable: true,
        help: 'Epochs of the cycle.',
      },
      {
        key: 'stepsPerEpoch',
        torchName: 'steps_per_epoch',
        kind: 'int',
        min: 1,
        max: BIG,
        default: null,
        nullable: true,
        help: 'Steps per epoch (empty: the run’s).',
      },
      {
        key: 'pctStart',
        torchName: 'pct_start',
        kind: 'number',
        min: 0,
        max: 1,
        default: 0.3,
        help: 'Fraction of the cycle spent rising.',
      },
      {
        key: 'annealStrategy',
        torchName: 'anneal_strategy',
        kind: 'enum',
        options: ['cos', 'linear'],
        default: 'cos',
        help: 'Shape of each phase.',
      },
      ...momentumParams(0.85, 0.95),
      {
        key: 'divFactor',
        torchName: 'div_factor',
        kind: 'number',
        min: 1,
        max: 1e6,
        default: 25,
        help: 'Start rate = maxLr / divFactor.',
      },
      {
        key: 'finalDivFactor',
        torchName: 'final_div_factor',
        kind: 'number',
        min: 1,
        max: 1e9,
        default: 1e4,
        help: 'Final rate = start rate / finalDivFactor.',
      },
      {
        key: 'threePhase',
        torchName: 'three_phase',
        kind: 'bool',
        default: false,
        help: 'Fall back to the start rate before the final decay.',
      },
    ],
  },
  {
    type: 'ReduceLROnPlateau',
    summary: 'Cuts the rate by factor when the epoch loss stops improving for longer than patience epochs.',
    formula: String.raw`\alpha \leftarrow \max(\mathit{factor}\, \alpha,\ \alpha_{min}) \text{ after } \mathit{patience} + 1 \text{ epochs without improvement}`,
    params: [
      {
        key: 'mode',
        torchName: 'mode',
        kind: 'enum',
        options: ['min', 'max'],
        default: 'min',
        help: 'Whether lower or higher metric values are better.',
      },
      {
        key: 'factor',
        torchName: 'factor',
        kind: 'number',
        min: 0,
        minExclusive: true,
        max: 1,
        maxExclusive: true,
        default: 0.1,
        help: 'Multiplier applied on a plateau.',
      },
      {
        key: 'patience',
        torchName: 'patience',
        kind: 'int',
        min: 0,
        max: BIG,
        default: 10,
        help: 'Bad epochs tolerated.',
      },
      {
        key: 'threshold',
        torchName: 'threshold',
        kind: 'number',
        min: 0,
        max: 1,
        default: 1e-4,
        help: 'Smallest change that counts as an improvement.',
      },
      {
        key: 'thresholdMode',
        torchName: 'threshold_mode',
        kind: 'enum',
        options: ['rel', 'abs'],
        default: 'rel',
        help: 'Threshold relative to the best value, or absolute.',
      },
      {
        key: 'cooldown',
        torchName: 'cooldown',
        kind: 'int',
        min: 0,
        max: BIG,
        default: 0,
        help: 'Epochs ignored after a cut.',
      },
      {
        key: 'minLr',
        torchName: 'min_lr',
        kind: 'number',
        min: 0,
        max: LR_MAX,
        default: 0,
        help: 'Floor of the rate.',
      },
      {
        key: 'eps',
        torchName: 'eps',
        kind: 'number',
        min: 0,
        max: 1,
        default: 1e-8,
        help: 'Smaller cuts are skipped.',
      },
    ],
  },
  {
    type: 'SequentialLR',
    summary: 'Runs one scheduler after another, switching at the milestones.',
    formula: String.raw`\alpha_t = S_i(t - m_{i-1}) \quad \text{for } m_{i-1} \le t < m_i`,
    params: [
      schedulerList,
      {
        key: 'milestones',
        torchName: 'milestones',
        kind: 'intList',
        min: 1,
        max: BIG,
        maxLength: 7,
        default: null,
        required: true,
        help: 'Step counts at which the next scheduler takes over (one fewer than schedulers).',
      },
    ],
  },
  {
    type: 'ChainedScheduler',
    summary: 'Steps several schedulers together, so their multipliers compose.',
    formula: String.raw`\alpha_t = S_n(\cdots S_2(S_1(\alpha_{t-1})))`,
    params: [schedulerList],
  },
];

/** Metadata of one type, or undefined for an unknown type. */
export function schedulerMeta(type: string): SchedulerMeta | undefined {
  return SCHEDULERS.find((m) => m.type === type);
}

/** The types that may sit inside SequentialLR / ChainedScheduler. */
export const INNER_TYPES: readonly SchedulerType[] = SCHEDULERS.map((m) => m.type).filter(
  (t) => t !== 'ReduceLROnPlateau' && t !== 'SequentialLR' && t !== 'ChainedScheduler',
);
