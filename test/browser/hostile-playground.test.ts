/**
 * Issue 14 in the playground, the lightest page with a live island: the largest runs the
 * validator accepts train and draw (item 1), a flood of slider input leaves the URL and
 * "Copy link" on the value on screen with Chromium's IPC flooding protection on (item
 * 2), the click after a field edit lands (item 3), and a shared link that is cut or
 * partly invalid says so, run by run, and keeps the selected run (items 6 and 9).
 */
import { describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../support/browser';
import { recordErrors, useSiteSession } from '../support/site-session';

const PG = '#playground';
const site = useSiteSession();

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const status = (page: Page) => page.locator(`${PG} [data-status]`).textContent();
const runButtons = (page: Page) => page.locator(`${PG} [data-run-list] button`);
const trained = (page: Page) =>
  page.waitForFunction(
    (sel) => /trained|diverged|refused|failed|could not/i.test(document.querySelector(sel)?.textContent ?? ''),
    `${PG} [data-status]`,
    { timeout: 90_000 },
  );
/** Waits until the coalesced URL write has happened (url-writer.ts marks the wait). */
const urlWritten = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.hasAttribute('data-url-pending'), null, { timeout: 5_000 });
/** The runs a playground URL holds, decoded as the page would. */
const runsIn = (url: string) =>
  JSON.parse(Buffer.from(new URL(url).searchParams.get('runs') ?? '', 'base64url').toString()) as {
    optimizer?: { lr?: number };
    epochs?: number;
  }[];

describe('playground: shared links that are cut or partly invalid (issue 14 items 6, 9) and the click after an edit (item 3)', () => {
  it('keeps the valid runs, says which were dropped and why, keeps the selected run, and lands the click after a field edit', async () => {
    // Seven runs: the first with 1,001 milestones (the core allows 1,000), then six valid ones.
    const milestones = Array.from({ length: 1001 }, (_, i) => i + 1);
    const runs = [
      { scheduler: { type: 'MultiStepLR', milestones } },
      ...Array.from({ length: 6 }, (_, i) => ({ epochs: 10 + i })),
    ];
    const { page, errors, close } = await site.open(`playground/?runs=${b64(runs)}&run=3`);
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    await trained(page);
    const notice = await page.locator(`${PG} > .lr-notice`).textContent();
    expect(notice).toMatch(/Ignored shared run 1: scheduler\.milestones .*at most 1000/);
    expect(notice).not.toMatch(/run 7/);
    const labels = await runButtons(page).allTextContents();
    expect(labels.map((l) => l.match(/(\d+) ep/)?.[1])).toEqual(['10', '11', '12', '13', '14', '15']);
    // The selected run came from the link (run=3).
    expect(await runButtons(page).nth(2).getAttribute('aria-pressed')).toBe('true');

    // Item 3: type into a field of run 3 and click run 5 straight away. Leaving the field
    // fires `change`, which re-renders the list under the pointer; the click must land.
    const epochs = page.locator(`${PG} input[data-path="epochs"]`);
    await epochs.fill('33');
    const before = await runButtons(page).nth(4).elementHandle();
    await runButtons(page).nth(4).click();
    expect(await runButtons(page).nth(4).getAttribute('aria-pressed')).toBe('true');
    expect(await runButtons(page).nth(2).getAttribute('aria-pressed')).toBe('false');
    // The button was kept, not rebuilt, and the edit went to run 3, not to run 5.
    expect(await before!.evaluate((b) => b.isConnected && b.getAttribute('aria-pressed'))).toBe('true');
    await trained(page);
    expect(await runButtons(page).nth(2).textContent()).toContain('33 ep');
    expect(await runButtons(page).nth(4).textContent()).toContain('14 ep');
    expect(await epochs.inputValue()).toBe('14');

    // The selected run is kept in the URL, and a reload keeps the runs and the selection.
    await urlWritten(page);
    expect(new URL(page.url()).searchParams.get('run')).toBe('5');
    expect(runsIn(page.url()).map((r) => r.epochs)).toEqual([10, 11, 33, 13, 14, 15]);
    await page.reload();
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    expect(await runButtons(page).nth(4).getAttribute('aria-pressed')).toBe('true');
    expect(await runButtons(page).nth(2).textContent()).toContain('33 ep');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('playground: the largest allowed runs (issue 14 item 1)', () => {
  it('six runs of 196,608 updates each (1,179,648 in all) train and are drawn, with no error', async () => {
    const big = { data: { n: 4096 }, batchSize: 1, epochs: 48 };
    const { page, errors, close } = await site.open(`playground/?runs=${b64(Array(6).fill(big))}`);
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 90_000 });
    await trained(page);
    expect(await status(page)).toBe('6 runs trained.');
    expect(await runButtons(page).count()).toBe(6);
    // Every run is drawn on the contour, simplified to what the screen shows.
    const paths = await page
      .locator(`${PG} .lr-live-layer path[data-line]`)
      .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('L').length));
    expect(paths).toHaveLength(6);
    for (const n of paths) expect(n).toBeGreaterThan(100);
    for (const n of paths) expect(n).toBeLessThanOrEqual(4000);
    // And on the line charts (each chart has one line per run).
    for (const chart of ['step', 'loss', 'lr']) {
      const lines = await page.locator(`${PG} [data-chart="${chart}"] svg [aria-label="line"] path`).count();
      expect(lines, chart).toBe(6);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('URL writes under a flood of slider input, IPC flooding protection on (issue 14 item 2)', () => {
  it('writes the URL a few times a second, always after the last change, and Copy link copies what is on screen', async () => {
    // playwright-core turns Chromium's IPC flooding protection off by default; this
    // browser keeps it on, as readers' browsers do (it throttles history.replaceState).
    const browser: Browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
      // Count every URL write the page makes.
      await context.addInitScript(() => {
        const original = History.prototype.replaceState;
        (window as unknown as { urlWrites: number }).urlWrites = 0;
        History.prototype.replaceState = function (...args: Parameters<History['replaceState']>) {
          (window as unknown as { urlWrites: number }).urlWrites++;
          return original.apply(this, args);
        };
      });
      const page = await context.newPage();
      const errors = recordErrors(page);
      await page.goto(`${site.url}playground/`);
      await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
      await trained(page);
      // 400 slider positions over about two seconds: twice what Chromium lets through in 10 s.
      const seconds = await page.evaluate(async (sel) => {
        const slider = document.querySelector<HTMLInputElement>(sel)!;
        const t0 = performance.now();
        for (let i = 0; i < 400; i++) {
          slider.value = String(200 + ((i * 37) % 600));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          if (i % 20 === 19) await new Promise((r) => setTimeout(r, 100));
        }
        slider.value = '555';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        return (performance.now() - t0) / 1000;
      }, `${PG} input[type="range"][data-slider-for="optimizer.lr"]`);
      await urlWritten(page);
      const writes = await page.evaluate(() => (window as unknown as { urlWrites: number }).urlWrites);
      expect(writes).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 3);
      const shown = Number(await page.locator(`${PG} input[type="text"][data-path="optimizer.lr"]`).inputValue());
      expect(runsIn(page.url())[0].optimizer?.lr).toBe(shown);
      await page.locator(`${PG} [data-action="share"]`).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(runsIn(copied)[0].optimizer?.lr).toBe(shown);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
