import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, patchOf, encodeState, mergeConfig, readParam, writeParam } from '../../src/client/url-state';

describe('url state codec', () => {
  it('round-trips any JSON value (without prototype keys) through base64url without padding or unsafe characters', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }).filter((v) => !/"(__proto__|prototype|constructor)":/.test(JSON.stringify(v))),
        (v) => {
          const text = encodeState(v);
          expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
          const back = decodeState(text, 'x');
          expect(back.ok).toBe(true);
          if (back.ok) expect(JSON.stringify(back.value)).toBe(JSON.stringify(JSON.parse(JSON.stringify(v))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips non-ASCII text', () => {
    const back = decodeState(encodeState({ label: 'Wa → 1.26 µ' }), 'x');
    expect(back).toEqual({ ok: true, value: { label: 'Wa → 1.26 µ' } });
  });

  it('refuses tampered values with a notice instead of throwing', () => {
    for (const bad of ['%%%', 'abc=', '<script>', 'eyJhIjo', '_'.repeat(7000), encodeState('x').slice(0, 2) + '!']) {
      const r = decodeState(bad, 'figure 9');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.notice).toContain('figure 9');
    }
  });

  it('drops prototype-reaching keys from decoded objects', () => {
    const text = encodeState(JSON.parse('{"__proto__":{"polluted":1},"optimizer":{"constructor":{"x":1},"lr":0.5}}'));
    const r = decodeState(text, 'x');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ optimizer: { lr: 0.5 } });
    const merged = mergeConfig({}, r.value) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

describe('config diff and merge', () => {
  const base = {
    seed: 9999,
    epochs: 100,
    optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
    scheduler: null,
  };

  it('diff keeps only what changed, and merge restores the value', () => {
    const value = { ...base, epochs: 400, optimizer: { type: 'sgd', lr: 0.012, momentum: 0.9 } };
    const d = patchOf(base, value);
    expect(d).toEqual({ epochs: 400, optimizer: { lr: 0.012 } });
    expect(mergeConfig(base, d)).toEqual(value);
  });

  it('an unchanged config has no diff', () => {
    expect(patchOf(base, structuredClone(base))).toBeUndefined();
  });

  it('changing a tagged object’s type replaces it whole', () => {
    const value = { ...base, optimizer: { type: 'adam', lr: 0.12, betas: [0.9, 0.999] } };
    const d = patchOf(base, value);
    expect(d).toEqual({ optimizer: value.optimizer });
    expect(mergeConfig(base, d)).toEqual(value);
  });

  it('a scheduler appears and disappears through the diff', () => {
    const sched = { type: 'MultiStepLR', milestones: [5, 10], gamma: 0.5 };
    const withSched = { ...base, scheduler: sched };
    expect(mergeConfig(base, patchOf(base, withSched))).toEqual(withSched);
    expect(mergeConfig(withSched, patchOf(withSched, base))).toEqual(base);
  });
});

describe('query parameters', () => {
  it('sets and removes one key while keeping the others', () => {
    const s = writeParam('?a=1&b=2', 'fig9', 'xyz');
    expect(readParam(s, 'fig9')).toBe('xyz');
    expect(readParam(s, 'a')).toBe('1');
    expect(writeParam(s, 'fig9', null)).toBe('?a=1&b=2');
    expect(writeParam('?fig9=1', 'fig9', null)).toBe('');
  });
});
