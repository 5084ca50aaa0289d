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

type Extra = Partial<Pick<ParamMeta, 'required' | 'nullable' | 'maxLength'>>;

/** Parses "(0, 1]"-style ranges so that each row reads like the message it produces. */
function ranged(
  kind: 'number' | 'int' | 'intList',
  range: string,
): Pick<ParamMeta, 'kind' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'> {
  const [lo, hi] = range.slice(1, -1).split(',').map(Number);
  const out: Pick<ParamMeta, 'kind' | 'min' | 'max' | 'minExclusive' | 'maxExclusive'> = { kind, min: lo, max: hi };
  if (range.startsWith('(')) out.minExclusive = true;
  if (range.endsWith(')')) out.maxExclusive = true;
  return out;
}
const num = (
  key: string,
  torchName: string,
  range: string,
  def: number | null,
  help: string,
  extra: Extra = {},
): ParamMeta => ({
  key,
  torchName,
  ...ranged('number', range),
  default: def,
  help,
  ...extra,
});
const int = (
  key: string,
  torchName: string,
  range: string,
  def: number | null,
  help: string,
  extra: Extra = {},
): ParamMeta => ({
  key,
  torchName,
  ...ranged('int', range),
  default: def,
  help,
  ...extra,
});
const ints = (
  key: string,
  torchName: string,
  range: string,
  def: number[] | null,
  help: string,
  extra: Extra,
): ParamMeta => ({
  key,
  torchName,
  ...ranged('intList', range),
  default: def,
  help,
  ...extra,
});
const choice = (key: string, torchName: string, options: readonly string[], help: string): ParamMeta => ({
  key,
  torchName,
  kind: 'enum',
  options,
  default: options[0],
  help,
});
const flag = (key: string, torchName: string, def: boolean, help: string): ParamMeta => ({
  key,
  torchName,
  kind: 'bool',
  default: def,
  help,
});

const REQUIRED: Extra = { required: true };
const NULLABLE: Extra = { nullable: true };
const LR = `[0, ${LR_MAX}]`;
const COUNT = `[1, ${BIG}]`;

const gamma = (def: number | null, help: string): ParamMeta =>
  num('gamma', 'gamma', '(0, 1]', def ?? 0.9, help, def === null ? REQUIRED : {});
const totalIters = (help: string): ParamMeta => int('totalIters', 'total_iters', COUNT, 5, help);
const etaMin = num('etaMin', 'eta_min', LR, 0, 'Lowest rate of the cosine.');
const ruleParams: readonly ParamMeta[] = [
  num('factor', 'lr_lambda', '(0, 10]', 0.8, 'Factor applied at each firing point.', REQUIRED),
  ints('at', 'lr_lambda', COUNT, null, 'Update counts at which the factor fires (replaces start/end/every).', {
    nullable: true,
    maxLength: 1000,
  }),
  int('start', 'lr_lambda', COUNT, 1, 'First firing point.'),
  int('end', 'lr_lambda', COUNT, null, 'Last firing point (empty: no end).', NULLABLE),
  int('every', 'lr_lambda', COUNT, 1, 'Spacing of firing points.'),
];
const momentumParams = (base: number, max: number): ParamMeta[] => [
  flag('cycleMomentum', 'cycle_momentum', true, 'Cycle the momentum (Adam: beta1) inversely to the rate.'),
  num('baseMomentum', 'base_momentum', '[0, 1)', base, 'Momentum at the rate peak.'),
  num('maxMomentum', 'max_momentum', '[0, 1)', max, 'Momentum at the rate trough.'),
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
    // factor not down to 0: the restoring step divides by it (0 or a denormal gives NaN in torch too).
    params: [
      num('factor', 'factor', '[0.000001, 1]', 1 / 3, 'Multiplier during the first totalIters steps.'),
      totalIters('Steps before the full rate returns.'),
    ],
  },
  {
    type: 'StepLR',
    summary: 'Multiplies the rate by gamma every stepSize steps.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\lfloor t / \mathit{stepSize} \rfloor}`,
    params: [int('stepSize', 'step_size', COUNT, 8, 'Steps between decays.', REQUIRED), gamma(0.1, 'Decay factor.')],
  },
  {
    type: 'MultiStepLR',
    summary: 'Multiplies the rate by gamma each time the step count reaches a milestone.',
    formula: String.raw`\alpha_t = \alpha_0\, \gamma^{\,|\{ i \,:\, m_i \le t \}|}`,
    params: [
      ints(
        'milestones',
        'milestones',
        `[0, ${BIG}]`,
        [5, 10, 15, 20],
        'Step counts at which the rate decays (non-decreasing).',
        {
          required: true,
          maxLength: 1000,
        },
      ),
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
    // startFactor not down to 0: the recursive ramp divides by startFactor * totalIters.
    params: [
      num('startFactor', 'start_factor', '[0.000001, 1]', 1 / 3, 'Multiplier at the first step.'),
      num('endFactor', 'end_factor', '[0, 1]', 1, 'Multiplier from totalIters on.'),
      totalIters('Length of the ramp.'),
    ],
  },
  {
    type: 'PolynomialLR',
    summary: 'Decays the rate to zero over totalIters steps along a power curve.',
    formula: String.raw`\alpha_t = \alpha_0 \Big( 1 - \frac{\min(t, T)}{T} \Big)^{p}`,
    params: [
      totalIters('Steps until the rate reaches zero.'),
      num('power', 'power', '[0, 10]', 1, 'Exponent of the decay curve.'),
    ],
  },
  {
    type: 'CosineAnnealingLR',
    summary: 'Follows half a cosine from the base rate down to etaMin over tMax steps (and back up after).',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi t}{T_{\max}} \Big)`,
    params: [int('tMax', 'T_max', COUNT, 100, 'Steps of one half-period.', REQUIRED), etaMin],
  },
  {
    type: 'CosineAnnealingWarmRestarts',
    summary: 'Repeats a cosine decay from the base rate to etaMin, restarting with periods growing by tMult.',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi T_{cur}}{T_i} \Big),\quad T_i = T_0 T_{mult}^{\,i}`,
    params: [
      int('t0', 'T_0', COUNT, 100, 'Steps of the first period.', REQUIRED),
      int('tMult', 'T_mult', '[1, 100]', 1, 'Period growth factor.'),
      etaMin,
    ],
  },
  {
    type: 'CyclicLR',
    summary: 'Sweeps the rate back and forth between baseLr and maxLr in triangular cycles.',
    formula: String.raw`\alpha_t = \alpha_{base} + (\alpha_{max} - \alpha_{base})\, h(t)\, s(t),\quad h \in [0, 1] \text{ triangular}`,
    params: [
      num('baseLr', 'base_lr', LR, 0.001, 'Lower end of the cycle.', REQUIRED),
      num('maxLr', 'max_lr', LR, 0.01, 'Upper end of the cycle.', REQUIRED),
      int('stepSizeUp', 'step_size_up', COUNT, 2000, 'Steps of the rising half.'),
      int(
        'stepSizeDown',
        'step_size_down',
        COUNT,
        null,
        'Steps of the falling half (empty: same as rising).',
        NULLABLE,
      ),
      choice(
        'mode',
        'mode',
        ['triangular', 'triangular2', 'exp_range'],
        'Amplitude policy: constant, halved each cycle, or gamma^step.',
      ),
      gamma(1, 'Amplitude decay per step in exp_range mode.'),
      choice(
        'scaleMode',
        'scale_mode',
        ['cycle', 'iterations'],
        'Kept for parity; PyTorch ignores it for the built-in modes.',
      ),
      ...momentumParams(0.8, 0.9),
    ],
  },
  {
    type: 'OneCycleLR',
    summary: 'Warms the rate up to maxLr, then anneals it far below the start within one cycle.',
    formula: String.raw`\alpha: \frac{\alpha_{max}}{d} \nearrow \alpha_{max} \searrow \frac{\alpha_{max}}{d\, d_f}`,
    params: [
      num('maxLr', 'max_lr', `(0, ${LR_MAX}]`, 0.1, 'Peak rate.', REQUIRED),
      int(
        'totalSteps',
        'total_steps',
        COUNT,
        null,
        'Length of the cycle (empty: epochs x stepsPerEpoch, else the whole run).',
        NULLABLE,
      ),
      int('epochs', 'epochs', COUNT, null, 'Epochs of the cycle.', NULLABLE),
      int('stepsPerEpoch', 'steps_per_epoch', COUNT, null, 'Steps per epoch (empty: the run’s).', NULLABLE),
      num('pctStart', 'pct_start', '[0, 1]', 0.3, 'Fraction of the cycle spent rising.'),
      choice('annealStrategy', 'anneal_strategy', ['cos', 'linear'], 'Shape of each phase.'),
      ...momentumParams(0.85, 0.95),
      num('divFactor', 'div_factor', '[1, 1000000]', 25, 'Start rate = maxLr / divFactor.'),
      num('finalDivFactor', 'final_div_factor', '[1, 1000000000]', 1e4, 'Final rate = start rate / finalDivFactor.'),
      flag('threePhase', 'three_phase', false, 'Fall back to the start rate before the final decay.'),
    ],
  },
  {
    type: 'ReduceLROnPlateau',
    summary: 'Cuts the rate by factor when the epoch loss stops improving for longer than patience epochs.',
    formula: String.raw`\alpha \leftarrow \max(\mathit{factor}\, \alpha,\ \alpha_{min}) \text{ after } \mathit{patience} + 1 \text{ epochs without improvement}`,
    params: [
      choice('mode', 'mode', ['min', 'max'], 'Whether lower or higher metric values are better.'),
      num('factor', 'factor', '(0, 1)', 0.1, 'Multiplier applied on a plateau.'),
      int('patience', 'patience', `[0, ${BIG}]`, 10, 'Bad epochs tolerated.'),
      num('threshold', 'threshold', '[0, 1]', 1e-4, 'Smallest change that counts as an improvement.'),
      choice('thresholdMode', 'threshold_mode', ['rel', 'abs'], 'Threshold relative to the best value, or absolute.'),
      int('cooldown', 'cooldown', `[0, ${BIG}]`, 0, 'Epochs ignored after a cut.'),
      num('minLr', 'min_lr', LR, 0, 'Floor of the rate.'),
      num('eps', 'eps', '[0, 1]', 1e-8, 'Smaller cuts are skipped.'),
    ],
  },
  {
    type: 'SequentialLR',
    summary: 'Runs one scheduler after another, switching at the milestones.',
    formula: String.raw`\alpha_t = S_i(t - m_{i-1}) \quad \text{for } m_{i-1} \le t < m_i`,
    params: [
      schedulerList,
      ints(
        'milestones',
        'milestones',
        COUNT,
        null,
        'Step counts at which the next scheduler takes over (one fewer than schedulers).',
        {
          required: true,
          maxLength: 7,
        },
      ),
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
