/**
 * The players' linked cursor: figure 14's landscape and its timeline strip (learning rate
 * and mini-batch loss per update) show one update; pointing, arrow keys and playing move
 * it in all of them; a pinned update is kept in the URL and a link with one opens paused
 * there. Figure 3 (fixed rates, no strip) still pins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { updateX } from '../../src/figures/update-axis';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const P = '#player-14';
const STRIP_WIDTH = 330;

/** x of the cursor line in each strip chart (null when hidden), whether it is solid, and the readouts. */
async function cursor(page: Page, sel = P) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const lines = Array.from(root.querySelectorAll('[data-timeline] [data-chart]')).map((h) =>
      h.querySelector('line.lr-cursor'),
    );
    return {
      xs: lines.map((l) => (l && l.getAttribute('display') !== 'none' ? Number(l.getAttribute('x1')) : null)),
      solid: lines.map((l) => !l?.getAttribute('stroke-dasharray')),
      readout: root.querySelector('[data-readout]')?.textContent ?? '',
      pin: root.querySelector('[data-cursor-pin]')?.textContent ?? '',
      playing: root.querySelector('[data-act="toggle"]')?.getAttribute('aria-pressed') === 'true',
      highlight: (root as HTMLElement).dataset.highlight ?? '',
    };
  }, sel);
}
const updateOf = (readout: string) => Number(/Updates=(\d+)/.exec(readout)?.[1]);
const xOf = (update: number, total: number) => Number(updateX(update, total, STRIP_WIDTH).toFixed(1));

async function ready(page: Page, sel: string) {
  await page.locator(sel).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${sel}[data-state="ready"]`, { timeout: 60_000 });
  await page.locator(sel).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

describe('figure 14 player: landscape and timeline strip share one update cursor', () => {
  let opened: OpenedPage;
  let total = 0;
  beforeAll(async () => {
    opened = await site.open('?player-14-update=35#fig-14', {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'no-preference',
    });
    await ready(opened.page, P);
    total = Number(await opened.page.locator(`${P} [data-scrub]`).getAttribute('max')) + 1;
  });
  afterAll(() => opened?.close());

  it('opens paused on the update pinned in the URL, in every view', async () => {
    const c = await cursor(opened.page);
    expect(c.playing).toBe(false);
    expect(updateOf(c.readout)).toBe(35);
    expect(c.pin).toBe('Unpin update 35');
    expect(c.xs).toEqual([xOf(35, total), xOf(35, total)]);
    expect(c.solid).toEqual([true, true]);
  });

  it('pointing at a path on the landscape moves the strip’s cursor to that update', async () => {
    const page = opened.page;
    await page.locator(`${P} .lr-figure__plot`).first().focus();
    await page.keyboard.press('End');
    // A vertex of the static figure's path (every run's rows, the SMIL layer's geometry), a third of the way.
    const pt = await page.evaluate((sel) => {
      const svg = document.querySelector<SVGSVGElement>(`${sel} .lr-figure__plot svg`)!;
      const d = svg.querySelector('g[data-role="paths"] defs path')!.getAttribute('d')!;
      const pts = d
        .slice(1)
        .trim()
        .split(/[\sL]+/);
      const [x, y] = pts[Math.floor(pts.length / 3)].split(',').map(Number);
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      return { x: p.x, y: p.y };
    }, P);
    const before = await cursor(page);
    await page.mouse.move(pt.x, pt.y);
    const after = await cursor(page);
    expect(after.highlight).toMatch(/^[\w.-]+:\d+$/);
    const row = Number(after.highlight.split(':')[1]);
    expect(after.xs).toEqual([xOf(row + 1, total), xOf(row + 1, total)]);
    expect(after.xs[0]).not.toBe(before.xs[0]);
    expect(after.solid).toEqual([false, false]);
    expect(updateOf(after.readout)).toBe(row + 1);
    await page.mouse.move(0, 0);
    expect((await cursor(page)).xs[0]).toBe(xOf(total, total));
  });

  it('pointing at the loss strip moves the rate strip’s cursor and the readout', async () => {
    const page = opened.page;
    const box = (await page.locator(`${P} [data-chart="loss"] svg`).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    const c = await cursor(page);
    expect(c.xs[0]).not.toBeNull();
    expect(c.xs[0]).toBe(c.xs[1]);
    expect(c.xs[0]).toBe(xOf(updateOf(c.readout), total));
    await page.mouse.move(0, 0);
  });

  it('arrow keys in the rate strip step the player; Enter pins and the URL keeps it', async () => {
    const page = opened.page;
    await page.locator(`${P} [data-chart="lr"]`).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const c = await cursor(page);
    expect(updateOf(c.readout)).toBe(3);
    expect(c.xs).toEqual([xOf(3, total), xOf(3, total)]);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('player-14-update')).toBe('3');
    expect((await cursor(page)).pin).toBe('Unpin update 3');
  });

  it('playing moves the cursor in the strip frame by frame', async () => {
    const page = opened.page;
    const before = await cursor(page);
    await page.locator(`${P} [data-act="toggle"]`).click();
    await page.waitForTimeout(400);
    const moving = await cursor(page);
    expect(moving.playing).toBe(true);
    expect(moving.xs[0]).toBeGreaterThan(before.xs[0]!);
    expect(moving.xs[0]).toBe(moving.xs[1]);
    await page.locator(`${P} [data-act="toggle"]`).click();
    expect(opened.errors).toEqual([]);
  });
});

describe('a playing player out of sight', () => {
  it('stops drawing, and goes on from where it was when it comes back', async () => {
    const { page, errors, close } = await site.open('#fig-14', {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'no-preference',
    });
    await ready(page, P);
    const frames = () =>
      page.evaluate(
        (id) =>
          performance.getEntriesByName('player:frame').filter((e) => (e as PerformanceMeasure).detail === id).length,
        'player-14',
      );
    expect(await page.locator(`${P} [data-act="toggle"]`).getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const away = await frames();
    await page.waitForTimeout(600);
    expect(await frames()).toBe(away);
    const paused = updateOf((await cursor(page)).readout);
    await page.locator(P).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(frames, { timeout: 5_000 }).toBeGreaterThan(away + 5);
    expect(updateOf((await cursor(page)).readout)).not.toBe(paused);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('figure 3 player (no strip)', () => {
  it('pins the update shown, and a reload opens paused on it', async () => {
    const { page, errors, close } = await site.open('#fig-3', {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    await ready(page, '#player-3');
    expect(await page.locator('#player-3 [data-timeline]').count()).toBe(0);
    await page.locator('#player-3 [data-scrub]').fill('99');
    await page.locator('#player-3 [data-cursor-pin]').click();
    expect(new URL(page.url()).searchParams.get('player-3-update')).toBe('100');
    await page.reload();
    await ready(page, '#player-3');
    const c = await cursor(page, '#player-3');
    expect(updateOf(c.readout)).toBe(100);
    expect(c.pin).toBe('Unpin update 100');
    expect(errors).toEqual([]);
    await close();
  });
});
