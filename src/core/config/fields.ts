/**
 * Small validators for untrusted config input. Each reads one field, returns its value
 * or records an error naming the field's path and the allowed range; none ever throws.
 */
import type { ConfigError } from '../types';

/** Collects errors while reading one input. */
export class Reader {
  readonly errors: ConfigError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** The value as a plain object (not an array), or null with an error. */
  object(raw: unknown, path: string): Record<string, unknown> | null {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return raw as Record<string, unknown>;
    this.fail(path, `must be an object; got ${show(raw)}`);
    return null;
  }

  /** Records an error for every key of `obj` not in `allowed`. */
  onlyKeys(obj: Record<string, unknown>, path: string, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.fail(join(path, key), `is not an option of ${what} (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  /**
   * A finite number in the interval [lo, hi] with open/closed ends as given by `open`
   * ('(' or '[' for the low end, ')' or ']' for the high end); `integer` demands an integer.
   * Returns `fallback` when the input is undefined; NaN (never used) on error.
   */
  number(
    raw: unknown,
    path: string,
    fallback: number,
    lo: number,
    hi: number,
    ends: '[]' | '(]' | '[)' | '()' = '[]',
    integer = false,
  ): number {
    if (raw === undefined) return fallback;
    const range = `${ends[0]}${lo}, ${fmt(hi)}${ends[1]}`;
    const kind = integer ? 'an integer' : 'a number';
    const ok =
      typeof raw === 'number' &&
      Number.isFinite(raw) &&
      (!integer || Number.isInteger(raw)) &&
      (ends[0] === '[' ? raw >= lo : raw > lo) &&
      (ends[1] === ']' ? raw <= hi : raw < hi);
    if (ok) return raw as number;
    this.fail(path, `must be ${kind} in ${range}; got ${show(raw)}`);
    return NaN;
  }

  boolean(raw: unknown, path: string, fallback: boolean): boolean {
    if (raw === undefined) return fallback;
    if (typeof raw === 'boolean') return raw;
    this.fail(path, `must be true or false; got ${show(raw)}`);
    return fallback;
  }

  oneOf<T extends string>(raw: unknown, path: string, fallback: T, allowed: readonly T[]): T {
    if (raw === undefined) return fallback;
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    this.fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${show(raw)}`);
    return fallback;
  }
}

/** "a.b" from "a" and "b" (just "b" at the top level). */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function fmt(x: number): string {
  return x === Infinity ? '∞' : String(x);
}

/** A short, safe rendering of an offending value for a message. */
export function show(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'an array';
  switch (typeof raw) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(raw);
    case 'string':
      return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof raw}`;
  }
}
