/**
 * Chart text as a reader sees it: the smallest rendered text of every figure and island,
 * its font size times the SVG's on-screen scale (the phone checks of issue 10).
 */
import type { Page } from 'playwright-core';

/** Smallest rendered chart text per figure or island: font size × (on-screen width / viewBox width). */
export function smallestText(page: Page) {
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

/** The tutorial's sixteen figures, by id. */
export const FIGURES = Array.from({ length: 16 }, (_, i) => `fig-${i + 1}`);
