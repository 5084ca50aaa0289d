/**
 * Figures on a phone (issue 10, items 3 and 7): on a 390 px screen every chart text of the
 * tutorial's sixteen figures and of every island is at least 10 CSS px (its font size
 * times the SVG's on-screen scale), with JavaScript (islands hydrated) and without it;
 * the orbit fits sit side by side on a desktop and one per row on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

/** Smallest rendered chart text per figure or island: font size × (on-screen width / viewBox width). */
function smallestText(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, { px: number; text: string }> = {};
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>('figure svg, .lr-island svg'))) {
      if (svg.parentElement?.closest('svg')) continue;
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      if (box.width === 0 || !vb || vb.width === 0) continue;
      const scale = box.width / vb.width;
      const key = svg.closest('figure[id]')?.id ?? svg.closest('.lr-island[id]')?.id ?? 'unnamed';
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        if (!t.textContent?.trim() || t.getBoundingClientRect().width === 0) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (!(key in out) || px < out[key].px) out[key] = { px: Math.round(px * 100) / 100, text: t.textContent };
      }
    }
    return out;
  });
}

async function scrollThrough(page: Page) {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 700) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(100);
  }
}

const FIGURES = Array.from({ length: 16 }, (_, i) => `fig-${i + 1}`);

describe('figures on a 390 px phone', () => {
  it('draws every chart text of the sixteen figures and every island at 10 CSS px or more (hydrated)', async () => {
    const { page, close } = await site.open('', { viewport: { width: 390, height: 844 } });
    await scrollThrough(page);
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).every((e) =>
          ['ready', 'failed'].includes(e.dataset.state ?? ''),
        ),
      undefined,
      { timeout: 60_000 },
    );
    const sizes = await smallestText(page);
    for (const id of FIGURES) expect(sizes[id], id).toBeDefined();
    for (const island of ['tuning-demo', 'lr-sweep', 'scheduler-explorer', 'multistep-demo', 'multiplicative-demo'])
      expect(sizes[island], island).toBeDefined();
    const small = Object.entries(sizes).filter(([, v]) => v.px < 10);
    expect(small, JSON.stringify(small)).toEqual([]);
    await close();
  });

  it('shows every figure without JavaScript, with the same readable text', async () => {
    const { page, close } = await site.open('', { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const sizes = await smallestText(page);
    for (const id of FIGURES) {
      expect(sizes[id], id).toBeDefined();
      expect(sizes[id].px, `${id}: ${sizes[id].text}`).toBeGreaterThanOrEqual(10);
    }
    await close();
  });
});

describe('orbit fits as small multiples', () => {
  const boxes = (page: Page) =>
    page.evaluate(() =>
      ['fig-4', 'fig-5', 'fig-10', 'fig-11'].map((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return { top: Math.round(r.top + window.scrollY), left: Math.round(r.left), width: Math.round(r.width) };
      }),
    );

  it('puts two side by side on a desktop, each still its own figure', async () => {
    const { page, close } = await site.open('', { viewport: { width: 1280, height: 900 } });
    const [f4, f5, f10, f11] = await boxes(page);
    expect(f5.top).toBe(f4.top);
    expect(f5.left).toBeGreaterThan(f4.left + f4.width - 1);
    expect(f11.top).toBe(f10.top);
    for (const id of ['fig-4', 'fig-5', 'fig-10', 'fig-11']) {
      expect(await page.locator(`#${id} figcaption`).count()).toBe(1);
      expect(await page.locator(`#${id} [role="img"][aria-label]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`#${id} details`).count()).toBe(1);
    }
    await close();
  });

  it('stacks them one per row on a 390 px phone', async () => {
    const { page, close } = await site.open('', { viewport: { width: 390, height: 844 } });
    const [f4, f5] = await boxes(page);
    expect(f5.top).toBeGreaterThan(f4.top);
    expect(f5.left).toBe(f4.left);
    await close();
  });
});

describe('the contents highlight', () => {
  it('marks the last section once the reader reaches the end of the page', async () => {
    const { page, close } = await site.open('', { viewport: { width: 1280, height: 900 } });
    // Islands hydrating near the end grow the page: keep going to the (new) end until it holds.
    await page.waitForFunction(
      () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return document.querySelector('.toc-side a[aria-current="true"]')?.getAttribute('href') === '#references';
      },
      undefined,
      { polling: 300, timeout: 20_000 },
    );
    await close();
  });
});
