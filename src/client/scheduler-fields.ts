/**
 * Scheduler controls, built from the schedulers' own metadata (PyTorch names, ranges,
 * defaults), so the forms can never disagree with the validator.
 */
import { SCHEDULERS, schedulerMeta, type ParamMeta } from '../core/schedulers/meta';
import type { FieldSpec } from './fields';

/** Types a form offers: everything except the ones that hold other schedulers. */
export const FORM_SCHEDULER_TYPES: string[] = SCHEDULERS.filter((m) =>
  m.params.every((p) => p.kind !== 'schedulerList'),
).map((m) => m.type);

/** The field of one scheduler option. */
export function paramField(p: ParamMeta): FieldSpec | null {
  const kind = ({ number: 'number', int: 'integer', intList: 'list', bool: 'boolean', enum: 'select' } as const)[
    p.kind as 'number'
  ];
  if (!kind) return null;
  const torch = p.torchName === 'lr_lambda' ? `lr_lambda: ${p.key}` : p.torchName;
  return {
    path: `scheduler.${p.key}`,
    label: p.key,
    torchName: torch,
    kind,
    min: p.min,
    max: p.max,
    minOpen: p.minExclusive,
    maxOpen: p.maxExclusive,
    options: p.options?.map((o) => ({ value: o, label: o })),
    nullable: p.nullable,
    help: p.help,
  };
}

/** All fields of a scheduler type, in metadata order. */
export function schedulerFields(type: string): FieldSpec[] {
  return (schedulerMeta(type)?.params ?? []).map(paramField).filter((f): f is FieldSpec => f !== null);
}

/** A spec of `type` holding every option's default (what a form starts from). */
export function defaultSchedulerSpec(type: string): Record<string, unknown> | null {
  const meta = schedulerMeta(type);
  if (!meta) return null;
  const spec: Record<string, unknown> = { type };
  for (const p of meta.params) if (p.kind !== 'schedulerList') spec[p.key] = p.default;
  return spec;
}

/** PyTorch names per option key (for titles such as the explorer's). */
export function torchNames(type: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of schedulerMeta(type)?.params ?? []) out[p.key] = p.torchName;
  return out;
}

/** One-sentence summary of a scheduler type. */
export function schedulerSummary(type: string): string {
  return schedulerMeta(type)?.summary ?? '';
}

/** Defaults of the options PyTorch itself defaults (required options are left out). */
export function optionalDefaults(type: string): Record<string, unknown> | null {
  const meta = schedulerMeta(type);
  if (!meta) return null;
  const spec: Record<string, unknown> = { type };
  for (const p of meta.params) if (!p.required && p.kind !== 'schedulerList') spec[p.key] = p.default;
  return spec;
}
