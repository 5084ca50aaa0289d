/**
 * The sweep's primary controls (issue 11, item 1): an optimizer picker and the epochs
 * beside the chart, everything else under "More settings". The picker redraws at once,
 * the live region sums the result up in words, a link keeps the choice, and links shared
 * before the picker existed still open with their settings.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const SWEEP = '#lr-sweep';
const lines = (page: Page) => page.locator(`${SWEEP} [data-plot] svg g[aria-label="line"]`).count();
const status = (page: Page) => page.locator(`${SWEEP} [data-status]`).textContent();

async function ready(page: Page): Promise<void> {
  await page.locator(SWEEP).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${SWEEP}[data-state="ready"]`, { timeout: 30_000 });
}

/**
 * One load of the tutorial at 1280 px with only the sweep started (no other island is
 * needed): the layout test reads it, then the picker test changes it.
 */
let load: Promise<OpenedPage> | undefined;
const desktop = () =>
  (load ??= site.open('', { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' }).then(async (opened) => {
    await ready(opened.page);
    return opened;
  }));
afterAll(async () => (await load?.catch(() => undefined))?.close());

describe('sweep optimizer picker', () => {
  it('shows the four optimizers and epochs beside the chart at 1280 px, the rest behind "More settings"', async () => {
    const { page } = await desktop();
    const layout = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!;
      const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
      const plot = box(root.querySelector('[data-plot]'))!;
      const picker = box(root.querySelector('[data-optimizer-picker]'))!;
      const epochs = box(root.querySelector('input[data-path="epochs"]'))!;
      const primary = root.querySelector('.lr-primary')!;
      return {
        picks: Array.from(root.querySelectorAll<HTMLInputElement>('input[data-pick]')).map((i) => ({
          key: i.value,
          checked: i.checked,
          name: i.closest('label')?.textContent?.trim(),
          swatch: i.closest('label')?.querySelector('svg line')?.getAttribute('stroke'),
        })),
        besidePlot: picker.left >= plot.right - 1 && epochs.left >= plot.right - 1 && picker.top < plot.bottom,
        primaryPaths: Array.from(primary.querySelectorAll<HTMLElement>('input[data-path]')).map((e) => e.dataset.path),
        morePaths: Array.from(root.querySelectorAll<HTMLElement>('details[data-more] input[data-path]')).map(
          (e) => e.dataset.path,
        ),
      };
    }, SWEEP);
    expect(layout.picks.map((p) => [p.key, p.checked, p.name])).toEqual([
      ['sgd', true, 'SGD'],
      ['sgdm', true, 'SGD momentum 0.9'],
      ['rmsprop', true, 'RMSprop'],
      ['adam', true, 'Adam'],
    ]);
    // Each toggle carries its optimizer's palette colour (and its name: never colour alone).
    expect(new Set(layout.picks.map((p) => p.swatch)).size).toBe(4);
    for (const p of layout.picks) expect(p.swatch).toMatch(/^var\(--run-\d, #[0-9a-f]{6}\)$/);
    expect(layout.besidePlot).toBe(true);
    expect(layout.primaryPaths).toEqual(['epochs']);
    expect(layout.morePaths).toEqual(['batchSize', 'seed', 'data.noise', 'init.wa', 'init.wb']);
  });

  it('unticking an optimizer drops its line at once, says so in words and keeps the choice in the link', async () => {
    const { page, errors, close } = await desktop();
    try {
      expect(await lines(page)).toBe(4);
      const built = await status(page);
      expect(built).toMatch(
        /^200 runs of 100 epochs\. Lowest final loss: SGD: [\d.]+ at lr [\d.]+; SGD momentum 0\.9: .*Adam: /,
      );
      await page.locator(`${SWEEP} input[data-pick][value="sgd"]`).uncheck();
      await page.locator(`${SWEEP} input[data-pick][value="rmsprop"]`).uncheck();
      expect(await lines(page)).toBe(2);
      const after = await status(page);
      expect(after).toMatch(/^100 runs of 100 epochs\. Lowest final loss: SGD momentum 0\.9: /);
      expect(after).not.toMatch(/RMSprop|SGD:/);
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-url-pending'), null, {
        timeout: 5_000,
      });
      expect(new URL(page.url()).searchParams.get('lr-sweep-show')).toBe('sgdm,adam');
      // The last line cannot be taken away.
      await page.locator(`${SWEEP} input[data-pick][value="sgdm"]`).uncheck();
      await page.locator(`${SWEEP} input[data-pick][value="adam"]`).click();
      expect(await page.locator(`${SWEEP} input[data-pick][value="adam"]`).isChecked()).toBe(true);
      expect(await lines(page)).toBe(1);
      expect(await page.locator(`${SWEEP} [data-pick-msg]`).textContent()).toContain('at least');
      // The link reopens with that choice.
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-url-pending'), null, {
        timeout: 5_000,
      });
      await page.reload();
      await ready(page);
      await page.waitForFunction(
        (sel) => document.querySelectorAll(sel).length === 1,
        `${SWEEP} [data-plot] svg g[aria-label="line"]`,
        {
          timeout: 10_000,
        },
      );
      expect(
        await page
          .locator(`${SWEEP} input[data-pick]:checked`)
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
      ).toEqual(['adam']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an old shared link (epochs only) still opens with its settings and all four optimizers', async () => {
    const { page, errors, close } = await site.open('?lr-sweep.epochs=20', {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    try {
      await ready(page);
      await page.waitForFunction(
        (sel) => /^200 runs of 20 epochs\./.test(document.querySelector(sel)?.textContent ?? ''),
        `${SWEEP} [data-status]`,
        {
          timeout: 60_000,
        },
      );
      expect(await page.locator(`${SWEEP} input[data-path="epochs"]`).inputValue()).toBe('20');
      expect(await lines(page)).toBe(4);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on a 390 x 800 phone the chart, the picker and the epochs are on screen together', async () => {
    const { page, errors, close } = await site.open('', { viewport: { width: 390, height: 800 } });
    try {
      await ready(page);
      await page.locator(SWEEP).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      const rects = await page.evaluate((sel) => {
        const r = (q: string) => {
          const b = document.querySelector(`${sel} ${q}`)!.getBoundingClientRect();
          return { top: Math.round(b.top), bottom: Math.round(b.bottom), height: b.height };
        };
        return {
          chart: r('[data-plot] svg'),
          picker: r('[data-optimizer-picker]'),
          epochs: r('input[data-path="epochs"]'),
          vh: window.innerHeight,
        };
      }, SWEEP);
      for (const [name, el] of Object.entries({ chart: rects.chart, picker: rects.picker, epochs: rects.epochs })) {
        expect(el.height, name).toBeGreaterThan(0);
        expect(el.top, name).toBeGreaterThanOrEqual(-1);
        expect(el.bottom, name).toBeLessThanOrEqual(rects.vh);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
