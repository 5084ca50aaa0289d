/**
 * Small composable readers of untrusted JSON: each checks one value and returns it typed,
 * or a message naming where it is wrong (`data-runs[1].label: expected a string`); none
 * throws. The island data contract (island-data.ts) declares every island's payload with
 * them, so a payload's TypeScript type is inferred from its reader.
 */

/** A read value, or a message saying which field is wrong and how. */
export type DataResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Checks one JSON value; `at` names it in the message (`data-runs[1].label`). */
export type Reader<T> = (v: unknown, at: string) => DataResult<T>;

/** A field that may be missing (`undefined` or absent). */
export interface Optional<T> {
  optional: Reader<T>;
}

type Shape = Record<string, Reader<unknown> | Optional<unknown>>;
type Needed<S extends Shape> = {
  [K in keyof S as S[K] extends Reader<unknown> ? K : never]: S[K] extends Reader<infer T> ? T : never;
};
type Optionals<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};
/** The object a record reader yields. */
export type RecordOf<S extends Shape> = Needed<S> & Optionals<S>;

/** A successful read. */
export const ok = <T>(value: T): DataResult<T> => ({ ok: true, value });
/** A failed read: `at` expected `what`. */
export const bad = <T>(at: string, what: string): DataResult<T> => ({ ok: false, message: `${at}: expected ${what}` });

/** A finite number. */
export const num: Reader<number> = (v, at) =>
  typeof v === 'number' && Number.isFinite(v) ? ok(v) : bad(at, 'a finite number');

/** A string. */
export const str: Reader<string> = (v, at) => (typeof v === 'string' ? ok(v) : bad(at, 'a string'));

/** One of a few literal values. */
export function oneOf<const T extends readonly (string | number)[]>(...values: T): Reader<T[number]> {
  return (v, at) => {
    const hit = values.find((x) => x === v);
    return hit !== undefined ? ok(hit) : bad(at, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  };
}

/** A value an existing type guard accepts (`what` names it in the message). */
export function guard<T>(is: (v: unknown) => v is T, what: string): Reader<T> {
  return (v, at) => (is(v) ? ok(v) : bad(at, what));
}

/** An array of items; `nonEmpty` also rejects []. */
export function list<T>(item: Reader<T>, nonEmpty = false): Reader<T[]> {
  return (v, at) => {
    if (!Array.isArray(v)) return bad(at, 'an array');
    if (nonEmpty && v.length === 0) return bad(at, 'at least one item');
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], `${at}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
}

/** Marks a record field as optional. */
export function optional<T>(reader: Reader<T>): Optional<T> {
  return { optional: reader };
}

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object with these fields (other keys are dropped). */
export function record<S extends Shape>(shape: S): Reader<RecordOf<S>> {
  return (v, at) => {
    if (!isObject(v)) return bad(at, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(shape)) {
      if ('optional' in spec && v[key] === undefined) continue;
      const r = ('optional' in spec ? spec.optional : spec)(v[key], `${at}.${key}`);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    return ok(out as RecordOf<S>);
  };
}

/** The value type a reader yields. */
export type ReturnTypeOf<R> = R extends Reader<infer T> ? T : never;
