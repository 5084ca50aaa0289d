/**
 * Hydrating a live contour with the tutorial's own settings keeps what the build drew:
 * the orbit under the section 2.2 demo stays the build's figure (its chart code and Plot
 * are not even loaded), which was the longest task while the tutorial hydrated on a slow
 * phone (issue 11 item 8; timed by `npm run bench:browser -- --only hydration`). A shared
 * link with the reader's settings still redraws it for the reader's run.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession } from '../support/site-session';

// The tutorial: the playground's own island loads the orbit chart code for itself.
const PAGE = '';
const DEMO = '#tuning-demo';
const ORBIT = `${DEMO} [data-chart="orbit"] svg`;

const site = useSiteSession();

/** Scrolls the demo into view and waits until it has hydrated. */
async function hydrateDemo(page: Page): Promise<void> {
  await page.locator(DEMO).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 60_000 });
}

const orbitChartLoaded = (responses: Map<string, number>) =>
  [...responses.keys()].filter((u) => /\/orbit-chart\.[\w-]+\.js$/.test(u));

describe('first hydration of a live contour', () => {
  it('with the tutorial’s settings keeps the build’s orbit figure and never loads the code to redraw it', async () => {
    const { page, errors, responses, close } = await site.open(PAGE);
    // Mark the build's orbit while the island is still static (below the fold).
    expect(await page.locator(DEMO).getAttribute('data-state')).toBe('static');
    await page.locator(ORBIT).evaluate((svg) => svg.setAttribute('data-built-mark', ''));
    const status = await page.locator(`${DEMO} [data-status]`).textContent();
    await hydrateDemo(page);
    expect(await page.locator(ORBIT).count()).toBe(1);
    expect(await page.locator(ORBIT).getAttribute('data-built-mark')).toBe('');
    expect(await page.locator(ORBIT).textContent()).toContain('Learning rate 0.012, 100 epochs');
    expect(await page.locator(`${DEMO} [data-chart="orbit"][data-stale]`).count()).toBe(0);
    expect(orbitChartLoaded(responses)).toEqual([]);
    // The live paths and the outcome line are there, as after any run.
    expect(await page.locator(`${DEMO} .lr-live-layer [data-run="0"] path[data-line]`).getAttribute('d')).toMatch(/^M/);
    expect(await page.locator(`${DEMO} [data-status]`).textContent()).toBe(status);
    expect(errors).toEqual([]);
    await close();
  });

  it('with a shared link’s settings redraws the orbit for the reader’s run', async () => {
    const { page, errors, responses, close } = await site.open(`${PAGE}?tuning-demo.lr=0.005`);
    await hydrateDemo(page);
    await expect.poll(() => page.locator(ORBIT).textContent()).toContain('Learning rate 0.005, 100 epochs');
    expect(orbitChartLoaded(responses)).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });
});
