/**
 * The built tutorial (dist/, and dist-sub/ under a base path) carries every figure of the catalog
 * as static, self-describing HTML: readable with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST_ROOT, DIST_SUB, SUB_BASE } from '../support/paths';
import { PRESETS } from '../../src/experiments/presets';
import { FIGURES } from '../../src/figures/catalog';

const page = (dist: string, rel = 'index.html') => parseHTML(readFileSync(path.join(dist, rel), 'utf8')).document;
const ids = new Set(PRESETS.map((p) => p.id));

describe('tutorial figures in the built page', () => {
  const doc = page(DIST_ROOT);

  it(`has figure#fig-1 … figure#fig-${FIGURES.length} (the catalog), each with an inline SVG and a numbered caption`, () => {
    for (let n = 1; n <= FIGURES.length; n++) {
      const fig = doc.querySelector(`figure#fig-${n}`);
      expect(fig, `fig-${n}`).not.toBeNull();
      expect(fig!.querySelector('svg'), `svg of fig-${n}`).not.toBeNull();
      expect(fig!.querySelector('figcaption')?.textContent?.trim()).toMatch(new RegExp(`^Figure ${n}\\.`));
    }
    expect(doc.querySelectorAll('figure[data-figure]')).toHaveLength(FIGURES.length);
  });

  it('describes each figure for assistive technology and names its kind and runs for hydration', () => {
    for (const fig of Array.from(doc.querySelectorAll('figure[data-figure]'))) {
      const img = fig.querySelector('[role="img"]');
      expect(img?.getAttribute('aria-label')?.length ?? 0).toBeGreaterThan(60);
      expect(fig.getAttribute('data-kind')).toMatch(
        /^(step-size|arrows|contour-paths|orbit-fit|gradients|learning-rate)$/,
      );
      const runs = JSON.parse(fig.getAttribute('data-runs') ?? '[]') as string[];
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) expect(ids.has(r), r).toBe(true);
    }
  });

  it('ships the six animations as SMIL that loops, with a reduced-motion final frame', () => {
    const animated = Array.from(doc.querySelectorAll('figure[data-kind="contour-paths"]'));
    expect(animated.map((f) => f.id)).toEqual(['fig-3', 'fig-9', 'fig-12', 'fig-14', 'fig-16']);
    for (const f of animated) {
      expect(f.querySelector('animateMotion, animatemotion'), f.id).not.toBeNull();
      expect(f.innerHTML).toContain('prefers-reduced-motion');
      expect(f.querySelector('.lr-anim-final text, text.lr-anim-final')?.textContent).toMatch(
        /^Epoch=\d+, minibatch=\d+, Updates=\d+$/,
      );
    }
  });

  it('links each figure to its CSV, which the build emits', () => {
    for (let n = 1; n <= FIGURES.length; n++) {
      const a = doc.querySelector(`figure#fig-${n} details a[download]`);
      expect(a?.getAttribute('href')).toBe(`/data/fig-${n}.csv`);
      const file = path.join(DIST_ROOT, 'data', `fig-${n}.csv`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(3);
    }
  });

  it('prints run results computed by the core in the prose', () => {
    const values = Array.from(doc.querySelectorAll('span.run-value'));
    expect(values.length).toBeGreaterThanOrEqual(6);
    const wa = doc.querySelector('span.run-value[data-run="sgdm-0.012-100"][data-field="wa"]');
    expect(wa?.textContent).toMatch(/^3\.33\d$/);
  });

  it('keeps the page light: under 1.5 MB of HTML with every figure inline', () => {
    expect(statSync(path.join(DIST_ROOT, 'index.html')).size).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe('under a base path', () => {
  it('links the CSV files under the base', () => {
    const doc = page(DIST_SUB);
    expect(doc.querySelector('figure#fig-4 details a[download]')?.getAttribute('href')).toBe(
      `${SUB_BASE}data/fig-4.csv`,
    );
    expect(existsSync(path.join(DIST_SUB, 'data', 'fig-4.csv'))).toBe(true);
  });
});

describe('reproducibility page', () => {
  it('compares every run of the tutorial with its published final', () => {
    const doc = page(DIST_ROOT, 'reproducibility/index.html');
    const rows = Array.from(doc.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.id)).toEqual(PRESETS.map((p) => `run-${p.id}`));
    expect(doc.querySelectorAll('tr.sensitive')).toHaveLength(3);
    expect(doc.body.textContent).toContain('npm run golden');
    expect(doc.body.textContent).toContain('--format log');
  });
});
