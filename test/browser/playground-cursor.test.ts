/**
 * The playground's linked cursor: its replay charts (mini-batch loss and learning rate
 * per update) and the paths on the landscape show one update; pointing or arrow keys in
 * either chart, or pointing at a path, move it everywhere; a pinned update survives a
 * reload (`?playground-update=N`) next to the runs in the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const PG = '#playground';

async function cursor(page: Page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const xs = ['loss', 'lr'].map((name) => {
      const line = root.querySelector(`[data-chart="${name}"] line.lr-cursor`);
      return line && line.getAttribute('display') !== 'none' ? Number(line.getAttribute('x1')) : null;
    });
    const rings = Array.from(root.querySelectorAll('.lr-hover-layer circle[r="7"]'))
      .filter((c) => c.getAttribute('display') !== 'none')
      .map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
    return { xs, rings, readout: root.querySelector('[data-cursor-readout]')?.textContent ?? '' };
  }, PG);
}

async function ready(page: Page) {
  await page.locator(PG).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
  await page.waitForFunction(
    (sel) =>
      /^Run \d, update/.test(document.querySelector(sel)?.querySelector('[data-cursor-readout]')?.textContent ?? ''),
    PG,
    { timeout: 30_000 },
  );
}

describe('playground: one update cursor for the replay charts and the paths', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open('playground/?playground-update=35', { viewport: { width: 1280, height: 900 } });
    await ready(opened.page);
  });
  afterAll(() => opened?.close());

  it('opens on the update pinned in the URL, in both charts and on the path', async () => {
    const c = await cursor(opened.page);
    expect(c.readout).toMatch(/^Run 1, update 35 of 1280 .*\(pinned\)/);
    expect(c.xs[0]).not.toBeNull();
    expect(c.xs[0]).toBe(c.xs[1]);
    expect(c.rings).toHaveLength(1);
  });

  it('pointing at the loss chart moves the cursor in the rate chart and the ring on the path', async () => {
    const page = opened.page;
    const before = await cursor(page);
    await page.locator(`${PG} [data-chart="loss"]`).scrollIntoViewIfNeeded();
    const box = (await page.locator(`${PG} [data-chart="loss"] svg`).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    const after = await cursor(page);
    expect(after.xs[0]).not.toBe(before.xs[0]);
    expect(after.xs[1]).toBe(after.xs[0]);
    expect(after.rings).toHaveLength(1);
    expect(after.rings[0]).not.toBe(before.rings[0]);
    expect(after.readout).not.toContain('(pinned)');
    await page.mouse.move(0, 0);
  });

  it('arrow keys in the rate chart move the cursor; Enter pins it and a reload keeps it', async () => {
    const page = opened.page;
    await page.locator(`${PG} [data-chart="lr"]`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const c = await cursor(page);
    expect(c.readout).toMatch(/^Run 1, update 37 of 1280/);
    expect(c.xs[0]).toBe(c.xs[1]);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('playground-update')).toBe('37');
    await page.reload();
    await ready(page);
    expect((await cursor(page)).readout).toMatch(/^Run 1, update 37 of 1280 .*\(pinned\)/);
    expect(opened.errors).toEqual([]);
  });
});
