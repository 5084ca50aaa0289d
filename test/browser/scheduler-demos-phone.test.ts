/**
 * A phone is first class (issue 11, item 1): on a 390 x 800 screen the MultiStepLR and
 * MultiplicativeLR demos show their primary controls (the scheduler's own arguments) and
 * the landscape those controls change on screen together, once the demo is scrolled to.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

describe('scheduler demos on a phone (390 x 800)', () => {
  for (const [id, fields] of [
    ['multistep-demo', ['scheduler.milestones', 'scheduler.gamma']],
    ['multiplicative-demo', ['scheduler.factor', 'scheduler.at']],
  ] as const) {
    it(`#${id}: the scheduler's arguments and the chart they change are on screen together`, async () => {
      const { page, errors, close } = await site.open('', { viewport: { width: 390, height: 800 } });
      try {
        const root = page.locator(`#${id}`);
        await root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.waitForSelector(`#${id}[data-state="ready"]`, { timeout: 60_000 });
        // Islands near it may still be starting: let the page settle, then bring the demo to the top.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(1000);
        await root.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(300);
        const rects = await page.evaluate(
          ([id, fields]) => {
            const r = (el: Element | null) => {
              const b = el!.getBoundingClientRect();
              return { top: Math.round(b.top), bottom: Math.round(b.bottom), height: b.height };
            };
            const visible = (el: Element) => !el.closest('[hidden]') && !el.closest('details:not([open])');
            const input = (path: string) =>
              Array.from(document.querySelectorAll(`#${id} [data-path="${path}"]`)).find(visible) ?? null;
            return {
              chart: r(document.querySelector(`#${id} [data-plot] svg`)),
              controls: Object.fromEntries(fields.map((f) => [f, r(input(f))])),
              vh: window.innerHeight,
            };
          },
          [id, fields] as const,
        );
        for (const [name, el] of Object.entries({ chart: rects.chart, ...rects.controls })) {
          expect(el.height, name).toBeGreaterThan(0);
          expect(el.top, name).toBeGreaterThanOrEqual(-1);
          expect(el.bottom, name).toBeLessThanOrEqual(rects.vh);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
