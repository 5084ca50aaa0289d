/**
 * The readable form of an island's URL state: one query parameter per changed setting,
 * `?tuning-demo.lr=0.004&tuning-demo.scheduler.type=StepLR`, instead of one base64 blob.
 * Optimizer options drop their `optimizer.` prefix (`lr`, `momentum`), everything else
 * keeps its config path. A patch with a value this form cannot say plainly (a long list,
 * an empty list, free text) does not fit and is written as base64 instead.
 *
 * Reading never evaluates anything: each name is checked segment by segment (no
 * prototype-reaching keys, letters and digits only), values become numbers, booleans,
 * null, lists of numbers or short words, and the result still goes through the core's
 * validation before it is used.
 */
import { isPlainObject, MAX_ENCODED_LENGTH, type Decoded } from './url-state';

/** Top-level keys of a config; any other first segment is an optimizer option. */
const TOP = new Set(['seed', 'data', 'init', 'batchSize', 'epochs', 'optimizer', 'scheduler', 'schedulerStep']);
const SEGMENT = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const WORD = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
/** Longest list written readably; longer ones go to base64 (the core decides what is allowed). */
const MAX_LIST = 40;
/** Most settings one island reads from readable parameters. */
const MAX_PARAMS = 60;

function num(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

/** One value as text, or null when it has no plain form. */
function leafText(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? num(v) : null;
  if (typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'string')
    return WORD.test(v) && v !== 'true' && v !== 'false' && v !== 'null' && !NUMBER.test(v) ? v : null;
  if (Array.isArray(v)) {
    if (v.length === 0 || v.length > MAX_LIST) return null;
    if (!v.every((x) => typeof x === 'number' && Number.isFinite(x))) return null;
    // A one-entry list keeps a trailing comma, so it reads back as a list and not a number.
    return (v as number[]).map(num).join(',') + (v.length === 1 ? ',' : '');
  }
  return null;
}

/** The parameters (`name`, `value`) of `patch` under island `key`, or null when it does not fit. */
export function toReadable(key: string, patch: Record<string, unknown>): [string, string][] | null {
  const out: [string, string][] = [];
  const walk = (obj: Record<string, unknown>, path: string[]): boolean => {
    for (const [k, v] of Object.entries(obj)) {
      if (!SEGMENT.test(k)) return false;
      const p = [...path, k];
      if (isPlainObject(v)) {
        if (Object.keys(v).length === 0 || !walk(v, p)) return false;
        continue;
      }
      const text = leafText(v);
      if (text === null) return false;
      const short = p[0] === 'optimizer' && p.length === 2 && p[1] !== 'type' && !TOP.has(p[1]);
      out.push([`${key}.${(short ? p.slice(1) : p).join('.')}`, text]);
    }
    return true;
  };
  if (!walk(patch, [])) return null;
  const length = out.reduce((n, [a, b]) => n + a.length + b.length + 2, 0);
  return length <= MAX_ENCODED_LENGTH ? out : null;
}

function parseValue(text: string): unknown {
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (text.includes(',')) {
    const parts = text.split(',');
    if (parts[parts.length - 1] === '') parts.pop();
    return parts.every((p) => NUMBER.test(p)) ? parts.map(Number) : text;
  }
  return text;
}

/** The names of `search`'s readable parameters of island `key`. */
export function readableNames(search: string, key: string): string[] {
  return Array.from(new URLSearchParams(search).keys()).filter((n) => n.startsWith(`${key}.`));
}

/**
 * The patch the readable parameters of island `key` ask for: null when there are none,
 * a notice (naming the parameter) when one cannot be read.
 */
export function fromReadable(search: string, key: string, label: string): Decoded<Record<string, unknown>> | null {
  const params = Array.from(new URLSearchParams(search)).filter(([n]) => n.startsWith(`${key}.`));
  if (params.length === 0) return null;
  const refuse = (why: string): Decoded<Record<string, unknown>> => ({
    ok: false,
    notice: `Ignored the shared settings for ${label}: ${why}`,
  });
  if (params.length > MAX_PARAMS) return refuse(`there are more than ${MAX_PARAMS} of them.`);
  const total = params.reduce((n, [a, b]) => n + a.length + b.length, 0);
  if (total > MAX_ENCODED_LENGTH) return refuse('they are too long.');
  const patch: Record<string, unknown> = {};
  for (const [name, text] of params) {
    const shown = name.length > 60 ? `${name.slice(0, 60)}…` : name;
    const path = name.slice(key.length + 1).split('.');
    if (path.length > 4 || !path.every((s) => SEGMENT.test(s) && !FORBIDDEN.has(s)))
      return refuse(`“${shown}” is not a setting’s name.`);
    if (!TOP.has(path[0])) path.unshift('optimizer');
    let obj = patch;
    for (const seg of path.slice(0, -1)) {
      const next = Object.hasOwn(obj, seg) ? obj[seg] : (obj[seg] = {});
      if (!isPlainObject(next)) return refuse(`“${shown}” sets a part of a value given on its own.`);
      obj = next;
    }
    const leaf = path[path.length - 1];
    if (Object.hasOwn(obj, leaf)) return refuse(`“${shown}” is given twice or clashes with another setting.`);
    obj[leaf] = parseValue(text);
  }
  return { ok: true, value: patch };
}
