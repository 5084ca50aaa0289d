/**
 * Bringing a page's islands to life the way a reader does, by scrolling to them, and
 * knowing when they are done. The states are the ones src/client/boot.ts sets on
 * `[data-island]`: "static" in the built HTML, "loading" while the island's code loads
 * and it first computes, then "ready", or "failed" when it could not start.
 */
import type { Page } from 'playwright-core';

/** Islands: elements that the page's entry script hydrates when they come into view. */
export const ISLAND = '[data-island]';

/** States of an island that is still on its way. */
export const SETTLING_STATES: readonly string[] = ['static', 'loading'];

/** States an island ends in. */
export const END_STATES: readonly string[] = ['ready', 'failed'];

/**
 * Scrolls from top to bottom one viewport at a time (what a reader does), then back to
 * the top. Re-reads the height every step: hydrated islands reveal controls and the page grows.
 */
export async function scrollThrough(page: Page, pauseMs = 60): Promise<void> {
  const step = page.viewportSize()?.height ?? 720;
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await height()); y += step * 0.9) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(pauseMs);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(pauseMs);
}

/**
 * Waits until no island is settling, up to `timeoutMs`, and returns the states of every
 * island at the end, in document order (the caller judges them; a timeout shows as a
 * settling state in the list).
 */
export async function waitForIslands(page: Page, timeoutMs = 60_000): Promise<string[]> {
  const settled = page
    .waitForFunction(
      ([sel, settling]) =>
        [...document.querySelectorAll<HTMLElement>(sel)].every((el) => !settling.includes(el.dataset.state ?? '')),
      [ISLAND, SETTLING_STATES] as const,
      { timeout: timeoutMs, polling: 100 },
    )
    .catch(() => undefined);
  await settled;
  return page.$$eval(ISLAND, (els) => els.map((el) => (el as HTMLElement).dataset.state ?? ''));
}

/**
 * Scrolls each island into view in document order (as a reader scrolling past would),
 * moving on as soon as its hydration has started, then to the bottom of the page and back
 * to the top; waits for every island to end and returns their states. Hydrations overlap,
 * as they do for a reader who scrolls fast, which is what makes this quicker than
 * stepping through the page a viewport at a time.
 */
export async function hydrateAll(page: Page, timeoutMs = 90_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  const count = await page.locator(ISLAND).count();
  const visit = async (i: number, waitMs: number) => {
    await page.evaluate(([sel, i]) => document.querySelectorAll(sel)[i]?.scrollIntoView({ block: 'center' }), [
      ISLAND,
      i,
    ] as const);
    // The IntersectionObserver fires within a frame or two; an island that never leaves
    // "static" shows up in the returned states instead of stalling here.
    await page
      .waitForFunction(
        ([sel, i]) => (document.querySelectorAll<HTMLElement>(sel)[i]?.dataset.state ?? '') !== 'static',
        [ISLAND, i] as const,
        { timeout: waitMs, polling: 'raf' },
      )
      .catch(() => undefined);
  };
  for (let i = 0; i < count; i++) await visit(i, 5_000);
  // An island is only observed in a frame that shows it: while another island's hydration
  // holds the main thread, no frame may be drawn before the scroll moves on, and the island
  // stays static until the reader comes back to it. So come back, once, to each of those.
  const passed = await page.$$eval(ISLAND, (els) => els.map((el) => (el as HTMLElement).dataset.state === 'static'));
  for (let i = 0; i < count; i++)
    if (passed[i]) await visit(i, Math.max(1_000, Math.min(15_000, deadline - Date.now())));
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const states = await waitForIslands(page, Math.max(1_000, deadline - Date.now()));
  await page.evaluate(() => window.scrollTo(0, 0));
  return states;
}
