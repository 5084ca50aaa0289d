/**
 * Results announced (issue 11, item 7): a demo states its outcome in words in a polite
 * live region, the same sentence in the built page and after every re-run: final Wa, Wb
 * and loss, or where the run diverged.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const DEMO = '#tuning-demo';
const status = (page: Page) => page.locator(`${DEMO} [data-status]`).textContent();

async function setLr(page: Page, lr: string): Promise<void> {
  const before = await status(page);
  await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill(lr);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sel, text]) => {
      const now = document.querySelector(sel)?.textContent ?? '';
      return now !== text && !now.startsWith('Training');
    },
    [`${DEMO} [data-status]`, before] as const,
    { timeout: 30_000 },
  );
}

/**
 * One load of the tutorial with only the 2.2 demo started (the file needs no other island):
 * the first test reads the sentence the build wrote and the one the island writes, the
 * second changes the learning rate on it.
 */
let load: Promise<OpenedPage & { built: string | null }> | undefined;
const demo = () =>
  (load ??= (async () => {
    const opened = await site.open('', { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    // Below the fold, the island has not started yet: this is the built page's sentence.
    expect(await opened.page.locator(DEMO).getAttribute('data-state')).toBe('static');
    const built = await status(opened.page);
    await opened.page.locator(DEMO).scrollIntoViewIfNeeded();
    await opened.page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 30_000 });
    return { ...opened, built };
  })());
afterAll(async () => (await load?.catch(() => undefined))?.close());

describe('the 2.2 demo announces its result', () => {
  it('the built page already says the outcome, in a polite status region', async () => {
    const { page, built } = await demo();
    const region = page.locator(`${DEMO} [data-status]`);
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.getAttribute('role')).toBe('status');
    const sentence = /^Final Wa = 3\.33\d\d, Wb = 0\.99\d\d, last mini-batch loss [\d.]+ after 800 updates\.$/;
    expect(built).toMatch(sentence);
    expect(await region.textContent()).toMatch(sentence);
  });

  it('a new learning rate changes the sentence: the new final Wa, Wb and loss, or where the run diverged', async () => {
    const { page, errors } = await demo();
    const built = await status(page);
    await setLr(page, '0.005');
    const converged = await status(page);
    expect(converged).not.toBe(built);
    expect(converged).toMatch(
      /^Final Wa = 1\.26\d\d, Wb = 1\.23\d\d, last mini-batch loss 0\.\d+ after 800 updates\.$/,
    );
    await setLr(page, '5');
    expect(await status(page)).toMatch(/^The run diverged at update \d+: .+; last Wa = .+, Wb = .+\.$/);
    expect(errors).toEqual([]);
  });
});
