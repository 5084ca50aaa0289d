/**
 * The scheduler demos' word readout at the update cursor (issue 11, linked timelines):
 * under the MultiStepLR demo's timeline an <output> says the update, its learning rate
 * and mini-batch loss ("lr 0.0100, loss 0.0512": three significant digits, plain decimals as the players' words),
 * silently while it follows the pointer or the keys (aria-live off), politely for the
 * update just pinned; its room is reserved, so nothing below it moves.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const DEMO = '#multistep-demo';

async function readout(page: Page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const out = root.querySelector('[data-cursor-readout]')!;
    return {
      text: out.textContent ?? '',
      tag: out.tagName.toLowerCase(),
      live: out.getAttribute('aria-live'),
      height: out.parentElement!.getBoundingClientRect().height,
      below: root.querySelector('figcaption')!.getBoundingClientRect().top,
    };
  }, DEMO);
}
const WORDS =
  /^Update (\d+) of 800 \(epoch \d+, mini-batch \d+\): lr (\d\.\d*), loss (\d\.\d*|\d\.\d+e-\d+)( \(pinned\))?$/;

describe('the MultiStepLR demo says the cursor’s update in words', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open('?multistep-demo-update=35#multisteplr', { viewport: { width: 390, height: 800 } });
    await opened.page.locator(DEMO).scrollIntoViewIfNeeded();
    await opened.page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 60_000 });
    await opened.page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-cursor-readout]`)?.textContent?.startsWith('Update'),
      DEMO,
      { timeout: 30_000 },
    );
  });
  afterAll(() => opened?.close());

  it('opens on the pinned update, in an output that is not live', async () => {
    const r = await readout(opened.page);
    expect(r.tag).toBe('output');
    expect(r.live).toBe('off');
    const m = WORDS.exec(r.text);
    expect(m?.[1]).toBe('35');
    expect(m?.[4]).toBe(' (pinned)');
    // Three significant digits: "0.0100", "0.00500", never "0.01" beside "0.00512".
    expect(m![2].replace(/^0\.0*/, '')).toHaveLength(3);
  });

  it('follows the keys silently in the room it has, and says a new pin politely once (at 390 px)', async () => {
    const page = opened.page;
    const before = await readout(page);
    await page.locator(`${DEMO} [data-chart="loss"]`).focus();
    for (const key of ['Home', 'ArrowRight', 'End', 'PageUp']) {
      await page.keyboard.press(key);
      const r = await readout(page);
      expect(r.text).toMatch(WORDS);
      expect(r.live).toBe('off');
      expect(r.height).toBe(before.height);
      expect(r.below).toBe(before.below);
    }
    await page.keyboard.press('Enter');
    const pinned = await readout(page);
    expect(pinned.text).toMatch(/\(pinned\)$/);
    expect(pinned.live).toBe('polite');
    expect(pinned.height).toBe(before.height);
    await page.keyboard.press('ArrowLeft');
    expect((await readout(page)).live).toBe('off');
    expect(opened.errors).toEqual([]);
  });
});
