/**
 * The playground's "Effective step size" chart is a full member of the shared update
 * cursor (issue 11, item 2): it shows the cursor where the other views put it, on its own
 * update axis (figure 1's frame: updates from 0, a legend on top), and pointing or arrow
 * keys in it move the cursor in the loss and rate charts and the ring on the path. The
 * readout under the charts says that update in words, silently (aria-live off).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const PG = '#playground';
const CHARTS = ['step', 'loss', 'lr'] as const;

async function cursor(page: Page) {
  return page.evaluate(
    ([sel, charts]) => {
      const root = document.querySelector(sel)!;
      const xs = charts.map((name) => {
        const line = root.querySelector(`[data-chart="${name}"] line.lr-cursor`);
        return line && line.getAttribute('display') !== 'none' ? Number(line.getAttribute('x1')) : null;
      });
      /** x of the chart's "200" tick on its update axis. */
      const tick200 = charts.map((name) => {
        const t = Array.from(
          root.querySelectorAll(`[data-chart="${name}"] g[aria-label="x-axis tick label"] text`),
        ).find((el) => el.textContent === '200');
        return t ? Number(/translate\(([\d.]+),/.exec(t.getAttribute('transform') ?? '')?.[1]) : null;
      });
      const rings = Array.from(root.querySelectorAll('.lr-hover-layer circle[r="7"]'))
        .filter((c) => c.getAttribute('display') !== 'none')
        .map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
      const out = root.querySelector('[data-cursor-readout]')!;
      return {
        xs,
        tick200,
        rings,
        readout: out.textContent ?? '',
        tag: out.tagName.toLowerCase(),
        live: out.getAttribute('aria-live'),
      };
    },
    [PG, CHARTS] as const,
  );
}
const updateOf = (readout: string) => Number(/update (\d+) of/.exec(readout)?.[1]);

describe('playground: the step-size chart carries the shared update cursor', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open('playground/?playground-update=200', { viewport: { width: 1280, height: 900 } });
    const { page } = opened;
    await page.locator(PG).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    await page.waitForFunction(
      (sel) => /^Run \d, update/.test(document.querySelector(`${sel} [data-cursor-readout]`)?.textContent ?? ''),
      PG,
      { timeout: 30_000 },
    );
  });
  afterAll(() => opened?.close());

  it('shows the pinned update on its own axis, at the same update as the loss and rate charts', async () => {
    const c = await cursor(opened.page);
    expect(c.readout).toMatch(/^Run 1, update 200 of 1280 .*lr 0\.0100, loss \d[\d.e-]* \(pinned\)$/);
    // Each chart's cursor sits on that chart's own "200" tick (the step chart's axis starts at 0).
    for (let k = 0; k < CHARTS.length; k++) {
      expect(c.tick200[k]).not.toBeNull();
      expect(Math.abs(c.xs[k]! - c.tick200[k]!)).toBeLessThan(0.2);
    }
    expect(c.xs[0]).not.toBe(c.xs[1]);
    expect(c.tag).toBe('output');
    expect(c.live).toBe('off');
  });

  it('pointing at the step-size chart moves the cursor in the other charts and the ring on the path', async () => {
    const page = opened.page;
    const before = await cursor(page);
    await page.locator(`${PG} [data-chart="step"]`).scrollIntoViewIfNeeded();
    const box = (await page.locator(`${PG} [data-chart="step"] svg`).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6);
    const after = await cursor(page);
    const u = updateOf(after.readout);
    expect(u).toBeGreaterThan(600);
    expect(u).not.toBe(200);
    expect(after.xs.every((x) => x !== null)).toBe(true);
    expect(after.xs[1]).toBe(after.xs[2]);
    expect(after.xs[1]).not.toBe(before.xs[1]);
    expect(after.rings).toHaveLength(1);
    expect(after.rings[0]).not.toBe(before.rings[0]);
    expect(after.live).toBe('off');
    await page.mouse.move(0, 0);
    expect(updateOf((await cursor(page)).readout)).toBe(200);
  });

  it('arrow keys in the step-size chart move the cursor everywhere; Enter pins it', async () => {
    const page = opened.page;
    await page.locator(`${PG} [data-chart="step"]`).focus();
    const before = await cursor(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const c = await cursor(page);
    expect(updateOf(c.readout)).toBe(202);
    expect(c.xs[0]).toBeGreaterThan(before.xs[0]!);
    expect(c.xs[1]).toBeGreaterThan(before.xs[1]!);
    expect(c.xs[1]).toBe(c.xs[2]);
    expect(c.rings[0]).not.toBe(before.rings[0]);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).searchParams.get('playground-update')).toBe('202');
    const pinned = await cursor(page);
    expect(pinned.readout).toContain('(pinned)');
    // A pin is said once, politely; following the pointer again is silent.
    expect(pinned.live).toBe('polite');
    await page.keyboard.press('ArrowRight');
    expect((await cursor(page)).live).toBe('off');
    expect(opened.errors).toEqual([]);
  });
});
