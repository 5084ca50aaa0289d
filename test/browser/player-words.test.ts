/**
 * The word readout at a player's cursor (issue 11, linked timelines): under figure 14's
 * strip an <output> says the update the cursor stands on and each run's learning rate and
 * mini-batch loss there, from the same traces the strip draws. It follows the cursor
 * silently (aria-live off; polite only for the update just pinned) and keeps its room, so
 * nothing under it moves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFigure } from '../../src/experiments/figures';
import { cursorWords } from '../../src/figures/outcome';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const P = '#player-14';
const runs = buildFigure(14).runs;
/** The words the readout should say at update `u` (1-based). */
const wordsAt = (u: number) =>
  cursorWords(
    u,
    runs.map((r) => ({ label: r.label, lr: r.trace.lr[u - 1], loss: r.trace.loss[u - 1] })),
  );

async function readout(page: Page) {
  return page.evaluate((sel) => {
    const out = document.querySelector(`${sel} [data-cursor-words]`)!;
    return {
      lines: Array.from(out.children).map((c) => c.textContent ?? ''),
      live: out.getAttribute('aria-live'),
      height: out.getBoundingClientRect().height,
      below: document.querySelector(`${sel} [data-status]`)!.getBoundingClientRect().top + window.scrollY,
      readout: document.querySelector(`${sel} [data-readout]`)?.textContent ?? '',
    };
  }, P);
}
const updateOf = (readout: string) => Number(/Updates=(\d+)/.exec(readout)?.[1]);

describe('figure 14’s strip says the cursor’s update in words', () => {
  let opened: OpenedPage;
  let built: Awaited<ReturnType<typeof readout>>;
  beforeAll(async () => {
    opened = await site.open('?player-14-update=35', {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    built = await readout(opened.page);
    await opened.page.locator(P).scrollIntoViewIfNeeded();
    await opened.page.waitForSelector(`${P}[data-state="ready"]`, { timeout: 60_000 });
  });
  afterAll(() => opened?.close());

  it('the built page says the last update, one line per run, as an output that is not live', () => {
    expect(built.lines).toEqual(wordsAt(800));
    expect(built.lines[1]).toMatch(/^lr 0\.01 fixed: lr 0\.0100, loss 0\.00\d+$/);
    expect(built.live).toBe('off');
  });

  it('opens on the pinned update, silently, in the room the build gave it', async () => {
    const r = await readout(opened.page);
    expect(r.lines).toEqual(wordsAt(35));
    expect(r.live).toBe('off');
    expect(r.height).toBe(built.height);
  });

  it('follows the pointer on the loss strip, in step with the player’s readout, and nothing below moves', async () => {
    const page = opened.page;
    const before = await readout(page);
    const box = (await page.locator(`${P} [data-chart="loss"] svg`).boundingBox())!;
    for (const f of [0.3, 0.7]) {
      await page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
      const r = await readout(page);
      const u = updateOf(r.readout);
      expect(u).toBeGreaterThan(1);
      expect(r.lines).toEqual(wordsAt(u));
      expect(r.live).toBe('off');
      expect(r.height).toBe(before.height);
      expect(r.below).toBe(before.below);
    }
    await page.mouse.move(0, 0);
  });

  it('says a newly pinned update politely once, then goes quiet again', async () => {
    const page = opened.page;
    await page.locator(`${P} [data-chart="lr"]`).focus();
    await page.keyboard.press('Home');
    expect((await readout(page)).lines).toEqual(wordsAt(1));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const pinned = await readout(page);
    expect(pinned.lines).toEqual(wordsAt(2));
    expect(pinned.live).toBe('polite');
    await page.keyboard.press('ArrowRight');
    const next = await readout(page);
    expect(next.lines).toEqual(wordsAt(3));
    expect(next.live).toBe('off');
    expect(opened.errors).toEqual([]);
  });
});
