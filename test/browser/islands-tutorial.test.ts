/**
 * The whole tutorial in Chromium: scrolling from top to bottom hydrates every island on
 * the way, and nothing logs a console error or throws.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

describe('the tutorial with its islands', () => {
  it('scrolling through the whole page hydrates every island with zero console errors', async () => {
    const { page, errors, close } = await site.open('', { viewport: { width: 1200, height: 900 } });
    // Re-read the height every step: hydrated islands reveal their controls and the page grows.
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
      await page.evaluate((y) => window.scrollTo(0, y), y);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).every((e) => e.dataset.state === 'ready'),
      undefined,
      { timeout: 60_000 },
    );
    // Players for figures 3, 9, 12, 14, 16, the tuning demo, the sweep, the explorer and two scheduler demos.
    expect(await page.evaluate(() => document.querySelectorAll('[data-island]').length)).toBeGreaterThanOrEqual(10);
    // The page's own scripts (TOC, theme) must be error-free too.
    expect(await page.evaluate(() => document.querySelectorAll('[data-island][data-state="failed"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
