/**
 * The in-practice page in Chromium: one shared page load (the session's hydrated one)
 * passes every quality gate (quality-gates.ts: headers, islands, policy, errors, assets,
 * axe with every rule in both schemes, focus, figures), then, on the same load, the range
 * test's "New seed" moves its suggestions and a suggestion trains 1cycle on the
 * landscape; with JavaScript off every figure is still there as SVG.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';
import { runStyle, YOU } from '../../src/figures/palette';
import { DIST } from './quality-helpers';
import { describePageGates } from './quality-gates';

const site = useSiteSession(DIST);
/** quality-pages.test.ts leaves this page to this file. */
const PATH = 'in-practice/';
const SECTIONS = ['lr-range-test', 'stability', 'recipes', 'export', 'references'];

const suggestions = (page: Page) =>
  page.$$eval('#lr-finder [data-suggestion]', (cells) => cells.map((c) => c.textContent?.trim() ?? ''));

// Read-only gates first: the tests below change the page.
describePageGates(site, PATH, { focus: true, figures: 0 });

// Read before the tests below change the range test's run (colour by meaning, issue 10 item 4).
describe('colour by meaning on the in-practice landscapes', () => {
  it('draws the recipes in their schedule hues and the range test’s 1cycle run as "you"', async () => {
    const { page } = await site.hydrated(PATH);
    const recipeStrokes = await page.$$eval('#fig-recipes g[data-role="paths"] .lr-static use', (us) =>
      us.map((u) => u.getAttribute('stroke')),
    );
    for (const schedule of ['warmup-cosine', 'one-cycle', 'warmup-stable-decay'] as const)
      expect(recipeStrokes).toContain(runStyle({ optimizer: 'adam', lr: 0.12, schedule }).colour);
    const strokes = await page.$$eval('#lr-finder .lr-live-layer g[data-run] path[data-line]', (ps) =>
      ps.map((p) => p.getAttribute('stroke')),
    );
    expect(strokes).toEqual(expect.arrayContaining([YOU.colour]));
  });
});

describe('the in-practice page with its islands', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await site.hydrated(PATH);
  });

  it('hydrates every island, the range test among them, with zero console errors', async () => {
    const { page, errors } = opened;
    const islands = await page.$$eval('[data-island]', (els) => els.map((e) => (e as HTMLElement).dataset.island));
    expect(islands).toContain('lr-finder');
    expect(await page.locator('#lr-finder [data-reseed]').isVisible()).toBe(true);
    // The island trained its 1cycle run in the worker and drew it over the landscape.
    await page.waitForFunction(
      () => (document.querySelector('#lr-finder [data-cycle-status]')?.textContent ?? '') !== '',
    );
    const path = await page.$eval('#lr-finder .lr-live-layer path[data-line]', (p) => p.getAttribute('d'));
    expect(path?.length ?? 0).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('moves the suggestions when the reader asks for a new seed, and keeps the seed in the URL', async () => {
    const { page, errors } = opened;
    const before = await suggestions(page);
    expect(before).toHaveLength(3);
    expect(before.every((s) => Number(s) > 0)).toBe(true);
    const seeds: string[][] = [before];
    // A new seed need not move every rule, but over a few seeds the suggestions do move.
    for (let k = 1; k <= 3; k++) {
      await page.click('#lr-finder [data-reseed]');
      await page.waitForFunction(
        (seed) => (document.querySelector('#lr-finder [data-status]')?.textContent ?? '').startsWith(`Seed ${seed}:`),
        9999 + k,
      );
      seeds.push(await suggestions(page));
    }
    expect(new Set(seeds.map((s) => s.join(' '))).size).toBeGreaterThan(1);
    expect(seeds.slice(1).some((s) => s.some((v, i) => v !== before[i]))).toBe(true);
    expect(await page.inputValue('#lr-finder [data-seed]')).toBe('10002');
    expect(new URL(page.url()).searchParams.get('lr-finder')).not.toBeNull();
    expect(await page.locator('#lr-finder [data-plot] svg').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('refuses a seed that is not a whole number, keeping the last curve', async () => {
    const { page } = opened;
    const before = await suggestions(page);
    await page.fill('#lr-finder [data-seed]', '-3');
    await page.dispatchEvent('#lr-finder [data-seed]', 'change');
    expect(await page.getAttribute('#lr-finder [data-seed]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#lr-finder [data-status]')).toContain('whole number');
    expect(await suggestions(page)).toEqual(before);
  });

  it('takes a suggestion into a OneCycleLR run with one click', async () => {
    const { page, errors } = opened;
    const layer = '#lr-finder .lr-live-layer path[data-line]';
    const before = await page.$eval(layer, (p) => p.getAttribute('d'));
    await page.click('#lr-finder button[data-train="minimum"]');
    await page.waitForFunction(() =>
      (document.querySelector('#lr-finder [data-cycle-status]')?.textContent ?? '').includes('minimum ÷ 10'),
    );
    expect(await page.$eval(layer, (p) => p.getAttribute('d'))).not.toBe(before);
    expect(errors).toEqual([]);
  });

  it('downloads the 1cycle run on the landscape as a PyTorch script', async () => {
    const { page, errors } = opened;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#lr-finder [data-export="pytorch"]'),
    ]);
    const path = await download.path();
    const text = path ? readFileSync(path, 'utf8') : '';
    expect(download.suggestedFilename()).toMatch(/\.py$/);
    expect(text).toContain('OneCycleLR');
    expect(text).toContain('torch.optim.SGD');
    expect(errors).toEqual([]);
  });
});

describe('the recipe links', () => {
  it('open a recipe in the playground: its run among the runs and its curve in the scheduler explorer', async () => {
    const { page: from, close: closeFrom } = await site.open(PATH, { javaScriptEnabled: false });
    const hrefs = await from.$$eval('#wsd ~ ul.lr-open-links a[data-open]', (as) =>
      as.slice(0, 2).map((a) => a.getAttribute('href') ?? ''),
    );
    await closeFrom();
    expect(hrefs).toHaveLength(2);
    expect(hrefs[0].split('#')[0]).toBe(hrefs[1].split('#')[0]);
    const { page, errors, close } = await site.open(hrefs[0].replace(/^\//, ''));
    await page.locator('#scheduler-explorer').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#scheduler-explorer')?.dataset.state === 'ready',
    );
    await page.waitForFunction(() =>
      /updates; final learning rate/.test(
        document.querySelector('#scheduler-explorer [data-status]')?.textContent ?? '',
      ),
    );
    expect(await page.textContent('#scheduler-explorer [data-torch-call]')).toContain('SequentialLR');
    // The scheduler select names the linked schedule instead of showing a blank choice.
    expect(
      await page.$eval(
        '#scheduler-explorer select[data-path="scheduler.type"]',
        (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
      ),
    ).toMatch(/^SequentialLR \(from the link/);
    await page.locator('#playground').scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      (document.querySelector('#playground')?.textContent ?? '').includes('SequentialLR, 40 ep'),
    );
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the in-practice page without JavaScript', () => {
  it('shows every section, every figure as SVG, the equation and the suggestions, and no dead control', async () => {
    const { page, errors, close } = await site.open(PATH, { javaScriptEnabled: false });
    for (const id of SECTIONS) expect(await page.locator(`#${id}`).isVisible(), `#${id}`).toBe(true);
    // Each figure: a role="img" with a text alternative and a visible drawing.
    const figures = await page.$$eval('main [role="img"]', (els) =>
      els.map((e) => ({
        label: e.getAttribute('aria-label') ?? '',
        visibleSvgs: Array.from(e.querySelectorAll('svg')).filter((s) => s.getBoundingClientRect().width > 0).length,
      })),
    );
    expect(figures.length).toBeGreaterThanOrEqual(6);
    for (const f of figures) {
      expect(f.label.length, f.label).toBeGreaterThan(30);
      expect(f.visibleSvgs, f.label).toBe(1);
    }
    expect(
      await page.locator('#stability ~ .lr-stability-eq .katex-display, .lr-stability-eq .katex-display').count(),
    ).toBe(1);
    expect((await suggestions(page)).every((s) => Number(s) > 0)).toBe(true);
    expect(await page.locator('#lr-finder [data-reseed]').isVisible()).toBe(false);
    expect(await page.locator('#lr-finder button[data-train]:visible').count()).toBe(0);
    expect(await page.locator('pre code').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('is linked from the tutorial, in the header and in its summary', async () => {
    const { page, close } = await site.open('', { javaScriptEnabled: false });
    expect(await page.locator('header nav a[href$="in-practice/"]').count()).toBe(1);
    expect(await page.locator('#summary ~ p a[href$="in-practice/"]').count()).toBeGreaterThanOrEqual(1);
    await close();
  });

  it('draws chart text at 10 CSS px or more on a 390 px screen', async () => {
    const { page, close } = await site.open(PATH, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const smallest = await page.$$eval('main [role="img"] svg text', (texts) => {
      let min = Infinity;
      for (const t of texts) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 || !(t.textContent ?? '').trim()) continue;
        const svg = t.closest('svg');
        const scale = (svg?.getBoundingClientRect().width ?? 1) / (svg?.viewBox.baseVal.width || 1);
        min = Math.min(min, Number.parseFloat(getComputedStyle(t).fontSize) * scale);
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(10);
    await close();
  });
});
