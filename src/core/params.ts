/**
 * Parameter descriptors: what a registry entry (an optimizer or scheduler type) says
 * about each of its options, once. The validator, the reader's form fields, the URL
 * codec and the PyTorch call text all read these; the config and spec types are
 * inferred from them (see `ValuesOf`).
 */
import type { ConfigError } from './types';

/** Open or closed ends of a range: '[' / '(' for the low end, ']' / ')' for the high end. */
export type Ends = '[]' | '(]' | '[)' | '()';

interface Common {
  /** PyTorch's argument name, e.g. "T_max" (for a pair: the tuple's name, "betas"). */
  torchName: string;
  /** What the reader sees: words, not an identifier ("Half period"). */
  label: string;
  /** One short sentence under the control. */
  help: string;
  /** PyTorch has no default: a spec must give it (`default` is then only the form's start). */
  required?: true;
}

/** A real number (or integer) in a range. */
export interface NumberParam extends Common {
  kind: 'number' | 'int';
  min: number;
  max: number;
  ends: Ends;
  default: number | null;
  /** null is allowed: PyTorch's None. */
  nullable?: true;
  /** The form shows a logarithmic slider over [sliderMin, sliderMax] next to the number. */
  log?: { sliderMin: number; sliderMax: number };
}

/** A list of integers in a range (milestones, firing points). */
export interface IntListParam extends Common {
  kind: 'intList';
  min: number;
  max: number;
  ends: Ends;
  /** Most entries: the one rule for lists everywhere (URL, form, files). */
  maxLength: number;
  /** 'increasing': each entry greater than the one before; 'nondecreasing': at least it. */
  order: 'increasing' | 'nondecreasing';
  default: number[] | null;
  nullable?: true;
}

/** One of a few strings. */
export interface EnumParam<O extends string = string> extends Common {
  kind: 'enum';
  options: readonly O[];
  default: O;
}

export interface BoolParam extends Common {
  kind: 'bool';
  default: boolean;
}

/** Two numbers of one range, PyTorch's tuple (Adam's betas). */
export interface PairParam extends Common {
  kind: 'pair';
  min: number;
  max: number;
  ends: Ends;
  default: readonly [number, number];
  /** Labels of the two entries ("Beta 1", "Beta 2"). */
  labels: readonly [string, string];
}

/** Inner scheduler specs (SequentialLR, ChainedScheduler); checked by the scheduler validator. */
export interface SchedulerListParam extends Common {
  kind: 'schedulerList';
  maxLength: number;
  default: null;
}

export type Param = NumberParam | IntListParam | EnumParam | BoolParam | PairParam | SchedulerListParam;
export type ParamKind = Param['kind'];
export type Params = Readonly<Record<string, Param>>;

/** The value type one descriptor stands for (`Inner` is what a scheduler list holds). */
export type ValueOf<P, Inner = never> = P extends NumberParam
  ? number | (P extends { nullable: true } ? null : never)
  : P extends IntListParam
    ? number[] | (P extends { nullable: true } ? null : never)
    : P extends EnumParam<infer O>
      ? O
      : P extends BoolParam
        ? boolean
        : P extends PairParam
          ? [number, number]
          : P extends SchedulerListParam
            ? Inner[]
            : never;

/** The plain object a set of descriptors stands for: one key per option. */
export type ValuesOf<PS, Inner = never> = { -readonly [K in keyof PS]: ValueOf<PS[K], Inner> };

/** Builders that keep the literal types the inference needs. */
export const num = <const P extends Omit<NumberParam, 'kind'>>(p: P): P & { kind: 'number' } => ({
  ...p,
  kind: 'number',
});
export const int = <const P extends Omit<NumberParam, 'kind' | 'log'>>(p: P): P & { kind: 'int' } => ({
  ...p,
  kind: 'int',
});
export const ints = <const P extends Omit<IntListParam, 'kind'>>(p: P): P & { kind: 'intList' } => ({
  ...p,
  kind: 'intList',
});
export const choice = <const O extends string, const P extends Omit<EnumParam<O>, 'kind'>>(
  p: P & { options: readonly O[] },
): P & { kind: 'enum' } => ({ ...p, kind: 'enum' });
export const flag = <const P extends Omit<BoolParam, 'kind'>>(p: P): P & { kind: 'bool' } => ({ ...p, kind: 'bool' });
export const pair = <const P extends Omit<PairParam, 'kind'>>(p: P): P & { kind: 'pair' } => ({ ...p, kind: 'pair' });
export const schedulerList = <const P extends Omit<SchedulerListParam, 'kind'>>(
  p: P,
): P & { kind: 'schedulerList' } => ({
  ...p,
  kind: 'schedulerList',
});

/** "[0, 1)" for a range. */
export function rangeText(p: { min: number; max: number; ends: Ends }): string {
  return `${p.ends[0]}${fmt(p.min)}, ${fmt(p.max)}${p.ends[1]}`;
}

function fmt(x: number): string {
  return x === Infinity ? '∞' : x === -Infinity ? '-∞' : String(x);
}

/** True when x lies in the range. */
export function inRange(p: { min: number; max: number; ends: Ends }, x: number): boolean {
  return (p.ends[0] === '[' ? x >= p.min : x > p.min) && (p.ends[1] === ']' ? x <= p.max : x < p.max);
}

/**
 * The one short, safe rendering of an offending value in a message ("got ..."): never
 * throws, never long (strings are cut at `max` characters).
 */
export function show(v: unknown, max = 40): string {
  switch (typeof v) {
    case 'undefined':
      return 'nothing';
    case 'number':
    case 'boolean':
      return String(v);
    case 'bigint':
      return `${String(v)}n`;
    case 'string':
      return JSON.stringify(v.length > max ? `${v.slice(0, max)}…` : v);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (v === null) return 'null';
      return Array.isArray(v) ? 'an array' : 'an object';
  }
}

/** What a descriptor accepts, in words ("an integer in [1, 1000000]"). */
export function expected(p: Param): string {
  switch (p.kind) {
    case 'number':
      return `a number in ${rangeText(p)}`;
    case 'int':
      return `an integer in ${rangeText(p)}`;
    case 'intList':
      return `a list of at most ${p.maxLength} integers in ${rangeText(p)}`;
    case 'pair':
      return `a pair of numbers in ${rangeText(p)}`;
    case 'schedulerList':
      return `a list of 1 to ${p.maxLength} scheduler specs`;
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${p.options.map((o) => `"${o}"`).join(', ')}`;
  }
}

/** Problems found while reading one input; paths like "optimizer.betas[1]". */
export type Sink = ConfigError[];

function number(p: NumberParam | IntListParam | PairParam, v: unknown, path: string, errors: Sink): number | null {
  const integer = p.kind === 'int' || p.kind === 'intList';
  if (typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isInteger(v)) && inRange(p, v)) return v;
  errors.push({ path, message: `must be ${integer ? 'an integer' : 'a number'} in ${rangeText(p)}; got ${show(v)}` });
  return null;
}

/**
 * Checks one value against its descriptor and returns it (a copy for lists), or null
 * with an error pushed. Scheduler lists are returned as given: their entries are the
 * scheduler validator's to check.
 */
export function checkValue(p: Param, v: unknown, path: string, errors: Sink): unknown {
  if (v === null && 'nullable' in p && p.nullable) return null;
  switch (p.kind) {
    case 'number':
    case 'int':
      return number(p, v, path, errors);
    case 'bool':
      if (typeof v === 'boolean') return v;
      errors.push({ path, message: `must be true or false; got ${show(v)}` });
      return null;
    case 'enum':
      if (typeof v === 'string' && p.options.includes(v)) return v;
      errors.push({ path, message: `must be ${expected(p)}; got ${show(v)}` });
      return null;
    case 'pair': {
      if (!Array.isArray(v) || v.length !== 2) {
        errors.push({
          path,
          message: `must be a pair [${p.labels.join(', ').toLowerCase()}] of numbers in ${rangeText(p)}`,
        });
        return null;
      }
      const before = errors.length;
      const out = [number(p, v[0], `${path}[0]`, errors), number(p, v[1], `${path}[1]`, errors)];
      return errors.length === before ? out : null;
    }
    case 'intList': {
      if (!Array.isArray(v) || v.length > p.maxLength) {
        errors.push({ path, message: `must be ${expected(p)}; got ${show(v)}` });
        return null;
      }
      const before = errors.length;
      const out = v.map((x, i) => number(p, x, `${path}[${i}]`, errors));
      if (errors.length > before) return null;
      const list = out as number[];
      for (let i = 1; i < list.length; i++) {
        const strict = p.order === 'increasing';
        if (strict ? list[i] > list[i - 1] : list[i] >= list[i - 1]) continue;
        const rel = strict ? 'greater than' : 'at least';
        errors.push({
          path: `${path}[${i}]`,
          message: `must be ${rel} the entry before it (${list[i - 1]}); got ${list[i]}`,
        });
        return null;
      }
      return list;
    }
    case 'schedulerList':
      if (Array.isArray(v) && v.length > 0 && v.length <= p.maxLength) return v;
      errors.push({ path, message: `must be ${expected(p)}; got ${show(v)}` });
      return null;
  }
}

/** "a.b" from "a" and "b" (just "b" at the top level). */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Reads the options `params` describes from `raw` (an object already known to be one),
 * taking `fallback`'s value for each option `raw` leaves out. Unknown keys (other than
 * `type`) and missing required options are errors; `what` names the owner in messages.
 * Paths hold keys in full: whoever prints them cuts long ones (and can say how long).
 * Returns the values (meaningful only when no error was pushed).
 */
export function readParams(
  params: Params,
  raw: Record<string, unknown>,
  fallback: Record<string, unknown>,
  path: string,
  what: string,
  errors: Sink,
): Record<string, unknown> {
  const keys = Object.keys(params);
  for (const k of Object.keys(raw)) {
    if (k === 'type' || keys.includes(k)) continue;
    const message = `is not an option of ${what}; allowed: ${keys.length > 0 ? keys.join(', ') : 'none'}`;
    errors.push({ path: join(path, k), message });
  }
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(params)) {
    const at = join(path, k);
    const v = Object.prototype.hasOwnProperty.call(raw, k) ? raw[k] : undefined;
    if (v === undefined) {
      if (p.required && fallback[k] === undefined)
        errors.push({ path: at, message: `is required for ${what}: ${expected(p)}` });
      out[k] = copy(fallback[k] === undefined ? p.default : fallback[k]);
    } else {
      out[k] = checkValue(p, v, at, errors);
    }
  }
  return out;
}

function copy(v: unknown): unknown {
  return Array.isArray(v) ? [...v] : v;
}

/** The defaults of a descriptor set (required options included, as a form starts from them). */
export function defaultsOf(params: Params, opts: { required?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(params)) {
    if (p.kind === 'schedulerList' || (p.required && opts.required === false)) continue;
    out[k] = copy(p.default);
  }
  return out;
}
