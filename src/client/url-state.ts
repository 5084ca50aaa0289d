/**
 * Shareable state in the URL query. Each island stores only the parameters a reader
 * changed under its own key: readable (`?tuning-demo.lr=0.004`, see url-readable.ts)
 * where the values fit, else as base64url JSON (`?tuning-demo=eyJ...`), which older links
 * use too; section anchors in the hash keep working. The playground stores its whole
 * list of runs under `runs`. Decoding never throws and never
 * evaluates anything: a value that is not valid base64url JSON of a plain object is
 * reported as a notice and ignored, and the result still goes through the core's
 * validation before it is used.
 */

/** Longest encoded value accepted from a URL; longer ones are ignored with a notice. */
export const MAX_ENCODED_LENGTH = 6000;

/** Keys never copied out of untrusted JSON (they would reach an object's prototype). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** A core error as a sentence part: "optimizer.lr must be …", or "the settings must be …" for the whole. */
export function errorText(e: { path: string; message: string }): string {
  return `${e.path || 'the settings'} ${e.message}`;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; notice: string };

/** UTF-8 safe base64url without padding. */
export function encodeState(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Inverse of {@link encodeState}; `notice` says, in plain words, why a value was refused. */
export function decodeState(text: string, label: string): Decoded<unknown> {
  if (text.length > MAX_ENCODED_LENGTH) {
    return { ok: false, notice: `Ignored the shared settings for ${label}: the value is too long.` };
  }
  // base64url as written here; also padded (…fQ==) and standard base64, whose '+' a query
  // string may already have turned into a space.
  const body = text.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9_\-+/ ]*$/.test(body) || body.length % 4 === 1) {
    return { ok: false, notice: `Ignored the shared settings for ${label}: they are not in the expected format.` };
  }
  try {
    const b64 = body.replace(/[- ]/g, '+').replace(/_/g, '/') + '='.repeat((4 - (body.length % 4)) % 4);
    const binary = atob(b64);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: sanitize(JSON.parse(json), 0) };
  } catch {
    return { ok: false, notice: `Ignored the shared settings for ${label}: they could not be read.` };
  }
}

/**
 * Deep copy of parsed JSON without prototype-reaching keys, depth-limited. Lists are
 * copied whole: how long a list may be is the core validator's rule (refused there with
 * a notice), never a silent cut here. The encoded length limit bounds the work.
 */
export function sanitize(value: unknown, depth: number): unknown {
  if (depth > 8) throw new Error('too deep');
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!FORBIDDEN_KEYS.has(k)) out[k] = sanitize(v, depth + 1);
    }
    return out;
  }
  return value;
}

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep merge of `patch` over `base`: objects merge key by key, everything else
 * (arrays, scalars, null) replaces. A scheduler is replaced whole when the patch
 * changes its type, because options of one scheduler mean nothing to another.
 */
export function mergeConfig(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const old = base[key];
    const replaceWhole = isPlainObject(old) && isPlainObject(value) && 'type' in value && value.type !== old.type;
    out[key] = replaceWhole ? value : mergeConfig(old, value);
  }
  return out;
}

/**
 * The smallest patch that turns `base` into `value` under {@link mergeConfig} (structural,
 * any JSON); undefined when equal. For a config's URL form use `configDiff` (config-diff.ts),
 * which also leaves out a new type's defaults.
 */
export function patchOf(base: unknown, value: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(value)) {
    if ('type' in value && base.type !== value.type) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const d = patchOf(base[key], value[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return sameJson(base, value) ? undefined : value;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads one key of a query string (`?a=..&b=..`); null when absent. */
export function readParam(search: string, key: string): string | null {
  return new URLSearchParams(search).get(key);
}

/** Returns `search` with `key` set to `value`, or removed when `value` is null. Keeps other keys. */
export function writeParam(search: string, key: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(key);
  else params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
