/**
 * Figures on a phone without JavaScript (issue 10, items 3 and 7): on a 390 px screen
 * every chart text of the tutorial's sixteen figures is at least 10 CSS px (its font size
 * times the SVG's on-screen scale). The same check with every island hydrated, and the
 * orbit fits side by side on a desktop and one per row on a phone, read the scrolled
 * loads of demos-layout.test.ts (one load of the whole tutorial per width).
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';
import { FIGURES, smallestText } from './chart-text';

const site = useSiteSession();

describe('figures on a 390 px phone', () => {
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
