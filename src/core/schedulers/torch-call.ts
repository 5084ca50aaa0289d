/**
 * The PyTorch constructor call a spec stands for, e.g.
 * "MultiStepLR(optimizer, milestones=[5, 10], gamma=0.5)", with PyTorch's argument names
 * from the registry. Only options that are set appear (no `None`s), and an option group
 * PyTorch needs (OneCycleLR's `total_steps`, or `epochs` with `steps_per_epoch`) is
 * written filled in from the run, as the core fills it, so the text is a call PyTorch
 * accepts and that gives the same curve.
 */
import type { SchedulerSpecLike } from '../types';
import { schedulerEntry } from './registry';

/** The run a scheduler is stepped in: what fills the options PyTorch needs and the spec leaves unset. */
export interface SchedulerRun {
  /** Optimizer steps per epoch. */
  stepsPerEpoch: number;
  /** Scheduler steps the run makes. */
  totalSteps: number;
}

/** "stepSize" -> "step_size" (for keys of types the registry does not know). */
function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pyValue(v: unknown, run: SchedulerRun | null): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? "float('inf')" : "float('nan')";
  if (typeof v === 'string') return `'${v.replace(/[\\']/g, '\\$&')}'`;
  if (Array.isArray(v)) return `[${v.map((x) => pyValue(x, run)).join(', ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.type === 'string') return torchCall({ ...o, type: o.type }, run);
    return `{${Object.entries(o)
      .map(([k, x]) => `'${k}': ${pyValue(x, run)}`)
      .join(', ')}}`;
  }
  return String(v);
}

/** The firing condition of a factor rule on variable `v`, in Python. */
function ruleCondition(spec: Record<string, unknown>, v: string): string {
  if (Array.isArray(spec.at)) return `${v} in (${spec.at.join(', ')}${spec.at.length === 1 ? ',' : ''})`;
  const start = Number(spec.start ?? 1);
  const every = Number(spec.every ?? 1);
  const range = spec.end == null ? `${v} >= ${start}` : `${start} <= ${v} <= ${spec.end}`;
  return every > 1 ? `${range} and (${v} - ${start}) % ${every} == 0` : range;
}

/** The option groups PyTorch needs, filled from the run where the spec leaves them unset. */
function filled(spec: Record<string, unknown>, groups: readonly (readonly string[])[], run: SchedulerRun | null) {
  const set = (k: string): boolean => spec[k] !== null && spec[k] !== undefined;
  if (groups.some((g) => g.every(set)) || run === null) return spec;
  // The core's rule (OneCycleLR): a partly set group is completed from the run; none set: the first group.
  const partial = groups.find((g) => g.some(set));
  const fromRun: Record<string, number> = { totalSteps: run.totalSteps, stepsPerEpoch: run.stepsPerEpoch };
  const out = { ...spec };
  for (const k of partial ?? groups[0]) if (!set(k)) out[k] = fromRun[k] ?? null;
  return out;
}

/**
 * The PyTorch call for `spec` (a scheduler class of `torch.optim.lr_scheduler`). `run`
 * fills what PyTorch needs and the spec leaves to the run (OneCycleLR's cycle length);
 * without it such options are left out. Factor rules come back as the Python lambda they
 * stand for.
 */
export function torchCall(spec: SchedulerSpecLike, run: SchedulerRun | null = null): string {
  const raw: Record<string, unknown> = { ...spec };
  const entry = schedulerEntry(spec.type);
  if ((spec.type === 'MultiplicativeLR' || spec.type === 'LambdaLR') && typeof raw.factor === 'number') {
    const f = pyValue(raw.factor, run);
    const body =
      spec.type === 'MultiplicativeLR'
        ? `${f} if ${ruleCondition(raw, 't')} else 1.0`
        : `${f} ** sum(1 for s in range(1, t + 1) if ${ruleCondition(raw, 's')})`;
    return `${spec.type}(optimizer, lr_lambda=lambda t: ${body})`;
  }
  const values = entry?.torchNeedsOneOf ? filled(raw, entry.torchNeedsOneOf, run) : raw;
  // Registry order and names for a known type; the spec's own keys otherwise.
  const keys = entry ? Object.keys(entry.params).filter((k) => k in values) : Object.keys(values);
  const args = keys
    .filter((k) => k !== 'type' && values[k] !== null && values[k] !== undefined)
    .map((k) => `${entry?.params[k]?.torchName ?? snakeCase(k)}=${pyValue(values[k], run)}`);
  return `${spec.type}(${['optimizer', ...args].join(', ')})`;
}
