import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { uniqueClipIds } from '../../../src/figures/render/ids';

function chart(): Element {
  const { document } = parseHTML(
    '<svg><defs><clipPath id="plot-clip-1"><rect/></clipPath><clipPath id="plot-clip-2"><rect/></clipPath></defs>' +
      '<g clip-path="url(#plot-clip-1)"></g><g clip-path="url(#plot-clip-2)"></g><g clip-path="url(#plot-clip-1)"></g></svg>',
  );
  return document.querySelector('svg')!;
}

describe('uniqueClipIds', () => {
  it('renames every clip path and repoints each user to its own clip', () => {
    const el = chart();
    uniqueClipIds(el, 'x');
    const ids = Array.from(el.querySelectorAll('clipPath')).map((c) => c.getAttribute('id'));
    expect(ids.every((id) => id?.startsWith('x-'))).toBe(true);
    const users = Array.from(el.querySelectorAll('g')).map((g) => g.getAttribute('clip-path'));
    expect(users).toEqual([`url(#${ids[0]})`, `url(#${ids[1]})`, `url(#${ids[0]})`]);
  });

  it('never hands out the same id twice, across charts', () => {
    const a = chart();
    const b = chart();
    uniqueClipIds(a);
    uniqueClipIds(b);
    const all = [a, b].flatMap((el) => Array.from(el.querySelectorAll('clipPath')).map((c) => c.getAttribute('id')));
    expect(new Set(all).size).toBe(4);
    expect(all.some((id) => id?.startsWith('plot-clip'))).toBe(false);
  });
});
