/**
 * MultiplicativeLR and LambdaLR: PyTorch's `lr_lambda` as a serialisable factor rule (a
 * factor that fires at chosen update counts t, where t is `last_epoch` after the `step()`
 * call, t >= 1). A rule fires at t when `t` is listed in `at`, or when
 * `start <= t <= end` and `(t - start) % every == 0`. Kernels in ../rules.ts.
 */
import { int, ints, num, type ValuesOf } from '../../params';
import type { ConfigError } from '../../types';
import { atLeast, count, MAX_LIST_LENGTH, type SchedulerEntry } from './entry';

/** The options of a factor rule (MultiplicativeLR, LambdaLR): PyTorch's `lr_lambda`. */
export const RULE = {
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

/** A factor rule (see the module comment). */
export type FactorRule = ValuesOf<typeof RULE>;

/** `at` replaces start, end and spacing; end is at least start. */
function ruleCheck(s: Record<string, unknown>, raw: Record<string, unknown>, path: string): ConfigError[] {
  if (s.at === null) return s.end !== null ? atLeast(s, path, 'start', 'end') : [];
  // Defaults are tolerated so that a validated spec validates again unchanged.
  const defaults: Record<string, unknown> = { start: 1, end: null, every: 1 };
  const mixed = ['start', 'end', 'every'].filter((k) => raw[k] !== undefined && raw[k] !== defaults[k]);
  return mixed.length > 0 ? [{ path: `${path}.at`, message: `cannot be combined with ${mixed.join(', ')}` }] : [];
}

/** The factor-rule schedulers. */
export const RULE_ENTRIES = {
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
} as const satisfies Record<string, SchedulerEntry>;
