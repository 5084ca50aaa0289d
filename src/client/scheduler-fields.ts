/**
 * Scheduler controls, derived from the core's scheduler registry (labels, PyTorch names,
 * ranges, defaults, help), so the forms can never disagree with the validator.
 */
import { defaultsOf } from '../core/params';
import { SCHEDULER_TYPES, holdsSchedulers, schedulerEntry } from '../core/schedulers/registry';
import { fieldOf, type FieldSpec } from './fields';

/** Types a form offers: everything except the ones that hold other schedulers. */
export const FORM_SCHEDULER_TYPES: string[] = SCHEDULER_TYPES.filter((t) => !holdsSchedulers(t));

/**
 * The scheduler's own fields, in registry order (none for an unknown type): only the
 * options of `type`, nothing of the optimizer or the run.
 */
export function schedulerFields(type: string): FieldSpec[] {
  const entry = schedulerEntry(type);
  if (!entry) return [];
  const out: FieldSpec[] = [];
  for (const [key, p] of Object.entries(entry.params)) {
    const f = fieldOf(`scheduler.${key}`, p);
    // The rule options all stand for one Python lambda: say which part of it each is.
    if (f !== null) out.push(p.torchName === 'lr_lambda' ? { ...f, torchName: `lr_lambda: ${key}` } : f);
  }
  return out;
}

/** A spec of `type` holding every option's default (what a form starts from). */
export function defaultSchedulerSpec(type: string): Record<string, unknown> | null {
  const entry = schedulerEntry(type);
  return entry ? { type, ...defaultsOf(entry.params) } : null;
}

/** One-sentence summary of a scheduler type. */
export function schedulerSummary(type: string): string {
  return schedulerEntry(type)?.summary ?? '';
}

/** Defaults of the options PyTorch itself defaults (required options are left out). */
export function optionalDefaults(type: string): Record<string, unknown> | null {
  const entry = schedulerEntry(type);
  return entry ? { type, ...defaultsOf(entry.params, { required: false }) } : null;
}
