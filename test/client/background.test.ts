import { describe, expect, it } from 'vitest';
import { createRun, resolveConfig } from '../../src/core';
import { BackgroundCache, thinTrace } from '../../src/client/background';

// Stand-ins: the cache only stores and hands back the elements.
const svg = (name: string) => ({ name }) as unknown as SVGSVGElement;

describe('BackgroundCache', () => {
  it('keeps the build’s background and the last few others, dropping the least recently shown', () => {
    const base = svg('base');
    const cache = new BackgroundCache('base', base, 3);
    for (let s = 1; s <= 200; s++) cache.set(`seed-${s}`, svg(`seed-${s}`));
    expect(cache.size).toBe(4);
    expect(cache.get('base')).toBe(base);
    expect(cache.get('seed-1')).toBeUndefined();
    expect(cache.get('seed-198')).toBeDefined();
    // Showing seed-198 again makes it the most recent: the next new one evicts seed-199.
    cache.set('seed-201', svg('seed-201'));
    expect(cache.get('seed-199')).toBeUndefined();
    expect(cache.get('seed-198')).toBeDefined();
    expect(cache.get('base')).toBe(base);
  });
});

describe('thinTrace', () => {
  it('cuts a long run to the budget, every column alike, keeping the first and last rows', () => {
    const r = resolveConfig({ data: { n: 512 }, batchSize: 1, epochs: 20 });
    if (!r.ok) throw new Error('config');
    const run = createRun(r.value);
    while (!run.advance(50_000));
    const trace = run.trace();
    expect(trace.length).toBe(10_240);
    const thin = thinTrace(trace, 1000);
    expect(thin.length).toBeLessThanOrEqual(1000);
    expect(thin.length).toBeGreaterThan(10);
    for (const col of [thin.wa, thin.wb, thin.loss, thin.epoch, thin.allMasked]) expect(col.length).toBe(thin.length);
    expect([thin.wa[0], thin.wb[0]]).toEqual([trace.wa[0], trace.wb[0]]);
    expect(thin.wa[thin.length - 1]).toBe(trace.wa[trace.length - 1]);
    expect(thin.epoch[thin.length - 1]).toBe(trace.epoch[trace.length - 1]);
    expect(thin.final).toEqual(trace.final);
    expect(thinTrace(thin, 1000)).toBe(thin);
  });
});
