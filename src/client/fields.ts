/**
 * Descriptions of the reader-facing controls and the parsing of what a reader types.
 * Pure: the .astro islands render these as form elements at build time, the browser
 * parses with them. Optimizer and scheduler fields are derived from the core's
 * registries (`fieldOf`), so their ranges are the validator's; the core's `resolveConfig`
 * stays the final authority.
 */
import { MAX_LIST_LENGTH } from '../core/schedulers/registry';
import { show, type Param } from '../core/params';

export type FieldKind = 'log' | 'number' | 'integer' | 'boolean' | 'select' | 'list';

export interface FieldSpec {
  /** Config path, e.g. "optimizer.lr", "optimizer.betas[1]", "scheduler.gamma". */
  path: string;
  /** Label shown to the reader. */
  label: string;
  /** PyTorch's argument name, shown next to the label where it differs. */
  torchName?: string;
  kind: FieldKind;
  min?: number;
  max?: number;
  /** Excludes `min` itself (e.g. a learning rate must be > 0). */
  minOpen?: boolean;
  maxOpen?: boolean;
  /** For `log` fields: the slider's own (narrower) span; the number field accepts min..max. */
  sliderMin?: number;
  sliderMax?: number;
  options?: { value: string; label: string }[];
  /** Empty input means null (PyTorch's None). */
  nullable?: boolean;
  /** One short sentence shown under the control. */
  help?: string;
  /** Lists: most entries, and whether each must exceed ('increasing') or reach the one before. */
  maxLength?: number;
  order?: 'increasing' | 'nondecreasing';
}

/**
 * The field of one registry option at `path` (for a pair, `index` picks the entry). A
 * scheduler list has no field of its own (null).
 */
export function fieldOf(path: string, p: Exclude<Param, { kind: 'schedulerList' }>, index?: 0 | 1): FieldSpec;
export function fieldOf(path: string, p: Param, index?: 0 | 1): FieldSpec | null;
export function fieldOf(path: string, p: Param, index?: 0 | 1): FieldSpec | null {
  const base = { path, label: p.label, torchName: p.torchName, help: p.help };
  switch (p.kind) {
    case 'number':
    case 'int': {
      const range = { min: p.min, max: p.max, minOpen: p.ends[0] === '(', maxOpen: p.ends[1] === ')' };
      const nullable = p.nullable === true ? { nullable: true } : {};
      if (p.log) return { ...base, kind: 'log', ...range, sliderMin: p.log.sliderMin, sliderMax: p.log.sliderMax };
      return { ...base, kind: p.kind === 'int' ? 'integer' : 'number', ...range, ...nullable };
    }
    case 'pair': {
      const i = index ?? 0;
      return {
        ...base,
        path: `${path}[${i}]`,
        label: p.labels[i],
        torchName: `${p.torchName}[${i}]`,
        kind: 'number',
        min: p.min,
        max: p.max,
        minOpen: p.ends[0] === '(',
        maxOpen: p.ends[1] === ')',
      };
    }
    case 'intList':
      return {
        ...base,
        kind: 'list',
        min: p.min,
        max: p.max,
        maxLength: p.maxLength,
        order: p.order,
        ...(p.nullable === true ? { nullable: true } : {}),
      };
    case 'bool':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'select', options: p.options.map((o) => ({ value: o, label: o })) };
    case 'schedulerList':
      return null;
  }
}

/** Every field of a set of registry options under `prefix` ("optimizer"), pairs as two fields. */
export function fieldsOf(prefix: string, params: Readonly<Record<string, Param>>): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [key, p] of Object.entries(params)) {
    const path = `${prefix}.${key}`;
    const fs = p.kind === 'pair' ? [fieldOf(path, p, 0), fieldOf(path, p, 1)] : [fieldOf(path, p)];
    for (const f of fs) if (f !== null) out.push(f);
  }
  return out;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** "(0, 10]"-style description of a field's allowed range. */
export function rangeText(f: FieldSpec): string {
  const lo = f.min ?? -Infinity;
  const hi = f.max ?? Infinity;
  if (f.kind === 'integer' || f.kind === 'list') return `a whole number from ${fmt(lo)} to ${fmt(hi)}`;
  return `a number in ${f.minOpen ? '(' : '['}${fmt(lo)}, ${fmt(hi)}${f.maxOpen ? ')' : ']'}`;
}

function fmt(x: number): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '-∞';
  return String(x);
}

/** Shown text of a rejected value (the core's formatter), shortened so a pasted novel stays readable. */
function shown(raw: string): string {
  const t = raw.trim();
  return show(t === '' ? undefined : t, 24);
}

function inRange(f: FieldSpec, x: number): boolean {
  const lo = f.min ?? -Infinity;
  const hi = f.max ?? Infinity;
  return (f.minOpen ? x > lo : x >= lo) && (f.maxOpen ? x < hi : x <= hi);
}

/** Strict decimal number (no hex, no "Infinity", no trailing junk). */
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses one number typed into a field; the message names the allowed range. */
export function parseNumber(f: FieldSpec, raw: string): Parsed<number> {
  const t = raw.trim();
  const want = `${f.label} must be ${rangeText(f)}`;
  if (!NUMBER_RE.test(t)) return { ok: false, message: `${want}; got ${shown(raw)}.` };
  const x = Number(t);
  if (!Number.isFinite(x)) return { ok: false, message: `${want}; got ${shown(raw)}, which is too large.` };
  if ((f.kind === 'integer' || f.kind === 'list') && !Number.isInteger(x)) {
    return { ok: false, message: `${want}; got ${shown(raw)}.` };
  }
  if (!inRange(f, x)) return { ok: false, message: `${want}; got ${shown(raw)}.` };
  return { ok: true, value: x };
}

/**
 * Parses a comma- or space-separated list of whole numbers, increasing (or, for a field
 * whose order is 'nondecreasing', never decreasing), at most the field's `maxLength`.
 */
export function parseList(f: FieldSpec, raw: string): Parsed<number[]> {
  const parts = raw.split(/[\s,;]+/).filter((p) => p !== '');
  const strict = f.order !== 'nondecreasing';
  const most = f.maxLength ?? MAX_LIST_LENGTH;
  const want = `${f.label} must be at most ${most} ${strict ? 'increasing' : 'non-decreasing'} whole numbers from ${fmt(f.min ?? 1)} to ${fmt(f.max ?? Infinity)}, separated by commas`;
  if (parts.length === 0 || parts.length > most) return { ok: false, message: `${want}; got ${shown(raw)}.` };
  const out: number[] = [];
  for (const p of parts) {
    const r = parseNumber(f, p);
    const prev = out[out.length - 1];
    if (!r.ok || (out.length > 0 && (strict ? r.value <= prev : r.value < prev))) {
      return { ok: false, message: `${want}; got ${shown(raw)}.` };
    }
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Learning-rate slider position (0..1000) to value, logarithmically. */
export function sliderToLog(f: FieldSpec, position: number): number {
  const lo = Math.log10(f.sliderMin ?? f.min ?? 1e-6);
  const hi = Math.log10(f.sliderMax ?? f.max ?? 1);
  const v = 10 ** (lo + (Math.min(1000, Math.max(0, position)) / 1000) * (hi - lo));
  return Number(v.toPrecision(3));
}

/** Inverse of {@link sliderToLog}, clamped to the slider's span. */
export function logToSlider(f: FieldSpec, value: number): number {
  const lo = Math.log10(f.sliderMin ?? f.min ?? 1e-6);
  const hi = Math.log10(f.sliderMax ?? f.max ?? 1);
  if (!(value > 0)) return 0;
  return Math.round(Math.min(1000, Math.max(0, ((Math.log10(value) - lo) / (hi - lo)) * 1000)));
}

/** Splits "optimizer.betas[1]" into ["optimizer", "betas", 1]. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [];
    keys.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

/** Value at `path`, or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of pathKeys(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** Copy of `obj` with `path` set to `value` (copies along the path; arrays stay arrays). */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = pathKeys(path);
  const go = (cur: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const k = keys[i];
    const base: Record<string | number, unknown> | unknown[] = Array.isArray(cur)
      ? [...cur]
      : cur !== null && typeof cur === 'object'
        ? { ...(cur as Record<string, unknown>) }
        : typeof k === 'number'
          ? []
          : {};
    (base as Record<string | number, unknown>)[k] = go((base as Record<string | number, unknown>)[k], i + 1);
    return base;
  };
  return go(obj, 0) as T;
}
