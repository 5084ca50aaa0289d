/**
 * Training runs only in the Web Worker (no main-thread copy of the core, for the page's
 * script budget). When the worker script cannot load, every island keeps its figure and
 * says that its live version could not start, instead of hanging on "Training…".
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

describe('a training worker that cannot load', () => {
  it('leaves the static figures and a visible notice, at hydration and after an edit', async () => {
    const { page, close } = await site.open('');
    // The worker's own script (worker-<hash>.js), not the page's worker-client.<hash>.js.
    await page.context().route(/\/_astro\/worker-[\w-]+\.js$/, (route) => route.abort());
    await page.reload();

    // A contour demo trains as it hydrates: it fails with boot's notice and keeps the built figure.
    const contour = page.locator('[data-island="contour"]').first();
    const builtFigure = await contour
      .locator('svg')
      .first()
      .evaluate((svg) => svg.outerHTML);
    await contour.scrollIntoViewIfNeeded();
    await expect.poll(() => contour.getAttribute('data-state'), { timeout: 60_000 }).toBe('failed');
    expect(await contour.locator('[data-status]').textContent()).toMatch(/could not start/);
    expect(
      await contour
        .locator('svg')
        .first()
        .evaluate((svg) => svg.outerHTML),
    ).toBe(builtFigure);

    // The sweep hydrates without training; an edit needs the worker and says why nothing changed.
    const sweep = page.locator('#lr-sweep');
    await sweep.scrollIntoViewIfNeeded();
    await page.waitForSelector('#lr-sweep[data-state="ready"]', { timeout: 60_000 });
    const figure = () => sweep.locator('[data-plot] svg').evaluate((svg) => svg.outerHTML);
    const before = await figure();
    await sweep.locator('input[data-path="epochs"]').fill('20');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => sweep.locator('[data-status]').textContent(), { timeout: 30_000 })
      .toContain('could not start its training worker');
    expect(await sweep.locator('[data-status]').getAttribute('data-tone')).toBe('warn');
    expect(await figure()).toBe(before);
    await close();
  });
});
