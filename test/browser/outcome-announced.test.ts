/**
 * Results announced (issue 11, item 7): a demo states its outcome in words in a polite
 * live region, the same sentence in the built page and after every re-run: final Wa, Wb
 * and loss, or where the run diverged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

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

describe('the 2.2 demo announces its result', () => {
  it('the built page already says the outcome, in a polite status region', async () => {
    const { page } = await site.hydrated('');
    const region = page.locator(`${DEMO} [data-status]`);
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.textContent()).toMatch(
      /^Final Wa = 3\.33\d\d, Wb = 0\.99\d\d, last mini-batch loss [\d.]+ after 800 updates\.$/,
    );
  });

  it('a new learning rate changes the sentence: the new final Wa, Wb and loss, or where the run diverged', async () => {
    const { page, errors, close } = await site.open('', {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    try {
      await page.locator(DEMO).scrollIntoViewIfNeeded();
      await page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 30_000 });
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
    } finally {
      await close();
    }
  });
});
