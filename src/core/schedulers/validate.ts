/**
 * Validation of untrusted scheduler specs (reader controls, URLs, files). Never throws;
 * every problem comes back with the path of the field and the allowed range, e.g.
 * `scheduler.gamma` "must be a number in (0, 1]; got 2".
 */
import type { ConfigError, Validated } from '../types';
import { INNER_TYPES, SCHEDULERS, schedulerMeta, type ParamMeta } from './meta';
import type { AnySchedulerSpec } from './spec';

type Obj = Record<string, unknown>;

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

/** A short, safe description of any value for "got ..." (never throws, never long). */
export function describe(v: unknown): string {
  switch (typeof v) {
    case 'undefined':
      return 'nothing';
    case 'number':
    case 'boolean':
      return String(v);
    case 'bigint':
      return `${String(v)}n`;
    case 'string':
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (v === null) return 'null';
      return Array.isArray(v) ? `a list of ${v.length}` : 'an object';
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined;

function range(p: ParamMeta): string {
  return `${p.minExclusive ? '(' : '['}${p.min}, ${p.max}${p.maxExclusive ? ')' : ']'}`;
}

/** What a parameter accepts, in words. */
function expected(p: ParamMeta): string {
  switch (p.kind) {
    case 'number':
      return `a number in ${range(p)}`;
    case 'int':
      return `an integer in ${range(p)}`;
    case 'intList':
      return `a list of integers in ${range(p)}`;
    case 'schedulerList':
      return `a list of 1 to ${p.maxLength} scheduler specs`;
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${p.options?.map((o) => `"${o}"`).join(', ')}`;
  }
}

function inRange(p: ParamMeta, v: number): boolean {
  const lo = p.min ?? -Infinity;
  const hi = p.max ?? Infinity;
  return (p.minExclusive ? v > lo : v >= lo) && (p.maxExclusive ? v < hi : v <= hi);
}

function checkNumber(p: ParamMeta, v: unknown, path: string, errors: ConfigError[]): number | null {
  const int = p.kind === 'int' || p.kind === 'intList';
  const ok = typeof v === 'number' && Number.isFinite(v) && (!int || Number.isInteger(v)) && inRange(p, v);
  if (ok) return v;
  const what = int ? 'an integer' : 'a number';
  errors.push({ path, message: `must be ${what} in ${range(p)}; got ${describe(v)}` });
  return null;
}

function checkParam(p: ParamMeta, v: unknown, path: string, errors: ConfigError[]): unknown {
  switch (p.kind) {
    case 'number':
    case 'int':
      return checkNumber(p, v, path, errors);
    case 'bool':
      if (typeof v === 'boolean') return v;
      errors.push({ path, message: `must be true or false; got ${describe(v)}` });
      return null;
    case 'enum':
      if (typeof v === 'string' && p.options?.includes(v)) return v;
      errors.push({
        path,
        message: `must be one of ${p.options?.map((o) => `"${o}"`).join(', ')}; got ${describe(v)}`,
      });
      return null;
    case 'intList': {
      if (!Array.isArray(v) || v.length > (p.maxLength ?? Infinity)) {
        const msg = `must be a list of at most ${p.maxLength} integers in ${range(p)}; got ${describe(v)}`;
        errors.push({ path, message: msg });
        return null;
      }
      const before = errors.length;
      const out = v.map((x, i) => checkNumber(p, x, `${path}[${i}]`, errors));
      return errors.length === before ? out : null;
    }
    case 'schedulerList': {
      if (!Array.isArray(v) || v.length === 0 || v.length > (p.maxLength ?? Infinity)) {
        const msg = `must be a list of 1 to ${p.maxLength} scheduler specs; got ${describe(v)}`;
        errors.push({ path, message: msg });
        return null;
      }
      return v.map((x, i) => checkSpec(x, `${path}[${i}]`, true, errors));
    }
  }
}

function checkSpec(raw: unknown, path: string, inner: boolean, errors: ConfigError[]): AnySchedulerSpec | null {
  const allowed = inner ? INNER_TYPES : SCHEDULERS.map((m) => m.type);
  if (!isObj(raw)) {
    const what = inner
      ? 'a scheduler spec object with a "type"'
      : 'an object with a "type", or null for a constant rate';
    errors.push({ path, message: `must be ${what}; got ${describe(raw)}` });
    return null;
  }
  const type = raw.type;
  const meta = typeof type === 'string' && allowed.includes(type as never) ? schedulerMeta(type) : undefined;
  if (meta === undefined) {
    const nested = inner && typeof type === 'string' && schedulerMeta(type) !== undefined;
    const why = nested ? ' (SequentialLR, ChainedScheduler and ReduceLROnPlateau cannot be nested)' : '';
    errors.push({ path: `${path}.type`, message: `must be one of ${allowed.join(', ')}${why}; got ${describe(type)}` });
    return null;
  }
  const before = errors.length;
  const keys = meta.params.map((p) => p.key);
  for (const k of Object.keys(raw)) {
    if (k === 'type' || keys.includes(k)) continue;
    const name = k.length > 40 ? `${k.slice(0, 40)}…` : k;
    const message = `is not an option of ${meta.type}; allowed: ${keys.length > 0 ? keys.join(', ') : 'none'}`;
    errors.push({ path: `${path}.${name}`, message });
  }
  const out: Obj = { type: meta.type };
  for (const p of meta.params) {
    const at = `${path}.${p.key}`;
    if (!has(raw, p.key)) {
      if (p.required) errors.push({ path: at, message: `is required for ${meta.type}: ${expected(p)}` });
      out[p.key] = Array.isArray(p.default) ? [...p.default] : p.default;
    } else if (raw[p.key] === null && p.nullable) {
      out[p.key] = null;
    } else {
      out[p.key] = checkParam(p, raw[p.key], at, errors);
    }
  }
  if (errors.length === before) crossCheck(out, raw, path, errors);
  return errors.length === before ? (out as unknown as AnySchedulerSpec) : null;
}

/** Each entry at least (or, strictly, more than) the one before it. */
function ordered(list: number[], path: string, strict: boolean, errors: ConfigError[]): void {
  for (let i = 1; i < list.length; i++) {
    if (strict ? list[i] > list[i - 1] : list[i] >= list[i - 1]) continue;
    const rel = strict ? 'greater than' : 'at least';
    errors.push({
      path: `${path}[${i}]`,
      message: `must be ${rel} the entry before it (${list[i - 1]}); got ${list[i]}`,
    });
    return;
  }
}

/** Constraints between options of one spec (all options are known to be well-formed here). */
function crossCheck(s: Obj, raw: Obj, path: string, errors: ConfigError[]): void {
  const num = (k: string): number => s[k] as number;
  switch (s.type) {
    case 'MultiStepLR':
      ordered(s.milestones as number[], `${path}.milestones`, false, errors);
      break;
    case 'MultiplicativeLR':
    case 'LambdaLR':
      if (s.at !== null) {
        // Defaults are tolerated so that a validated spec validates again unchanged.
        const defaults: Obj = { start: 1, end: null, every: 1 };
        const mixed = ['start', 'end', 'every'].filter((k) => has(raw, k) && raw[k] !== defaults[k]);
        if (mixed.length > 0)
          errors.push({ path: `${path}.at`, message: `cannot be combined with ${mixed.join(', ')}` });
        ordered(s.at as number[], `${path}.at`, true, errors);
      } else if (s.end !== null && num('end') < num('start')) {
        errors.push({ path: `${path}.end`, message: `must be at least start (${num('start')}); got ${num('end')}` });
      }
      break;
    case 'CyclicLR':
    case 'OneCycleLR':
      if (s.type === 'CyclicLR' && num('maxLr') < num('baseLr')) {
        errors.push({
          path: `${path}.maxLr`,
          message: `must be at least baseLr (${num('baseLr')}); got ${num('maxLr')}`,
        });
      }
      if (num('baseMomentum') > num('maxMomentum')) {
        const message = `must be at most maxMomentum (${num('maxMomentum')}); got ${num('baseMomentum')}`;
        errors.push({ path: `${path}.baseMomentum`, message });
      }
      if (s.type === 'OneCycleLR' && s.totalSteps === null && s.epochs === null && s.stepsPerEpoch !== null) {
        errors.push({ path: `${path}.epochs`, message: 'is required when stepsPerEpoch is given without totalSteps' });
      }
      break;
    case 'SequentialLR': {
      const ms = s.milestones as number[];
      const n = (s.schedulers as unknown[]).length;
      if (ms.length !== n - 1) {
        const message = `must have one entry fewer than schedulers (${n - 1}); got ${ms.length}`;
        errors.push({ path: `${path}.milestones`, message });
      }
      ordered(ms, `${path}.milestones`, true, errors);
      break;
    }
  }
}
