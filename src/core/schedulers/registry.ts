/**
 * The scheduler registry: one entry per PyTorch scheduler class, each option (range,
 * PyTorch's default and name, label, help) declared once. The spec types below are
 * inferred from it; the validator, the reader's form fields, the URL codec and the
 * PyTorch call text derive from it. Adding a scheduler type is one entry here plus its
 * kernel in `kernels.ts` (the compiler asks for both).
 *
 * Specs use PyTorch's class name as `type` and its argument names in camelCase as keys.
 * Python lambdas (LambdaLR, MultiplicativeLR) become serialisable *rules*: a factor that
 * fires at chosen update counts t, where t is `last_epoch` after the `step()` call (t >= 1).
 * A rule fires at t when `t` is listed in `at`, or when `start <= t <= end` and
 * `(t - start) % every == 0`.
 */
import { MAX_LR } from '../optimizers/registry';
import { choice, flag, int, ints, num, schedulerList, type Params, type ValuesOf } from '../params';
import type { ConfigError } from '../types';

const BIG = 1_000_000;
/** Most entries of a list of step counts (milestones, firing points): the one rule for lists. */
export const MAX_LIST_LENGTH = 1000;
/** Most schedulers a SequentialLR or ChainedScheduler holds. */
export const MAX_INNER_SCHEDULERS = 8;

const count = { min: 1, max: BIG, ends: '[]' } as const;
const rate = { min: 0, max: MAX_LR, ends: '[]' } as const;

const gamma = (def: number, help: string) =>
  num({ torchName: 'gamma', label: 'Decay factor', min: 0, max: 1, ends: '(]', default: def, help });
const totalIters = (label: string, help: string) =>
  int({ torchName: 'total_iters', label, ...count, default: 5, help });
const etaMin = num({
  torchName: 'eta_min',
  label: 'Lowest rate',
  ...rate,
  default: 0,
  help: 'Lowest rate of the cosine.',
});
const momentumParams = (base: number, max: number) =>
  ({
    cycleMomentum: flag({
      torchName: 'cycle_momentum',
      label: 'Cycle momentum',
      default: true,
      help: 'Cycle the momentum (Adam: beta1) inversely to the rate.',
    }),
    baseMomentum: num({
      torchName: 'base_momentum',
      label: 'Momentum at peak rate',
      min: 0,
      max: 1,
      ends: '[)',
      default: base,
      help: 'Momentum where the rate is highest.',
    }),
    maxMomentum: num({
      torchName: 'max_momentum',
      label: 'Momentum at lowest rate',
      min: 0,
      max: 1,
      ends: '[)',
      default: max,
      help: 'Momentum where the rate is lowest.',
    }),
  }) as const;

/** The options of a factor rule (MultiplicativeLR, LambdaLR): PyTorch's `lr_lambda`. */
const RULE = {
  factor: num({
    torchName: 'lr_lambda',
    label: 'Factor',
    min: 0,
    max: 10,
    ends: '(]',
    default: 0.8,
    required: true,
    help: 'Factor applied at each firing point.',
  }),
  at: ints({
    torchName: 'lr_lambda',
    label: 'Fires at',
    ...count,
    maxLength: MAX_LIST_LENGTH,
    order: 'increasing',
    default: null,
    nullable: true,
    help: 'Update counts at which the factor fires (replaces first, last and spacing).',
  }),
  start: int({ torchName: 'lr_lambda', label: 'First firing', ...count, default: 1, help: 'First firing point.' }),
  end: int({
    torchName: 'lr_lambda',
    label: 'Last firing',
    ...count,
    default: null,
    nullable: true,
    help: 'Last firing point (empty: no end).',
  }),
  every: int({ torchName: 'lr_lambda', label: 'Spacing', ...count, default: 1, help: 'Spacing of firing points.' }),
} as const;

const inner = schedulerList({
  torchName: 'schedulers',
  label: 'Schedulers',
  maxLength: MAX_INNER_SCHEDULERS,
  default: null,
  required: true,
  help: 'The schedulers (no SequentialLR, ChainedScheduler or ReduceLROnPlateau inside).',
});

/** What one registry entry declares. */
export interface SchedulerEntry {
  /** One sentence: what the scheduler does. */
  summary: string;
  /** The rate as TeX (alpha_0 = base rate, t = scheduler steps so far), for KaTeX. */
  formula: string;
  params: Params;
  /**
   * A spec whose curve shows the scheduler's shape within `PREVIEW_UPDATES` updates (the
   * whole cycle, a visible period); what an explorer starts from.
   */
  preview: Record<string, unknown>;
  /** false: may not sit inside SequentialLR / ChainedScheduler. */
  nestable?: false;
  /**
   * 'epoch-metric': stepped once per epoch with that epoch's mean loss (ReduceLROnPlateau),
   * whatever the config's `schedulerStep` says. Default: stepped on the config's cadence.
   */
  cadence?: 'epoch-metric';
  /**
   * Groups of options PyTorch needs one of, all set (e.g. `total_steps`, or `epochs` with
   * `steps_per_epoch`). The core fills a group left unset from the run; the PyTorch call
   * text writes the filled group, never an incomplete one.
   */
  torchNeedsOneOf?: readonly (readonly string[])[];
  /** Constraints between options (each option already valid on its own). */
  check?(s: Record<string, unknown>, raw: Record<string, unknown>, path: string): ConfigError[];
}

/** Updates the preview specs are made for. */
export const PREVIEW_UPDATES = 100;

const atLeast = (s: Record<string, unknown>, path: string, lo: string, hi: string): ConfigError[] =>
  (s[hi] as number) < (s[lo] as number)
    ? [{ path: `${path}.${hi}`, message: `must be at least ${lo} (${s[lo]}); got ${s[hi]}` }]
    : [];
const momentumOrder = (s: Record<string, unknown>, path: string): ConfigError[] =>
  (s.baseMomentum as number) > (s.maxMomentum as number)
    ? [
        {
          path: `${path}.baseMomentum`,
          message: `must be at most maxMomentum (${s.maxMomentum}); got ${s.baseMomentum}`,
        },
      ]
    : [];
function ruleCheck(s: Record<string, unknown>, raw: Record<string, unknown>, path: string): ConfigError[] {
  if (s.at === null) return s.end !== null ? atLeast(s, path, 'start', 'end') : [];
  // Defaults are tolerated so that a validated spec validates again unchanged.
  const defaults: Record<string, unknown> = { start: 1, end: null, every: 1 };
  const mixed = ['start', 'end', 'every'].filter((k) => raw[k] !== undefined && raw[k] !== defaults[k]);
  return mixed.length > 0 ? [{ path: `${path}.at`, message: `cannot be combined with ${mixed.join(', ')}` }] : [];
}

/** Every scheduler type the core runs, in the order forms list them. */
export const SCHEDULER_REGISTRY = {
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
  MultiplicativeLR: {
    summary: 'Multiplies the current rate by factor at the step counts a rule selects.',
    formula: String.raw`\alpha_t = \alpha_{t-1}\, \lambda(t),\quad \lambda(t) = \begin{cases} \mathit{factor} & t \text{ selected by the rule} \\ 1 & \text{otherwise} \end{cases}`,
    params: RULE,
    check: ruleCheck,
    preview: { type: 'MultiplicativeLR', factor: 0.9, start: 10, every: 10 },
  },
  LambdaLR: {
    summary: 'Sets the rate to the base rate times the product of the rule factors applied so far.',
    formula: String.raw`\alpha_t = \alpha_0\, \lambda(t),\quad \lambda(t) = \mathit{factor}^{\,n(t)},\ n(t) = \text{rule points in } 1..t`,
    params: RULE,
    check: ruleCheck,
    preview: { type: 'LambdaLR', factor: 0.5, at: [25, 50, 75] },
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
  CosineAnnealingLR: {
    summary: 'Follows half a cosine from the base rate down to etaMin over tMax steps (and back up after).',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi t}{T_{\max}} \Big)`,
    params: {
      tMax: int({
        torchName: 'T_max',
        label: 'Half period',
        ...count,
        default: 100,
        required: true,
        help: 'Steps of one half-period.',
      }),
      etaMin,
    },
    preview: { type: 'CosineAnnealingLR', tMax: 80, etaMin: 0 },
  },
  CosineAnnealingWarmRestarts: {
    summary: 'Repeats a cosine decay from the base rate to etaMin, restarting with periods growing by tMult.',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi T_{cur}}{T_i} \Big),\quad T_i = T_0 T_{mult}^{\,i}`,
    params: {
      t0: int({
        torchName: 'T_0',
        label: 'First period',
        ...count,
        default: 100,
        required: true,
        help: 'Steps of the first period.',
      }),
      tMult: int({
        torchName: 'T_mult',
        label: 'Period growth',
        min: 1,
        max: 100,
        ends: '[]',
        default: 1,
        help: 'Period growth factor.',
      }),
      etaMin,
    },
    preview: { type: 'CosineAnnealingWarmRestarts', t0: 20, tMult: 2, etaMin: 0 },
  },
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
  ReduceLROnPlateau: {
    summary: 'Cuts the rate by factor when the epoch loss stops improving for longer than patience epochs.',
    formula: String.raw`\alpha \leftarrow \max(\mathit{factor}\, \alpha,\ \alpha_{min}) \text{ after } \mathit{patience} + 1 \text{ epochs without improvement}`,
    params: {
      mode: choice({
        torchName: 'mode',
        label: 'Better is',
        options: ['min', 'max'],
        default: 'min',
        help: 'Whether lower or higher metric values are better.',
      }),
      factor: num({
        torchName: 'factor',
        label: 'Cut factor',
        min: 0,
        max: 1,
        ends: '()',
        default: 0.1,
        help: 'Multiplier applied on a plateau.',
      }),
      patience: int({
        torchName: 'patience',
        label: 'Patience',
        min: 0,
        max: BIG,
        ends: '[]',
        default: 10,
        help: 'Bad epochs tolerated.',
      }),
      threshold: num({
        torchName: 'threshold',
        label: 'Threshold',
        min: 0,
        max: 1,
        ends: '[]',
        default: 1e-4,
        help: 'Smallest change that counts as an improvement.',
      }),
      thresholdMode: choice({
        torchName: 'threshold_mode',
        label: 'Threshold is',
        options: ['rel', 'abs'],
        default: 'rel',
        help: 'Threshold relative to the best value, or absolute.',
      }),
      cooldown: int({
        torchName: 'cooldown',
        label: 'Cooldown',
        min: 0,
        max: BIG,
        ends: '[]',
        default: 0,
        help: 'Epochs ignored after a cut.',
      }),
      minLr: num({ torchName: 'min_lr', label: 'Lowest rate', ...rate, default: 0, help: 'Floor of the rate.' }),
      eps: num({
        torchName: 'eps',
        label: 'Smallest cut',
        min: 0,
        max: 1,
        ends: '[]',
        default: 1e-8,
        help: 'Smaller cuts are skipped.',
      }),
    },
    nestable: false,
    cadence: 'epoch-metric',
    preview: { type: 'ReduceLROnPlateau', factor: 0.5, patience: 2 },
  },
  SequentialLR: {
    summary: 'Runs one scheduler after another, switching at the milestones.',
    formula: String.raw`\alpha_t = S_i(t - m_{i-1}) \quad \text{for } m_{i-1} \le t < m_i`,
    params: {
      schedulers: inner,
      milestones: ints({
        torchName: 'milestones',
        label: 'Switch points',
        ...count,
        maxLength: MAX_INNER_SCHEDULERS - 1,
        order: 'increasing',
        default: null,
        required: true,
        help: 'Step counts at which the next scheduler takes over (one fewer than schedulers).',
      }),
    },
    nestable: false,
    check(s, _raw, path) {
      const ms = s.milestones as number[];
      const n = (s.schedulers as unknown[]).length;
      if (ms.length === n - 1) return [];
      return [
        {
          path: `${path}.milestones`,
          message: `must have one entry fewer than schedulers (${n - 1}); got ${ms.length}`,
        },
      ];
    },
    preview: {
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 20 },
        { type: 'CosineAnnealingLR', tMax: 80 },
      ],
      milestones: [20],
    },
  },
  ChainedScheduler: {
    summary: 'Steps several schedulers together, so their multipliers compose.',
    formula: String.raw`\alpha_t = S_n(\cdots S_2(S_1(\alpha_{t-1})))`,
    params: { schedulers: inner },
    nestable: false,
    preview: {
      type: 'ChainedScheduler',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 20 },
        { type: 'ExponentialLR', gamma: 0.98 },
      ],
    },
  },
} as const satisfies Record<string, SchedulerEntry>;

type Registry = typeof SCHEDULER_REGISTRY;
export type SchedulerType = keyof Registry;
/** Types that may sit inside SequentialLR / ChainedScheduler. */
export type InnerType = { [T in SchedulerType]: Registry[T] extends { nestable: false } ? never : T }[SchedulerType];
type OuterType = Exclude<SchedulerType, InnerType>;

/** The validated spec of one type: `type` plus every option, PyTorch's defaults filled in. */
export type SpecOf<T extends SchedulerType> = T extends InnerType
  ? { type: T } & ValuesOf<Registry[T]['params']>
  : { type: T } & ValuesOf<Registry[T]['params'], InnerSpec>;
/** The schedulers a SequentialLR or ChainedScheduler may hold (no nesting, no plateau). */
export type InnerSpec = { [T in InnerType]: { type: T } & ValuesOf<Registry[T]['params']> }[InnerType];
type OuterSpec = { [T in OuterType]: { type: T } & ValuesOf<Registry[T]['params'], InnerSpec> }[OuterType];
/** Every validated scheduler spec. */
export type AnySchedulerSpec = InnerSpec | OuterSpec;

/** A factor rule (see the module comment). */
export type FactorRule = ValuesOf<typeof RULE>;
export type ConstantLRSpec = SpecOf<'ConstantLR'>;
export type StepLRSpec = SpecOf<'StepLR'>;
export type MultiStepLRSpec = SpecOf<'MultiStepLR'>;
export type MultiplicativeLRSpec = SpecOf<'MultiplicativeLR'>;
export type LambdaLRSpec = SpecOf<'LambdaLR'>;
export type ExponentialLRSpec = SpecOf<'ExponentialLR'>;
export type LinearLRSpec = SpecOf<'LinearLR'>;
export type PolynomialLRSpec = SpecOf<'PolynomialLR'>;
export type CosineAnnealingLRSpec = SpecOf<'CosineAnnealingLR'>;
export type CosineAnnealingWarmRestartsSpec = SpecOf<'CosineAnnealingWarmRestarts'>;
export type CyclicLRSpec = SpecOf<'CyclicLR'>;
export type OneCycleLRSpec = SpecOf<'OneCycleLR'>;
export type ReduceLROnPlateauSpec = SpecOf<'ReduceLROnPlateau'>;
export type SequentialLRSpec = SpecOf<'SequentialLR'>;
export type ChainedSchedulerSpec = SpecOf<'ChainedScheduler'>;

/** Every type, in registry order. */
export const SCHEDULER_TYPES = Object.keys(SCHEDULER_REGISTRY) as SchedulerType[];

/** The registry entry of a type name, or undefined for a name that is not one. */
export function schedulerEntry(type: unknown): SchedulerEntry | undefined {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(SCHEDULER_REGISTRY, type)
    ? (SCHEDULER_REGISTRY as Record<string, SchedulerEntry>)[type]
    : undefined;
}

/** The types that may sit inside SequentialLR / ChainedScheduler. */
export const INNER_TYPES: readonly SchedulerType[] = SCHEDULER_TYPES.filter(
  (t) => schedulerEntry(t)?.nestable !== false,
);

/** True when the type holds other schedulers (SequentialLR, ChainedScheduler). */
export function holdsSchedulers(type: string): boolean {
  return Object.values(schedulerEntry(type)?.params ?? {}).some((p) => p.kind === 'schedulerList');
}

/**
 * The preview spec of a type: a curve that shows the scheduler's shape within
 * `PREVIEW_UPDATES` updates (CosineAnnealingLR reaching its trough, CyclicLR's cycles,
 * OneCycleLR whole). A fresh copy, safe to edit.
 */
export function previewSpec<T extends SchedulerType>(type: T): { type: T; [option: string]: unknown } {
  return { ...structuredClone(SCHEDULER_REGISTRY[type].preview), type };
}
