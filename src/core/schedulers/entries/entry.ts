/**
 * What a scheduler registry entry declares (see ../registry.ts), and the pieces several
 * entries share: the limits, option builders used by more than one type, and checks
 * between two options.
 */
import { MAX_LR } from '../../optimizers/registry';
import { flag, int, num, type Params } from '../../params';
import type { ConfigError } from '../../types';

/** Upper end of step-count options. */
export const BIG = 1_000_000;
/** Most entries of a list of step counts (milestones, firing points): the one rule for lists. */
export const MAX_LIST_LENGTH = 1000;
/** Most schedulers a SequentialLR or ChainedScheduler holds. */
export const MAX_INNER_SCHEDULERS = 8;

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

/** Step counts: whole numbers from 1 to a million. */
export const count = { min: 1, max: BIG, ends: '[]' } as const;
/** Learning rates: 0 to MAX_LR. */
export const rate = { min: 0, max: MAX_LR, ends: '[]' } as const;
/** PyTorch's `gamma`, a decay factor in (0, 1]. */
export const gamma = (def: number, help: string) =>
  num({ torchName: 'gamma', label: 'Decay factor', min: 0, max: 1, ends: '(]', default: def, help });
/** PyTorch's `total_iters`. */
export const totalIters = (label: string, help: string) =>
  int({ torchName: 'total_iters', label, ...count, default: 5, help });
/** PyTorch's `eta_min` of the cosine schedulers. */
export const etaMin = num({
  torchName: 'eta_min',
  label: 'Lowest rate',
  ...rate,
  default: 0,
  help: 'Lowest rate of the cosine.',
});
/** The momentum options of CyclicLR and OneCycleLR (their defaults differ). */
export const momentumParams = (base: number, max: number) =>
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

/** `hi` must be at least `lo`. */
export const atLeast = (s: Record<string, unknown>, path: string, lo: string, hi: string): ConfigError[] =>
  (s[hi] as number) < (s[lo] as number)
    ? [{ path: `${path}.${hi}`, message: `must be at least ${lo} (${s[lo]}); got ${s[hi]}` }]
    : [];
/** baseMomentum must be at most maxMomentum. */
export const momentumOrder = (s: Record<string, unknown>, path: string): ConfigError[] =>
  (s.baseMomentum as number) > (s.maxMomentum as number)
    ? [
        {
          path: `${path}.baseMomentum`,
          message: `must be at most maxMomentum (${s.maxMomentum}); got ${s.baseMomentum}`,
        },
      ]
    : [];
