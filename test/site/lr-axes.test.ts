/**
 * The built learning-rate charts use the axis their live re-renders use (lr-axis.ts): the
 * scheduler explorer's chart is drawn linear, as its unticked "logarithmic rate axis" box
 * says (hydration keeps the build's drawing), while figure 14's strip and the MultiStepLR
 * demo's timeline, whose rates span more than a decade, are drawn on a log axis.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_ROOT } from '../support/paths';
import { read } from './html';

let document: Document;
beforeAll(() => {
  ({ document } = parseHTML(read(DIST_ROOT, 'index.html')));
});

/** Texts of every SVG text inside `selector`. */
const texts = (selector: string) =>
  [...document.querySelectorAll(`${selector} svg text`)].map((t) => t.textContent ?? '');

describe('learning-rate axes in the built tutorial', () => {
  it('draws the explorer linear, matching its unticked log box', () => {
    const box = document.querySelector<HTMLInputElement>('#scheduler-explorer input[data-logy]');
    expect(box?.hasAttribute('checked')).toBe(false);
    const t = texts('#scheduler-explorer');
    expect(t).toContain('Learning rate');
    expect(t.join('|')).not.toContain('(log scale)');
  });

  it('draws figure 14’s strip and the MultiStepLR demo’s timeline on a log axis with plain-number ticks', () => {
    for (const id of ['#fig-14', '#multistep-demo']) {
      const t = texts(id);
      expect(t, id).toContain('Learning rate (log scale)');
      expect(t, id).toEqual(expect.arrayContaining(['0.01', '0.02', '0.05', '0.1']));
    }
  });
});
