import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decades } from '../../src/figures/ticks';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// A call whose arguments contain a spread: every element becomes an argument on the
// stack, and a run's per-update arrays (up to 200,000 entries) overflow it. ESLint checks
// the .ts files by syntax; this scan also covers .astro front matter, which ESLint skips.
const HAZARD =
  /(?:Math\.(?:min|max)|\.(?:push|unshift|splice)|String\.from(?:CharCode|CodePoint))\(\s*(?:(?:[^(){},]|\([^()]*\))*,\s*)*\.\.\./g;

describe('no call spreads an array into its arguments (issue 14: the 199,680-update crash)', () => {
  it('finds no Math.min/max(...), push(...), fromCharCode(...) with a spread anywhere in src/', () => {
    const hits: string[] = [];
    for (const f of files(SRC)) {
      // Comments may name the pattern; only code counts.
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, (c) => c.replace(/[^\n]/g, ' '));
      for (const m of text.matchAll(HAZARD)) {
        const line = text.slice(0, m.index).split('\n').length;
        hits.push(`${relative(SRC, f)}:${line}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the scan would catch the pattern that crashed (it is not vacuous)', () => {
    expect('const lo = Math.min(...pos);'.match(HAZARD)).not.toBeNull();
    expect('x = Math.max(1, ...series.map((s) => s.n));'.match(HAZARD)).not.toBeNull();
    expect('out.push(...rows)'.match(HAZARD)).not.toBeNull();
    expect('Math.min(a[0], a[1])'.match(HAZARD)).toBeNull();
    expect('out.push({ ...row })'.match(HAZARD)).toBeNull();
  });

  it('log-axis ticks take a whole long run (300,000 values) without overflowing', () => {
    const values = new Float64Array(300_000).map((_, i) => 1e-4 * (1 + (i % 1000)));
    expect(decades(values)).toEqual([1e-4, 1e-3, 1e-2, 1e-1]);
    expect(decades(Array.from(values))).toEqual([1e-4, 1e-3, 1e-2, 1e-1]);
  });
});
