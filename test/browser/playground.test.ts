/**
 * The playground in Chromium: runs are added, duplicated, edited and removed; the whole
 * list round-trips through the URL; a tampered list is refused with a notice; the
 * learning-rate sweep and the scheduler explorer re-run live; downloads carry the run.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const PG = '#playground';

const site = useSiteSession();
const openPage = (path: string) => site.open(path, { acceptDownloads: true });
/**
 * One load of the playground for the tests that each change a different island and only
 * that one (downloads, the explorer, the sweep); tests that edit the run list open their own.
 */
let sharedLoad: Promise<OpenedPage> | undefined;
const shared = () => (sharedLoad ??= openPage('playground/'));
afterAll(async () => (await sharedLoad?.catch(() => undefined))?.close());

async function ready(page: Page, sel: string) {
  await page.locator(sel).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${sel}[data-state="ready"]`, { timeout: 60_000 });
}

const renders = (page: Page, id: string) =>
  page.evaluate(
    (id) => performance.getEntriesByName('island:render').filter((e) => (e as PerformanceMeasure).detail === id).length,
    id,
  );

async function afterRender(page: Page, id: string, act: () => Promise<unknown>) {
  const n = await renders(page, id);
  await act();
  await page.waitForFunction(
    ([id, n]) =>
      performance.getEntriesByName('island:render').filter((e) => (e as PerformanceMeasure).detail === id).length > n,
    [id, n] as const,
    { timeout: 60_000 },
  );
}

const runButtons = (page: Page) => page.locator(`${PG} [data-run-list] button`);
const contourLegend = (page: Page) => page.locator(`${PG} [data-plot="contour"] [data-legend] text`).allTextContents();
const livePaths = (page: Page) =>
  page.locator(`${PG} .lr-live-layer path[data-line]`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));

describe('playground', () => {
  it('adds, duplicates, edits and removes runs, drawing each on the contour and the charts', async () => {
    const { page, errors, close } = await openPage('playground/');
    await ready(page, PG);
    expect(await runButtons(page).count()).toBe(1);
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="duplicate"]`).click());
    expect(await runButtons(page).count()).toBe(2);
    expect(await runButtons(page).nth(1).getAttribute('aria-pressed')).toBe('true');
    await afterRender(page, 'playground', () =>
      page.locator(`${PG} select[data-path="optimizer.type"]`).selectOption('adam'),
    );
    await afterRender(page, 'playground', async () => {
      await page.locator(`${PG} input[type="text"][data-path="optimizer.lr"]`).fill('0.12');
      await page.keyboard.press('Enter');
    });
    await afterRender(page, 'playground', () =>
      page.locator(`${PG} select[data-path="scheduler.type"]`).selectOption('MultiStepLR'),
    );
    expect(await runButtons(page).nth(1).textContent()).toContain('Adam, lr 0.12, MultiStepLR');
    const paths = await livePaths(page);
    expect(paths.filter((d) => d.startsWith('M'))).toHaveLength(2);
    expect(paths[0]).not.toBe(paths[1]);
    expect(await page.locator(`${PG} [data-chart="lr"] svg`).count()).toBeGreaterThan(0);
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="add"]`).click());
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="add"]`).click());
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="add"]`).click());
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="add"]`).click());
    expect(await runButtons(page).count()).toBe(6);
    // Named by what sets each run apart (runNames); the runs with the same settings are numbered.
    const same = (k: number) => `SGD, lr 0.01 (run ${k})`;
    const adam = 'Adam, lr 0.12, MultiStepLR';
    expect(await contourLegend(page)).toEqual([same(1), adam, same(3), same(4), same(5), same(6)]);
    expect(await page.locator(`${PG} [data-pg="add"]`).isDisabled()).toBe(true);
    await afterRender(page, 'playground', () => page.locator(`${PG} [data-pg="remove"]`).click());
    expect(await runButtons(page).count()).toBe(5);
    expect(await contourLegend(page)).toEqual([same(1), adam, same(3), same(4), same(5)]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the URL holds every run: opening it again gives the same runs and paths', async () => {
    const a = await openPage('playground/');
    await ready(a.page, PG);
    await afterRender(a.page, 'playground', () => a.page.locator(`${PG} [data-pg="duplicate"]`).click());
    await afterRender(a.page, 'playground', async () => {
      await a.page.locator(`${PG} input[data-path="optimizer.momentum"]:visible`).fill('0.9');
      await a.page.keyboard.press('Enter');
    });
    await afterRender(a.page, 'playground', async () => {
      await a.page.locator(`${PG} input[data-path="epochs"]`).fill('50');
      await a.page.keyboard.press('Enter');
    });
    // URL writes are coalesced (url-writer.ts): wait until the last one has happened.
    await a.page.waitForFunction(() => !document.documentElement.hasAttribute('data-url-pending'));
    const url = a.page.url();
    expect(url).toContain('runs=');
    const b = await openPage(url.slice(site.url.length));
    await ready(b.page, PG);
    await b.page.waitForFunction(() => document.querySelectorAll('#playground [data-run-list] button').length === 2);
    const labels = await runButtons(b.page).allTextContents();
    expect(labels[1]).toMatch(/momentum 0\.9\b.*\b50 ep/);
    const paths = await livePaths(b.page);
    expect(paths.filter((d) => d.startsWith('M'))).toHaveLength(2);
    // Page A shows the same runs and paths once its last edit has trained (asked again until
    // then, so a slow machine cannot make it compare a path from before that edit).
    expect(await runButtons(a.page).allTextContents()).toEqual(labels);
    await expect.poll(() => livePaths(a.page), { timeout: 30_000 }).toEqual(paths);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.close();
    await b.close();
  });

  it('a tampered run list is refused run by run with a notice', async () => {
    const good = { epochs: 20 };
    const bad = { optimizer: { lr: 'x' } };
    const value = Buffer.from(JSON.stringify([good, bad])).toString('base64url');
    const { page, errors, close } = await openPage(`playground/?runs=${value}`);
    await ready(page, PG);
    expect(await page.locator(`${PG} > .lr-notice`).textContent()).toContain('Ignored shared run 2: optimizer.lr');
    expect(await runButtons(page).count()).toBe(1);
    expect(await runButtons(page).first().textContent()).toContain('20 ep');
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads the selected run as CSV, JSON and log', async () => {
    const { page } = await shared();
    await ready(page, PG);
    for (const [kind, check] of [
      ['csv', (t: string) => t.split('\n')[0].includes('epoch')],
      ['json', (t: string) => JSON.parse(t) !== null],
      ['log', (t: string) => t.includes('updates=1, Epoch=0, minibatch=0')],
    ] as const) {
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`${PG} [data-export="${kind}"]`).click(),
      ]);
      const file = await dl.path();
      const { readFile } = await import('node:fs/promises');
      expect(check(await readFile(file!, 'utf8'))).toBe(true);
    }
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator(`${PG} [data-export="svg"]`).click()]);
    expect(svg.suggestedFilename()).toBe('playground.svg');
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator(`${PG} [data-export="png"]`).click()]);
    expect(png.suggestedFilename()).toBe('playground.png');
  });
});

describe('scheduler explorer', () => {
  it('switching to StepLR redraws with the PyTorch call in the code block', async () => {
    const { page, errors } = await shared();
    await ready(page, '#scheduler-explorer');
    expect(await page.locator('#scheduler-explorer pre code').textContent()).toContain(
      'MultiStepLR(optimizer, milestones=[5, 10, 15, 20], gamma=0.5)',
    );
    await afterRender(page, 'scheduler-explorer', () =>
      page.locator('#scheduler-explorer select[data-path="scheduler.type"]').selectOption('StepLR'),
    );
    expect(await page.locator('#scheduler-explorer pre code').textContent()).toContain(
      'StepLR(optimizer, step_size=25, gamma=0.5)',
    );
    await page.locator('#scheduler-explorer input[data-path="scheduler.gamma"]:visible').fill('2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.locator('#scheduler-explorer .lr-group:not([hidden]) [data-msg-for="scheduler.gamma"]').textContent(),
      )
      .toContain('must be a number in (0, 1]');
    expect(errors).toEqual([]);
  });
});

describe('learning-rate sweep', () => {
  it('re-runs all 200 runs in the worker when the epochs change', async () => {
    const { page, errors } = await shared();
    await ready(page, '#lr-sweep');
    const figure = () => page.locator('#lr-sweep [data-plot] svg').evaluate((svg) => svg.outerHTML);
    const before = await figure();
    await afterRender(page, 'lr-sweep', async () => {
      await page.locator('#lr-sweep input[data-path="epochs"]').fill('20');
      await page.keyboard.press('Enter');
    });
    expect(await page.locator('#lr-sweep [data-status]').textContent()).toMatch(
      /^200 runs of 20 epochs\. Lowest final loss: SGD: .*\. (Diverged or ended above 10: .*|No run diverged)\. Trained in [\d.]+ s\.$/,
    );
    expect(await page.locator('#lr-sweep [data-plot] svg g[aria-label="line"]').count()).toBe(4);
    expect(await figure(), 'the sweep figure after the change').not.toBe(before);
    expect(errors).toEqual([]);
  });
});
