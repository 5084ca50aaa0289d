/**
 * The PyTorch constructor call a spec stands for, e.g.
 * "MultiStepLR(optimizer, milestones=[5, 10], gamma=0.5)", with PyTorch's argument names
 * from the registry: the one emitter behind the explorer's call text and the exported
 * script (which asks for `lr_scheduler.` before each class and nested schedulers one per
 * line). Only options that are set appear (no `None`s: PyTorch's default for every option
 * that may be unset), numbers as Python's repr (so a script holds the very same float64),
 * and an option group PyTorch needs (OneCycleLR's `total_steps`, or `epochs` with
 * `steps_per_epoch`) is written filled in from the run, as the core fills it, so the text
 * is a call PyTorch accepts and that gives the same curve.
 */
import { py } from '../pytorch/literal';
import type { SchedulerSpecLike } from '../types';
import { schedulerEntry } from './registry';

/** The run a scheduler is stepped in: what fills the options PyTorch needs and the spec leaves unset. */
export interface SchedulerRun {
  /** Optimizer steps per epoch. */
  stepsPerEpoch: number;
  /** Scheduler steps the run makes. */
  totalSteps: number;
}

/** How the call is laid out. */
export interface TorchCallLayout {
  /** Written before each class name, e.g. 'lr_scheduler.' in a script that imports that module. */
  module?: string;
  /** Nested schedulers one per line, at this indentation plus four spaces; omitted: all on one line. */
  indent?: string;
}

/** "stepSize" -> "step_size" (for keys of types the registry does not know). */
function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function isSpec(v: unknown): v is SchedulerSpecLike {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** A value as Python: nested specs as their calls, other objects as dicts, the rest as literals. */
function pyValue(v: unknown, integer: boolean, nested: (spec: SchedulerSpecLike) => string): string {
  if (Array.isArray(v)) return `[${v.map((x) => pyValue(x, integer, nested)).join(', ')}]`;
  if (isSpec(v)) return nested(v);
  if (typeof v === 'object' && v !== null)
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${pyValue(x, integer, nested)}`)
      .join(', ')}}`;
  return py(v, integer);
}

/** The firing condition of a factor rule at update count `t`, in Python (defaults as the registry's). */
function fires(rule: Record<string, unknown>): string {
  if (Array.isArray(rule.at)) return `t in {${rule.at.join(', ')}}`;
  const start = Number(rule.start ?? 1);
  const every = Number(rule.every ?? 1);
  const range = rule.end == null ? `t >= ${start}` : `${start} <= t <= ${rule.end}`;
  return every > 1 ? `${range} and (t - ${start}) % ${every} == 0` : range;
}

/** How often the rule fired at t = 1 .. t, as a Python expression in t (closed form, no loop over t). */
function fired(rule: Record<string, unknown>): string {
  if (Array.isArray(rule.at))
    return `sum(1 for m in (${rule.at.join(', ')}${rule.at.length === 1 ? ',' : ''}) if m <= t)`;
  const start = Number(rule.start ?? 1);
  const last = rule.end == null ? 't' : `min(t, ${rule.end})`;
  return `(0 if t < ${start} else (${last} - ${start}) // ${Number(rule.every ?? 1)} + 1)`;
}

/**
 * The option group PyTorch uses, filled from the run where the spec leaves it unset: the
 * first complete group wins (the others are left out, PyTorch would ignore them); else a
 * partly set group is completed from the run (the core's rule), else the first group.
 */
function filled(spec: Record<string, unknown>, groups: readonly (readonly string[])[], run: SchedulerRun | null) {
  const set = (k: string): boolean => spec[k] !== null && spec[k] !== undefined;
  const out = { ...spec };
  const complete = groups.find((g) => g.every(set));
  if (complete) {
    for (const k of groups.flat()) if (!complete.includes(k)) delete out[k];
    return out;
  }
  if (run === null) return out;
  const fromRun: Record<string, number> = { totalSteps: run.totalSteps, stepsPerEpoch: run.stepsPerEpoch };
  for (const k of groups.find((g) => g.some(set)) ?? groups[0]) if (!set(k)) out[k] = fromRun[k] ?? null;
  return out;
}

/**
 * The PyTorch call for `spec` (a scheduler class of `torch.optim.lr_scheduler`). `run`
 * fills what PyTorch needs and the spec leaves to the run (OneCycleLR's cycle length);
 * without it such options are left out. Factor rules come back as the Python lambda they
 * stand for; ChainedScheduler takes its list alone (no optimizer before torch 2.3).
 */
export function torchCall(
  spec: SchedulerSpecLike,
  run: SchedulerRun | null = null,
  layout: TorchCallLayout = {},
): string {
  const { module = '', indent } = layout;
  const raw: Record<string, unknown> = { ...spec };
  const name = `${module}${spec.type}`;
  if ((spec.type === 'MultiplicativeLR' || spec.type === 'LambdaLR') && typeof raw.factor === 'number') {
    const f = py(raw.factor);
    const body = spec.type === 'MultiplicativeLR' ? `${f} if ${fires(raw)} else 1.0` : `${f} ** ${fired(raw)}`;
    return `${name}(optimizer, lr_lambda=lambda t: ${body})`;
  }
  const inner = indent === undefined ? undefined : `${indent}    `;
  const nested = (s: SchedulerSpecLike) => torchCall(s, run, { module, indent: inner });
  const list = (v: unknown): string =>
    Array.isArray(v) && inner !== undefined
      ? `[\n${v.map((s) => `${inner}${pyValue(s, false, nested)},`).join('\n')}\n${indent}]`
      : pyValue(v, false, nested);
  if (spec.type === 'ChainedScheduler' && Array.isArray(raw.schedulers)) return `${name}(${list(raw.schedulers)})`;
  const entry = schedulerEntry(spec.type);
  const values = entry?.torchNeedsOneOf ? filled(raw, entry.torchNeedsOneOf, run) : raw;
  // Registry order and names for a known type; the spec's own keys otherwise.
  const keys = entry ? Object.keys(entry.params).filter((k) => k in values) : Object.keys(values);
  const args = keys
    .filter((k) => k !== 'type' && values[k] !== null && values[k] !== undefined)
    .map((k) => {
      const p = entry?.params[k];
      const v = values[k];
      const text =
        p?.kind === 'schedulerList'
          ? list(v)
          : pyValue(
              v,
              p ? p.kind === 'int' || p.kind === 'intList' : typeof v === 'number' && Number.isInteger(v),
              nested,
            );
      return `${p?.torchName ?? snakeCase(k)}=${text}`;
    });
  return `${name}(${['optimizer', ...args].join(', ')})`;
}
