/**
 * Small validators for the run-level fields of an untrusted config (seed, data, start,
 * batching). Each reads one field, returns its value or records an error naming the
 * field's path and the allowed range; none ever throws. Optimizer and scheduler options
 * are read off their registries (`../params`), with the same messages.
 */
import { inRange, rangeText, show, type Ends } from '../params';
import type { ConfigError } from '../types';

export { join } from '../params';

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
        this.fail(path === '' ? key : `${path}.${key}`, `is not an option of ${what} (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  /**
   * A finite number in [min, max] with the ends given; `integer` demands an integer.
   * Returns `fallback` when the input is undefined; NaN (never used) on error.
   */
  number(
    raw: unknown,
    path: string,
    fallback: number,
    min: number,
    max: number,
    ends: Ends = '[]',
    integer = false,
  ): number {
    if (raw === undefined) return fallback;
    const ok =
      typeof raw === 'number' &&
      Number.isFinite(raw) &&
      (!integer || Number.isInteger(raw)) &&
      inRange({ min, max, ends }, raw);
    if (ok) return raw;
    this.fail(
      path,
      `must be ${integer ? 'an integer' : 'a number'} in ${rangeText({ min, max, ends })}; got ${show(raw)}`,
    );
    return NaN;
  }

  oneOf<T extends string>(raw: unknown, path: string, fallback: T, allowed: readonly T[]): T {
    if (raw === undefined) return fallback;
    const hit = allowed.find((a) => a === raw);
    if (hit !== undefined) return hit;
    this.fail(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${show(raw)}`);
    return fallback;
  }
}
