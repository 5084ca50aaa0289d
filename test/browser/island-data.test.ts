/**
 * The island data contract in the page (src/client/island-data.ts): an island whose
 * build data is malformed keeps its static figure, says which attribute is wrong where
 * its live status goes, ends in data-state="failed" (not "ready") and throws nothing.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

describe('an island with malformed build data', () => {
  it('names the bad attribute, keeps the built figure and ends failed, without an uncaught error', async () => {
    const { page, errors, close } = await site.open('');
    // The last player is far below the fold: still static, so its data can be broken before it hydrates.
    const player = page.locator('[data-island="player"]').last();
    expect(await player.getAttribute('data-state')).toBe('static');
    await player.evaluate((el) => {
      (el as HTMLElement).dataset.playerRuns = '[{"id":';
    });
    const built = await player
      .locator('svg')
      .first()
      .evaluate((svg) => svg.outerHTML);
    await player.scrollIntoViewIfNeeded();
    await expect.poll(() => player.getAttribute('data-state'), { timeout: 60_000 }).toBe('failed');
    expect(await player.locator('[data-status]').textContent()).toMatch(
      /could not start: the build's data is malformed \(data-player-runs is not JSON\)/,
    );
    expect(
      await player
        .locator('svg')
        .first()
        .evaluate((svg) => svg.outerHTML),
    ).toBe(built);
    expect(errors).toEqual([]);
    await close();
  });
});
