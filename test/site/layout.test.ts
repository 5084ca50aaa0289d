import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { DIST_SUB, SUB_BASE } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/static-server';

// The strictest policy the site's own scripts must live with: no inline script at all.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'";

describe.skipIf(!hasBrowser)('tutorial layout in Chromium (sub-path build, strict CSP)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(DIST_SUB, SUB_BASE, { 'Content-Security-Policy': CSP });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.emulateMedia({ colorScheme });
    await page.goto(server.url, { waitUntil: 'load' });
    return page;
  };

  // Checks that only read the page share one load, resized to each width they ask for (the
  // stylesheets answer a resize as they answer a load at that width, and a load of the whole
  // tutorial is the expensive part); the theme checks, which store a choice and reload, open their own.
  let load: Promise<Page> | undefined;
  const shared = async (width: number): Promise<Page> => {
    const page = await (load ??= open(width));
    if (page.viewportSize()?.width !== width) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    return page;
  };
  afterAll(async () => {
    await (await load?.catch(() => null))?.close();
  });

  it.each([360, 390, 768, 1280, 1920])('fits a %i px wide screen without sideways scrolling', async (width) => {
    const page = await shared(width);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows the side table of contents on a desktop and the collapsible one on a phone', async () => {
    const desktop = await shared(1280);
    expect(await desktop.isVisible('.toc-side nav[data-toc]')).toBe(true);
    expect(await desktop.isVisible('details.toc-mobile')).toBe(false);
    const phone = await shared(390);
    expect(await phone.isVisible('.toc-side nav[data-toc]')).toBe(false);
    expect(await phone.isVisible('details.toc-mobile summary')).toBe(true);
    await phone.click('details.toc-mobile summary');
    expect(await phone.isVisible('details.toc-mobile a[href="#schedulers"]')).toBe(true);
    // Closed again for the checks that read this load next.
    await phone.click('details.toc-mobile summary');
    expect(await phone.isVisible('details.toc-mobile a[href="#schedulers"]')).toBe(false);
  });

  it('highlights the section being read in the table of contents', async () => {
    const page = await shared(1280);
    await page.evaluate(() => document.getElementById('multisteplr')?.scrollIntoView({ behavior: 'instant' }));
    await page.waitForFunction(
      () => document.querySelector('.toc-side a[aria-current="true"]')?.getAttribute('href') === '#multisteplr',
    );
    expect(await page.locator('.toc-side a[aria-current="true"]').count()).toBe(1);
  });

  it('follows the system colour scheme, and the toggle overrides it and persists across reloads', async () => {
    const page = await open(1280, 'dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    // One name, pressed or not, and it contains the visible text (WCAG 2.5.3 Label in Name).
    const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
    expect(await toggle.count()).toBe(1);
    expect(await toggle.innerText()).toMatch(/^◐\s*Dark\b/);
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('false');
    expect(await toggle.count()).toBe(1);
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const light = await background();
    expect(light).not.toBe(dark);
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background()).toBe(light);
    await page.close();
  });

  it('applies a stored theme before the page paints (no flash of the other theme)', async () => {
    const page = await open(1280, 'light');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the first moment the body exists, before any paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { firstTheme: string | null }).firstTheme =
            document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string | null }).firstTheme)).toBe('dark');
    await page.close();
  });

  it('lets the keyboard reach every equation or table that scrolls sideways on a 360 px phone', async () => {
    const page = await shared(360);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(200);
    const regions = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.prose .katex-display, .prose table')).map((el) => ({
        id: el.id,
        scrolls: el.scrollWidth > el.clientWidth + 1,
        tabIndex: el.tabIndex,
      })),
    );
    expect(regions.length).toBeGreaterThan(10);
    for (const r of regions) expect(r.tabIndex, r.id).toBe(r.scrolls ? 0 : -1);
  });

  it('keeps equation (9) readable on a phone: it fits or scrolls inside its own box', async () => {
    const page = await shared(360);
    const box = await page.evaluate(() => {
      const eq = document.getElementById('eq-9') as HTMLElement;
      const r = eq.getBoundingClientRect();
      return { left: r.left, right: r.right, overflowX: getComputedStyle(eq).overflowX };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    expect(box.overflowX).toBe('auto');
  });

  it('draws chart axis text larger on a phone, and no axis title runs into tick labels', async () => {
    const measure = async (width: number) => {
      const page = await shared(width);
      const out = await page.evaluate(() => {
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const clashes: string[] = [];
        for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('.prose figure svg[class^="plot-"]'))) {
          const where = svg.closest('figure[id], [id]')?.id ?? '?';
          for (const axis of ['x', 'y']) {
            const title = svg.querySelector(`g[aria-label="${axis}-axis label"] text`)?.getBoundingClientRect();
            if (!title) continue;
            const ticks = svg.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`);
            for (const t of Array.from(ticks)) {
              if (hit(t.getBoundingClientRect(), title)) clashes.push(`${where} ${axis}: "${t.textContent}"`);
            }
          }
        }
        // Figure 1 comes in a wide and a phone variant: measure the one on screen.
        const tick = Array.from(document.querySelectorAll('#fig-1 svg g[aria-label="y-axis tick label"] text')).find(
          (t) => t.getBoundingClientRect().height > 0,
        )!;
        return {
          clashes,
          // The on-screen height of a tick label's glyphs, in CSS pixels.
          tickPx: tick.getBoundingClientRect().height,
          units: Number.parseFloat(getComputedStyle(tick).fontSize),
        };
      });
      return out;
    };
    const desktop = await measure(1280);
    const phone = await measure(390);
    expect(desktop.units).toBe(10);
    expect(phone.units).toBe(12);
    expect(phone.tickPx).toBeGreaterThan(6);
    expect(desktop.clashes).toEqual([]);
    expect(phone.clashes).toEqual([]);
  });
});
