import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import type { TrainConfig } from '../../src/core/types';
import { configFromUrl, configParams, hasUrlState } from '../../src/client/island-state';
import { fromReadable, toReadable } from '../../src/client/url-readable';
import { decodeState, encodeState, sanitize } from '../../src/client/url-state';
import { withParams } from '../../src/client/url-writer';

const cfg = (p: unknown): TrainConfig => {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const search = (entries: [string, string][] | null) => withParams('', 'demo', entries);

describe('readable URL parameters (issue 10 item 2)', () => {
  it('write a changed rate as ?demo.lr=0.004 and read it back', () => {
    const config = cfg({ optimizer: { lr: 0.004 } });
    const params = configParams('demo', DEFAULT_CONFIG, config);
    expect(params).toEqual([['demo.lr', '0.004']]);
    expect(search(params)).toBe('?demo.lr=0.004');
    expect(configFromUrl('demo', DEFAULT_CONFIG, 'the demo', '?demo.lr=0.004')).toEqual({ config, notice: null });
  });

  it('round-trip a new optimizer and scheduler, lists (one entry too) and booleans', () => {
    for (const p of [
      { optimizer: { type: 'adam', lr: 0.12, amsgrad: true }, scheduler: { type: 'MultiStepLR', milestones: [5, 10] } },
      { scheduler: { type: 'MultiStepLR', milestones: [30], gamma: 0.5 }, init: { wa: -0.5, wb: 2 }, epochs: 7 },
      { optimizer: { type: 'sgd', momentum: 0.9, nesterov: true }, seed: 3, data: { n: 64, noise: 0.2 } },
    ]) {
      const config = cfg(p);
      const params = configParams('demo', DEFAULT_CONFIG, config);
      expect(params?.every(([n]) => n.startsWith('demo.'))).toBe(true);
      expect(configFromUrl('demo', DEFAULT_CONFIG, 'x', search(params))).toEqual({ config, notice: null });
    }
  });

  it('fall back to base64 when a value has no plain form (a long list), which reads back too', () => {
    const milestones = Array.from({ length: 100 }, (_, i) => i + 1);
    const config = cfg({ scheduler: { type: 'MultiStepLR', milestones } });
    const params = configParams('demo', DEFAULT_CONFIG, config);
    expect(params).toHaveLength(1);
    expect(params?.[0][0]).toBe('demo');
    expect(configFromUrl('demo', DEFAULT_CONFIG, 'x', search(params)).config).toEqual(config);
  });

  it('old base64 links keep working, padded too (…fQ==), and readable parameters apply over them', () => {
    const b64 = encodeState({ optimizer: { lr: 0.25 } });
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
    expect(padded).toMatch(/=$/);
    expect(configFromUrl('demo', DEFAULT_CONFIG, 'x', `?demo=${b64}`).config?.optimizer.lr).toBe(0.25);
    expect(configFromUrl('demo', DEFAULT_CONFIG, 'x', `?demo=${padded}`).config?.optimizer.lr).toBe(0.25);
    const both = configFromUrl('demo', DEFAULT_CONFIG, 'x', `?demo=${b64}&demo.epochs=9`).config;
    expect([both?.optimizer.lr, both?.epochs]).toEqual([0.25, 9]);
    expect(decodeState(btoa('{"a":1}'), 'x')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuse prototype-reaching, malformed or clashing names with a notice naming the parameter', () => {
    for (const [q, why] of [
      ['?demo.__proto__.x=1', 'not a setting'],
      ['?demo.optimizer.constructor=1', 'not a setting'],
      ['?demo.a.b.c.d.e=1', 'not a setting'],
      ['?demo.lr=1&demo.lr=2', 'given twice'],
      ['?demo.init=1&demo.init.wa=2', 'clashes|given on its own'],
    ] as const) {
      const r = fromReadable(q, 'demo', 'the demo');
      expect(r?.ok).toBe(false);
      if (r && !r.ok) expect(r.notice).toMatch(new RegExp(`^Ignored the shared settings for the demo: .*(${why})`));
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('hand values to the core, whose message (with its path) is the notice', () => {
    const r = configFromUrl('demo', DEFAULT_CONFIG, '“the demo”', '?demo.lr=-1');
    expect(r.config).toBeNull();
    expect(r.notice).toMatch(/^Ignored the shared settings for “the demo”: optimizer\.lr must be/);
  });

  it('refuse a shared start at Wa = 0 or -0 (the model is undefined there) with the core’s reason', () => {
    for (const q of ['?demo.init.wa=0', '?demo.init.wa=-0', `?demo=${encodeState({ init: { wa: -0 } })}`]) {
      const r = configFromUrl('demo', DEFAULT_CONFIG, 'the demo', q);
      expect(r.config).toBeNull();
      expect(r.notice).toMatch(/^Ignored the shared settings for the demo: init\.wa must not be 0/);
    }
  });

  it('know whether the URL carries an island’s state, in either form', () => {
    expect(hasUrlState('demo', '?demo.lr=1')).toBe(true);
    expect(hasUrlState('demo', '?demo=abc')).toBe(true);
    expect(hasUrlState('demo', '?demos=abc&other.demo=1')).toBe(false);
  });

  it('write words and numbers only: free text does not fit the readable form', () => {
    expect(toReadable('demo', { label: 'a b' })).toBeNull();
    expect(toReadable('demo', { x: '12' })).toBeNull();
    expect(toReadable('demo', { init: { wa: -0 } })).toEqual([['demo.init.wa', '-0']]);
  });
});

describe('shared settings refused or changed are said, never silently (issue 14 items 6 and 9)', () => {
  it('lists are never cut: a 1,001-entry milestone list reaches the core and is refused with its rule', () => {
    const milestones = Array.from({ length: 1001 }, (_, i) => i + 1);
    expect((sanitize(milestones, 0) as number[]).length).toBe(1001);
    const text = encodeState({ scheduler: { type: 'MultiStepLR', milestones } });
    const r = configFromUrl('demo', DEFAULT_CONFIG, 'the demo', `?demo=${text}`);
    expect(r.config).toBeNull();
    expect(r.notice).toMatch(/scheduler\.milestones .*at most 1000/);
  });

  it('a setting that is not an object gets a message that says so, with no empty path', () => {
    for (const value of [5, 'x', [1, 2], null]) {
      const r = configFromUrl('demo', DEFAULT_CONFIG, '“the demo”', `?demo=${encodeState(value)}`);
      expect(r.config).toBeNull();
      expect(r.notice).toBe('Ignored the shared settings for “the demo”: they are not a set of named settings.');
    }
    const nested = configFromUrl('demo', DEFAULT_CONFIG, '“the demo”', `?demo=${encodeState({ optimizer: 5 })}`);
    expect(nested.notice).toMatch(/: optimizer must be an object/);
  });

  it('withParams replaces an island’s parameters of both forms and keeps every other one', () => {
    expect(withParams('?a=1&demo=xyz&demo.lr=2&b=3', 'demo', [['demo.epochs', '4']])).toBe('?a=1&b=3&demo.epochs=4');
    expect(withParams('?demo.lr=2', 'demo', null)).toBe('');
  });
});
