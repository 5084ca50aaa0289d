/**
 * A run's configuration in words, for tables and captions: "SGD, momentum 0.9, lr 0.01,
 * 100 epochs, MultiStepLR at 40 and 80". Every word comes from the registries (the
 * optimizer's label, each option's label, the scheduler's PyTorch class); only what
 * differs from the defaults is said, so two runs read as exactly what sets them apart.
 */
import { OPTIMIZERS } from '../core/optimizers/registry';
import { schedulerEntry } from '../core/schedulers/registry';
import { DEFAULT_CONFIG } from '../core/config';
import type { Param, Params } from '../core/params';
import type { TrainConfig } from '../core/types';
import { RUN_FIELDS } from '../client/field-catalog';
import { getPath } from '../client/fields';

/** "5, 10 and 15": a list as a sentence says it. */
export function listInWords(xs: readonly unknown[]): string {
  const s = xs.map(String);
  return s.length <= 1 ? (s[0] ?? '') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// Lower-case a label for use inside a sentence, but keep acronyms ("AMSGrad") as they are.
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

/** One option in words, or null when there is nothing to say (false flag, empty list). */
function option(p: Param, v: unknown): string | null {
  const name = inSentence(p.label);
  if (p.kind === 'bool') return v === true ? name : `no ${name}`;
  if (v === null || v === undefined) return null;
  if (p.kind === 'intList' && Array.isArray(v)) return `${name} ${listInWords(v)}`;
  if (p.kind === 'pair' && Array.isArray(v)) return `${name} (${v.join(', ')})`;
  return `${name} ${String(v)}`;
}

/** The options of `values` that differ from the registry's defaults (or that PyTorch requires), in registry order. */
function changed(params: Params, values: Record<string, unknown>, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [key, p] of Object.entries(params)) {
    if (skip.includes(key) || p.kind === 'schedulerList') continue;
    if (!p.required && same(values[key], p.default)) continue;
    const words = option(p, values[key]);
    if (words) out.push(words);
  }
  return out;
}

/**
 * A resolved config as a short description: the optimizer's label and its non-default
 * options, "lr" (readers know the learning rate by PyTorch's name), the epochs, any other
 * run setting that differs from the tutorial's, then the scheduler ("MultiStepLR at 5, 10,
 * 15 and 20, decay factor 0.5").
 */
export function describeConfig(c: TrainConfig): string {
  const entry = OPTIMIZERS[c.optimizer.type];
  const o: Record<string, unknown> = { ...c.optimizer };
  const parts = [entry.label, ...changed(entry.params, o, ['lr']), `lr ${c.optimizer.lr}`, `${c.epochs} epochs`];
  for (const f of RUN_FIELDS) {
    if (f.path === 'epochs') continue;
    const v = getPath(c, f.path);
    if (!same(v, getPath(DEFAULT_CONFIG, f.path))) parts.push(`${inSentence(f.label)} ${String(v)}`);
  }
  if (c.scheduler) parts.push(describeScheduler(c.scheduler, c.schedulerStep === 'epoch' ? 'epochs' : 'updates'));
  return parts.join(', ');
}

/**
 * A scheduler spec in words: its PyTorch class, its firing points ("at updates 5, 10 and
 * 15": the milestones of MultiStepLR, MultiplicativeLR's `at`; `unit` is what the scheduler
 * counts), then its other non-default options by label in parentheses:
 * "MultiStepLR at updates 5, 10, 15 and 20 (decay factor 0.5)".
 */
export function describeScheduler(spec: { type: string } & Record<string, unknown>, unit = 'updates'): string {
  const entry = schedulerEntry(spec.type);
  if (!entry) return spec.type;
  let at = '';
  const words: string[] = [];
  for (const [key, p] of Object.entries(entry.params)) {
    const v = spec[key];
    if (p.kind === 'schedulerList') {
      if (Array.isArray(v))
        words.push(listInWords(v.map((s: { type: string } & Record<string, unknown>) => describeScheduler(s, unit))));
      continue;
    }
    if (!p.required && same(v, p.default)) continue;
    if (p.kind === 'intList' && Array.isArray(v) && at === '') at = ` at ${unit} ${listInWords(v)}`;
    else {
      const w = option(p, v);
      if (w) words.push(w);
    }
  }
  return `${spec.type}${at}${words.length > 0 ? ` (${words.join(', ')})` : ''}`;
}

/**
 * JSON as a person reads it: two-space indentation, but a list of numbers stays on one
 * line ("milestones": [5, 10, 15, 20]), so a table cell holds it without scrolling.
 */
export function readableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s+([-\d.e+,\s]+?)\s+\]/g,
    (_, body: string) => `[${body.split(/,\s*/).join(', ')}]`,
  );
}
