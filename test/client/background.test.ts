import { describe, expect, it } from 'vitest';
import { BackgroundCache } from '../../src/client/background';

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
