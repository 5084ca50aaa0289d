/**
 * Hostile shared links, as properties of the URL decoders: whatever a query value holds
 * (random text, broken base64url, JSON with hostile leaves and prototype-reaching keys),
 * decoding never throws, refuses with a notice that names the island, and what it lets
 * through is plain data that the core then validates. This replaces the browser fuzzing
 * of shared URLs: the decoders are pure functions, so thousands of cases take a second
 * here, and one browser smoke test (test/browser/pages-*.test.ts) checks the page side.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import { decodeRuns, MAX_RUNS } from '../../src/client/playground-state';
import { decodeState, encodeState, mergeConfig } from '../../src/client/url-state';

/** Seeded so a failure replays exactly; FC_SEED overrides it to explore. */
const SEED = Number(process.env.FC_SEED ?? 20261129);
const RUNS = Number(process.env.FC_RUNS ?? 400);
const options = { seed: SEED, numRuns: RUNS };

const FORBIDDEN = ['__proto__', 'prototype', 'constructor'];

/** Keys the configs use, plus ones that reach prototypes. */
const KEYS = [
  'optimizer',
  'type',
  'lr',
  'momentum',
  'betas',
  'alpha',
  'eps',
  'weight_decay',
  'nesterov',
  'scheduler',
  'milestones',
  'gamma',
  'step_size',
  'epochs',
  'batchSize',
  'seed',
  'init',
  'wa',
  'wb',
  'data',
  'noise',
  'runs',
  ...FORBIDDEN,
];

/** Leaves as raw JSON text, so 1e309 arrives as Infinity, -0 as -0 and huge integers lose precision. */
const NUMBER_TEXT = [
  '1e309',
  '-1e309',
  '1e30',
  '-1',
  '0',
  '-0',
  '0.01',
  '12',
  '3.5e-8',
  '1e-320',
  '99999999999999999999',
  '9007199254740993',
];
const NASTY = [
  '',
  'abc',
  'NaN',
  'Infinity',
  ' 0.01 ',
  '0x10',
  '1,5',
  '１２３',
  'λ≈∞',
  '😀',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '__proto__',
  'sgd',
  'adam',
  'MultiStepLR',
];

const leaf: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBER_TEXT),
  fc.double().map((x) => (Number.isFinite(x) ? JSON.stringify(x) : '0')),
  fc.constantFrom(...NASTY).map((s) => JSON.stringify(s)),
  fc.string().map((s) => JSON.stringify(s)),
  fc.constantFrom('null', 'true', 'false', '{}', '[]'),
);

/** JSON text of nested objects and arrays with config-like and hostile keys. */
const { json } = fc.letrec<{ json: string; object: string; array: string }>((tie) => ({
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array')),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('json')), { maxLength: 5 })
    .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  array: fc.array(tie('json'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
}));

/** A config-shaped patch as JSON text: mostly the right keys, with hostile values. */
const patchText = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), json), { maxLength: 6 })
  .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** What a query value can hold: encoded hostile JSON, encoded patches, truncations and plain junk. */
const queryValue: fc.Arbitrary<string> = fc.oneof(
  json.map(base64url),
  patchText.map(base64url),
  fc.array(patchText, { maxLength: 8 }).map((xs) => base64url(`[${xs.join(',')}]`)),
  fc.tuple(json.map(base64url), fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
  fc.constantFrom(...NASTY),
  fc.nat({ max: 20_000 }).map((n) => 'A'.repeat(n)),
);

/** Every key of every object reachable from `value`. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value !== null && typeof value === 'object')
    return Object.keys(value).concat(Object.values(value).flatMap(keysOf));
  return [];
}

/** True when `value` is made of plain objects, arrays and JSON scalars only. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object')
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainData);
  return false;
}

describe('decodeState under hostile input', () => {
  it('never throws; refuses with a notice naming the island, or returns plain data without prototype keys', () => {
    fc.assert(
      fc.property(queryValue, (text) => {
        const r = decodeState(text, '“figure 9”');
        if (r.ok) {
          expect(isPlainData(r.value)).toBe(true);
          expect(keysOf(r.value).filter((k) => FORBIDDEN.includes(k))).toEqual([]);
        } else {
          expect(r.notice).toContain('“figure 9”');
          expect(r.notice).toMatch(/^Ignored the shared settings/);
        }
      }),
      options,
    );
  });

  it('refuses anything that is not base64url, whatever else it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }).filter((s) => /[^A-Za-z0-9_-]/.test(s)),
        (text) => {
          expect(decodeState(text, 'x').ok).toBe(false);
        },
      ),
      options,
    );
  });

  it('gives back exactly what was encoded, for any JSON value without prototype keys', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }).filter((v) => !keysOf(v).some((k) => FORBIDDEN.includes(k))),
        (v) => {
          const r = decodeState(encodeState(v), 'x');
          expect(r).toEqual({ ok: true, value: JSON.parse(JSON.stringify(v)) });
        },
      ),
      options,
    );
  });
});

describe('a hostile shared config, merged and validated as an island does', () => {
  it('either yields a config the core accepts or a list of errors; never throws, never pollutes a prototype', () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(queryValue, (text) => {
        const d = decodeState(text, 'x');
        if (!d.ok) return;
        const r = resolveConfig(mergeConfig(DEFAULT_CONFIG, d.value), DEFAULT_CONFIG);
        seen[r.ok ? 'accepted' : 'refused']++;
        if (r.ok) {
          // Valid means valid all the way: validating the result again changes nothing.
          expect(resolveConfig(r.value, DEFAULT_CONFIG)).toEqual({ ok: true, value: r.value });
          expect(Number.isFinite(r.value.optimizer.lr)).toBe(true);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(typeof e.message).toBe('string');
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      options,
    );
    // The generator reaches both outcomes, so neither branch above is vacuous.
    expect(seen.accepted, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.refused, JSON.stringify(seen)).toBeGreaterThan(0);
  });
});

describe('a hostile shared run list for the playground', () => {
  it('decodes to at most six valid runs and a notice for everything refused; never throws', () => {
    let withRuns = 0;
    fc.assert(
      fc.property(queryValue, (text) => {
        const { runs, notices } = decodeRuns(text, DEFAULT_CONFIG);
        if (runs.length > 0) withRuns++;
        expect(runs.length).toBeLessThanOrEqual(MAX_RUNS);
        for (const run of runs) expect(resolveConfig(run, DEFAULT_CONFIG)).toEqual({ ok: true, value: run });
        for (const n of notices) expect(typeof n).toBe('string');
        // Nothing is dropped silently: a value that gave no run says why.
        if (runs.length === 0 && text !== base64url('[]')) expect(notices.length).toBeGreaterThan(0);
      }),
      options,
    );
    expect(withRuns, 'lists that gave runs').toBeGreaterThan(0);
  });
});
