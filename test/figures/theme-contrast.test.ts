/**
 * Warning text (refused input, a diverged run) is one token, --warn in src/styles/theme.css,
 * with a light and a dark value; every status line and field message uses it, and it reads
 * at WCAG AA (4.5:1) on the page and on the surface colour in both themes (issue 10).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lrColour } from '../../src/figures/palette';
import { contrast, lab, themeTokens } from './colour';

const root = path.resolve(__dirname, '../..');
const css = readFileSync(path.join(root, 'src/styles/theme.css'), 'utf8');
const tokens = themeTokens(css);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(astro|css)$/.test(f) ? [p] : [];
  });
}

describe('the warning colour', () => {
  it('has a value in each theme, the same in both dark blocks', () => {
    expect(tokens.light['--warn']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.dark['--warn']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(tokens.darkMedia['--warn']).toBe(tokens.dark['--warn']);
  });

  it.each([
    ['light', tokens.light],
    ['dark', tokens.dark],
  ])('reads at 4.5:1 or more on the background and the surface (%s theme)', (_name, t) => {
    expect(contrast(t['--warn'], t['--bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t['--warn'], t['--surface'])).toBeGreaterThanOrEqual(4.5);
  });

  it('is the only warning text colour: every warning rule uses var(--warn)', () => {
    const offenders: string[] = [];
    for (const f of files(path.join(root, 'src'))) {
      const text = readFileSync(f, 'utf8');
      // A rule for warning text (the warn tone or a field message) whose colour is not the token.
      for (const m of text.matchAll(/([^{}]*(?:data-tone='warn'|\.lr-msg)[^{}]*)\{([^}]*)\}/g))
        if (/(^|[\s;])color:/.test(m[2]) && !/(^|[\s;])color:\s*var\(--warn\b/.test(m[2]))
          offenders.push(`${path.relative(root, f)}: ${m[1].trim()}`);
      if (/#b34700/i.test(text) && !f.endsWith('theme.css') && !/var\(--warn,\s*#b34700\)/i.test(text))
        offenders.push(`${path.relative(root, f)}: hard-coded #b34700`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the ordered learning-rate scale in both themes', () => {
  // A line is a graphical object: WCAG 1.4.11 asks 3:1 against what it is drawn on. The
  // scale is one set of colours for both themes: its small-rate (blue) end is the one at
  // risk on the dark page (it was 2.6:1 for lr 0.00015), its large-rate (gold) end on the
  // light page (lr 0.012 and up were 2.2-2.4:1).
  const tutorialRates = [1.5e-4, 1e-3, 5e-3, 1e-2, 1.2e-2, 0.12];
  // Every colour the scale can give: 25 rates per decade from 1e-6 to 100 (both clamped ends included).
  const sweep = Array.from({ length: 8 * 25 + 1 }, (_, k) => 10 ** (-6 + k / 25));

  it.each([
    ['light', tokens.light],
    ['dark', tokens.dark],
    ['dark (system preference)', tokens.darkMedia],
  ])('draws every rate at 3:1 or more on the background and the surface (%s theme)', (_name, t) => {
    const below: string[] = [];
    for (const lr of [...tutorialRates, ...sweep]) {
      const c = lrColour(lr);
      for (const token of ['--bg', '--surface']) {
        const ratio = contrast(c, t[token]);
        if (ratio < 3) below.push(`lr ${lr.toPrecision(3)} ${c} on ${token}: ${ratio.toFixed(2)}`);
      }
    }
    expect(below).toEqual([]);
  });

  it('rises in lightness with the rate (up to 8-bit rounding), so the order survives without hue', () => {
    const l = sweep.map((lr) => lab(lrColour(lr))[0]);
    let top = -Infinity;
    let sag = 0;
    for (const v of l) {
      sag = Math.max(sag, top - v);
      top = Math.max(top, v);
    }
    // Between two stops the sRGB blend may dip a few tenths of a unit of L*, never more.
    expect(sag).toBeLessThan(0.5);
    // The tutorial's rates are strictly ordered, a visible step apart overall.
    const ladder = tutorialRates.map((lr) => lab(lrColour(lr))[0]);
    for (let k = 1; k < ladder.length; k++) expect(ladder[k]).toBeGreaterThan(ladder[k - 1]);
    expect(l.at(-1)! - l[0]).toBeGreaterThan(8);
  });
});
