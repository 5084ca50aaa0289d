/**
 * Validation of untrusted scheduler specs (reader controls, URLs, files), read off the
 * registry. Never throws; every problem comes back with the path of the field and the
 * allowed range, e.g. `scheduler.gamma` "must be a number in (0, 1]; got 2".
 */
import { readParams, show, type Sink } from '../params';
import type { ConfigError, Validated } from '../types';
import { INNER_TYPES, SCHEDULER_TYPES, schedulerEntry, type AnySchedulerSpec } from './registry';

/**
 * Checks a scheduler spec and returns it with PyTorch's defaults filled in. `null` (or a
 * missing spec) means a constant rate and is valid. Unknown types, unknown keys, values
 * out of range and inconsistent combinations are errors; nested paths read like
 * `scheduler.schedulers[1].tMax`.
 */
export function validateSchedulerSpec(raw: unknown, path = 'scheduler'): Validated<AnySchedulerSpec | null> {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const errors: ConfigError[] = [];
  try {
    const spec = checkSpec(raw, path, false, errors);
    if (errors.length === 0 && spec !== null) return { ok: true, value: spec };
  } catch {
    errors.push({ path, message: 'could not be read' });
  }
  return { ok: false, errors };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkSpec(raw: unknown, path: string, inner: boolean, errors: Sink): AnySchedulerSpec | null {
  const allowed = inner ? INNER_TYPES : SCHEDULER_TYPES;
  if (!isObj(raw)) {
    const what = inner
      ? 'a scheduler spec object with a "type"'
      : 'an object with a "type", or null for a constant rate';
    errors.push({ path, message: `must be ${what}; got ${show(raw)}` });
    return null;
  }
  const type = raw.type;
  const entry = allowed.some((t) => t === type) ? schedulerEntry(type) : undefined;
  if (entry === undefined || typeof type !== 'string') {
    const nested = inner && schedulerEntry(type) !== undefined;
    const why = nested ? ' (SequentialLR, ChainedScheduler and ReduceLROnPlateau cannot be nested)' : '';
    errors.push({ path: `${path}.type`, message: `must be one of ${allowed.join(', ')}${why}; got ${show(type)}` });
    return null;
  }
  const before = errors.length;
  const values = readParams(entry.params, raw, {}, path, type, errors);
  for (const [k, p] of Object.entries(entry.params)) {
    if (p.kind !== 'schedulerList' || !Array.isArray(values[k])) continue;
    values[k] = values[k].map((x: unknown, i: number) => checkSpec(x, `${path}.${k}[${i}]`, true, errors));
  }
  if (errors.length === before && entry.check) for (const e of entry.check(values, raw, path)) errors.push(e);
  if (errors.length > before) return null;
  // The registry's reader returns exactly the shape the registry's types describe.
  return { type, ...values } as AnySchedulerSpec;
}
