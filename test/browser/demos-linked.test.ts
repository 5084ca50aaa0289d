/**
 * The demos as a reader meets them: the scheduler demos' views share one update cursor
 * (pinned from the URL, moved by pointing or the arrow keys in any of them), the
 * reader's run is drawn on top of the reference runs, and on a phone the 2.2 demo's
 * primary control and its chart are on screen together. One page per viewport.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const DEMO = '#multistep-demo';

/** x of the cursor line in each timeline chart (null when hidden), and the readout. */
async function cursor(page: Page) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const xs = Array.from(root.querySelectorAll('[data-timeline] [data-chart]')).map((host) => {
      const line = host.querySelector('line.lr-cursor');
      return line && line.getAttribute('display') !== 'none' ? Number(line.getAttribute('x1')) : null;
    });
    const rings = Array.from(root.querySelectorAll('.lr-hover-layer circle[r="7"]')).map((c) =>
      c.getAttribute('display') === 'none' ? null : `${c.getAttribute('cx')},${c.getAttribute('cy')}`,
    );
    return { xs, rings, readout: root.querySelector('[data-cursor-readout]')?.textContent ?? '' };
  }, DEMO);
}

describe('linked timelines of the MultiStepLR demo', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open('?multistep-demo-update=35#multisteplr', { viewport: { width: 1280, height: 800 } });
    await opened.page.locator(DEMO).scrollIntoViewIfNeeded();
    await opened.page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 60_000 });
    await opened.page.waitForFunction(
      (sel) => document.querySelector(sel)?.querySelector('[data-cursor-readout]')?.textContent?.startsWith('Update'),
      DEMO,
      { timeout: 30_000 },
    );
  });
  afterAll(() => opened?.close());

  it('opens on the update pinned in the URL, in every view', async () => {
    const c = await cursor(opened.page);
    expect(c.readout).toMatch(/^Update 35 of 800 .*\(pinned\)/);
    expect(c.xs.length).toBe(2);
    expect(c.xs[0]).not.toBeNull();
    expect(c.xs[0]).toBe(c.xs[1]);
    // Every run's path carries the ring at update 35.
    expect(c.rings.filter((r) => r !== null).length).toBe(3);
  });

  it('pointing at the loss chart moves the cursor in the rate chart and on the landscape', async () => {
    const before = await cursor(opened.page);
    const box = (await opened.page.locator(`${DEMO} [data-chart="loss"] svg`).boundingBox())!;
    await opened.page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const after = await cursor(opened.page);
    expect(after.xs[1]).not.toBe(before.xs[1]);
    expect(after.xs[0]).toBe(after.xs[1]);
    expect(after.rings[0]).not.toBeNull();
    expect(after.rings[0]).not.toBe(before.rings[0]);
    expect(after.readout).not.toContain('(pinned)');
    await opened.page.mouse.move(0, 0);
  });

  it('arrow keys in the rate chart move the cursor in the loss chart and on the paths', async () => {
    await opened.page.locator(`${DEMO} [data-chart="lr"]`).focus();
    await opened.page.keyboard.press('ArrowRight');
    const a = await cursor(opened.page);
    expect(a.readout).toMatch(/^Update 36 of 800/);
    await opened.page.keyboard.press('ArrowRight');
    const b = await cursor(opened.page);
    expect(b.readout).toMatch(/^Update 37 of 800/);
    expect(b.xs[1]).toBeGreaterThan(a.xs[1]!);
    expect(b.xs[0]).toBe(b.xs[1]);
    expect(b.rings[0]).not.toBe(a.rings[0]);
    // Enter pins the update and the URL keeps it.
    await opened.page.keyboard.press('Enter');
    expect(new URL(opened.page.url()).searchParams.get('multistep-demo-update')).toBe('37');
  });

  it("draws the reader's run on top: above the reference runs and the Start/Target marks", async () => {
    const order = await opened.page.evaluate((sel) => {
      const svg = document.querySelector(`${sel} [data-plot] svg`)!;
      const runs = Array.from(svg.querySelectorAll('.lr-live-layer [data-run]')).map((g) => g.getAttribute('data-run'));
      const all = Array.from(svg.querySelectorAll('*'));
      const layer = all.indexOf(svg.querySelector('.lr-live-layer')!);
      const target = all.findIndex((e) => e.tagName === 'text' && e.textContent === 'Target');
      return { runs, layerAfterTarget: layer > target && target >= 0 };
    }, DEMO);
    expect(order.runs.at(-1)).toBe('0');
    expect(order.runs).toHaveLength(3);
    expect(order.layerAfterTarget).toBe(true);
  });

  it('logs no console error', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('a phone (390 x 800)', () => {
  it('shows the 2.2 demo’s learning-rate control and its chart on screen together', async () => {
    const { page, errors, close } = await site.open('#tuning', { viewport: { width: 390, height: 800 } });
    await page.locator('#tuning-demo').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForSelector('#tuning-demo[data-state="ready"]', { timeout: 60_000 });
    // Islands near it may still be starting: let the page settle, then bring the demo to the top.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    await page.locator('#tuning-demo').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    const rects = await page.evaluate(() => {
      const r = (sel: string) => {
        const b = document.querySelector(sel)!.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, height: b.height };
      };
      return {
        chart: r('#tuning-demo [data-plot] svg'),
        slider: r('#tuning-demo input[data-slider-for="optimizer.lr"]'),
        optimizer: r('#tuning-demo select[data-path="optimizer.type"]'),
        vh: window.innerHeight,
      };
    });
    for (const el of [rects.chart, rects.slider, rects.optimizer]) {
      expect(el.height).toBeGreaterThan(0);
      expect(el.top).toBeGreaterThanOrEqual(-1);
      expect(el.bottom).toBeLessThanOrEqual(rects.vh);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
