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
import { configFromUrl, configParams } from '../../src/client/island-state';
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

/** Readable parameter names of island `key` (`key.lr`, `key.optimizer.lr`, `key.__proto__.x`, junk). */
const readableName = (key: string) =>
  fc
    .oneof(
      fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 5 }).map((path) => path.join('.')),
      fc.string({ maxLength: 12 }),
    )
    .map((tail) => `${key}.${tail}`);

/** A query string as a shared link could carry it for island `key`: base64 and readable, hostile both. */
const searchFor = (key: string) =>
  fc
    .tuple(
      fc.option(queryValue, { nil: undefined }),
      fc.array(
        fc.tuple(readableName(key), fc.oneof(fc.constantFrom(...NASTY, ...NUMBER_TEXT), fc.string({ unit: 'binary' }))),
        { maxLength: 6 },
      ),
      fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 2 }),
    )
    .map(([b64, readable, other]) => {
      const params = new URLSearchParams();
      if (b64 !== undefined) params.append(key, b64);
      for (const [n, v] of [...readable, ...other]) params.append(n, v);
      return `?${params.toString()}`;
    });

describe("an island's settings from a hostile shared link (base64 and readable parameters)", () => {
  it('give a config the core accepts, or a notice naming the island, or nothing; never throw', () => {
    const seen = { config: 0, notice: 0 };
    fc.assert(
      fc.property(searchFor('tuning-demo'), (search) => {
        const r = configFromUrl('tuning-demo', DEFAULT_CONFIG, '“section 2.2 demo”', search);
        if (r.config) {
          seen.config++;
          expect(r.notice).toBeNull();
          expect(resolveConfig(r.config, DEFAULT_CONFIG)).toEqual({ ok: true, value: r.config });
        }
        if (r.notice !== null) {
          seen.notice++;
          expect(r.config).toBeNull();
          expect(r.notice).toMatch(/^Ignored the shared settings for “section 2\.2 demo”/);
        }
        expect('polluted' in {}).toBe(false);
      }),
      options,
    );
    expect(seen.config, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.notice, JSON.stringify(seen)).toBeGreaterThan(0);
  });

  it('read back exactly the readable link an island writes for a valid config', () => {
    fc.assert(
      fc.property(
        fc.record({
          lr: fc.double({ min: 1e-6, max: 10, noNaN: true }),
          epochs: fc.integer({ min: 1, max: 400 }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        }),
        ({ lr, epochs, seed }) => {
          const config = resolveConfig(
            mergeConfig(DEFAULT_CONFIG, { epochs, seed, optimizer: { lr } }),
            DEFAULT_CONFIG,
          );
          if (!config.ok) return;
          const params = new URLSearchParams();
          for (const [n, v] of configParams('tuning-demo', DEFAULT_CONFIG, config.value) ?? []) params.append(n, v);
          const back = configFromUrl('tuning-demo', DEFAULT_CONFIG, 'x', `?${params.toString()}`);
          expect(back).toEqual({ config: config.value, notice: null });
        },
      ),
      options,
    );
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
