/**
 * Descriptions of the reader-facing controls and the parsing of what a reader types.
 * Pure: the .astro islands render these as form elements at build time, the browser
 * parses with them. The core's `resolveConfig` stays the final authority; these
 * ranges exist so a message can appear next to the control before anything runs.
 */

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

/** Shown text of a rejected value, shortened so a pasted novel stays readable. */
function shown(raw: string): string {
  const t = raw.trim();
  if (t === '') return 'nothing';
  return t.length > 24 ? `"${t.slice(0, 24)}…"` : `"${t}"`;
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

/** Parses a comma- or space-separated list of strictly increasing whole numbers. */
export function parseList(f: FieldSpec, raw: string): Parsed<number[]> {
  const parts = raw.split(/[\s,;]+/).filter((p) => p !== '');
  const want = `${f.label} must be increasing whole numbers from ${fmt(f.min ?? 1)} to ${fmt(f.max ?? Infinity)}, separated by commas`;
  if (parts.length === 0 || parts.length > 200) return { ok: false, message: `${want}; got ${shown(raw)}.` };
  const out: number[] = [];
  for (const p of parts) {
    const r = parseNumber(f, p);
    if (!r.ok || (out.length > 0 && r.value <= out[out.length - 1])) {
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
