/**
 * The players announce their outcome (issue 11, item 7): each player's polite status line
 * states what every run came to, with the demos' shared `outcomeSentence` (through
 * `runsOutcome`), already in the built page and in the same room after hydration; the
 * player writes it once when its runs are ready (only if the line says something else),
 * never a progress count, and nothing while it plays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFigure } from '../../src/experiments/figures';
import { runsOutcome } from '../../src/figures/outcome';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const expected = (n: number) => runsOutcome(buildFigure(n).runs.map((r) => ({ label: r.label, trace: r.trace })));

/** Every text the players' status lines took after load, per island id. */
const statusLog = (page: Page, id: string) =>
  page.evaluate((id) => (window as unknown as { __status: Record<string, string[]> }).__status[id] ?? [], id);
const status = (page: Page, sel: string) => page.locator(`${sel} [data-status]`);

async function ready(page: Page, sel: string) {
  await page.locator(sel).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${sel}[data-state="ready"]`, { timeout: 60_000 });
}

describe('a player states its runs’ outcome in its polite status line', () => {
  let opened: OpenedPage;
  const built: Record<string, { text: string; height: number }> = {};
  beforeAll(async () => {
    opened = await site.open('', { viewport: { width: 1280, height: 900 }, reducedMotion: 'no-preference' });
    const { page } = opened;
    // Record each status line's text whenever it changes (from the built page on).
    await page.evaluate(() => {
      const log: Record<string, string[]> = {};
      (window as unknown as { __status: typeof log }).__status = log;
      document.querySelectorAll<HTMLElement>('.lr-anim').forEach((root) => {
        const el = root.querySelector('[data-status]')!;
        new MutationObserver(() => (log[root.id] ??= []).push(el.textContent ?? '')).observe(el, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
    });
    for (const sel of ['#player-14', '#player-16']) {
      expect(await page.locator(sel).getAttribute('data-state')).toBe('static');
      const s = status(page, sel);
      built[sel] = { text: (await s.textContent()) ?? '', height: (await s.boundingBox())!.height };
    }
    // Player 16's line says something else before it starts: the player must state the outcome itself.
    await status(page, '#player-16').evaluate((el) => (el.textContent = 'Stale words.'));
  });
  afterAll(() => opened?.close());

  it('the built page already holds one sentence per run, from the shared outcome sentence', () => {
    const text = flat(built['#player-14'].text);
    expect(text).toBe(expected(14));
    expect(text).toMatch(
      /^lr 0\.01 fixed: final Wa = 1\.17\d\d, Wb = 1\.26\d\d, last mini-batch loss 0\.00\d+ after 800 updates\./,
    );
    expect(text).toContain('MultiStepLR, γ = 0.5: final Wa = ');
    expect(text.match(/after 800 updates\./g)).toHaveLength(4);
  });

  it('keeps the sentence and its room when the player hydrates, and says nothing while it plays', async () => {
    const { page } = opened;
    await ready(page, '#player-14');
    const region = status(page, '#player-14');
    expect(await region.getAttribute('role')).toBe('status');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    // Playing (no reduced motion): frames go by, the status line stays as it was.
    await expect.poll(() => page.locator('#player-14 [data-act="toggle"]').getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(500);
    expect(flat(await region.textContent())).toBe(expected(14));
    expect((await region.boundingBox())!.height).toBe(built['#player-14'].height);
    // Never a progress count nor a clear: the line was not touched at all.
    expect(await statusLog(page, 'player-14')).toEqual([]);
    expect(await page.locator('#player-14 [data-readout]').getAttribute('aria-live')).toBe('off');
  });

  it('states the outcome once, when the runs are ready, where the line said something else', async () => {
    const { page } = opened;
    await ready(page, '#player-16');
    expect(flat(await status(page, '#player-16').textContent())).toBe(expected(16));
    const log = (await statusLog(page, 'player-16')).map(flat);
    // The test's own "Stale words.", then the outcome, once.
    expect(log).toEqual(['Stale words.', expected(16)]);
    expect(await status(page, '#player-16').locator('strong').first().textContent()).toBe('lr 0.01 fixed:');
    expect(opened.errors).toEqual([]);
  });
});
