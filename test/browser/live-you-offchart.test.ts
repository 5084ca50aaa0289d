/**
 * The section 2.2 demo speaks the figures' visual language live: the reader's run in the
 * palette's one "you" style (built and live alike), and a run that leaves the frame gets
 * an arrow on the frame edge with its final Wa, Wb instead of vanishing (issue 10 items 4, 6).
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';
import { YOU, runStyle } from '../../src/figures/palette';

const site = useSiteSession();
const DEMO = '#tuning-demo';
const you = runStyle({ role: 'you' });

describe('the reader’s run in the section 2.2 demo', () => {
  it('is drawn in the "you" style at build time and live, and leaving the frame shows an off-chart marker', async () => {
    const { page, errors, close } = await site.open('playground/', { viewport: { width: 1200, height: 900 } });
    // Built (static) figure: the run's line in the "you" colour and width.
    const built = await page.evaluate(
      (sel) =>
        Array.from(document.querySelectorAll(`${sel} [data-plot] svg g[data-role="paths"] use`)).map((u) => ({
          stroke: u.getAttribute('stroke'),
          width: u.getAttribute('stroke-width'),
        })),
      DEMO,
    );
    expect(built).toContainEqual({ stroke: YOU.colour, width: String(you.width) });

    await page.locator(DEMO).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${DEMO}[data-state="ready"]`, { timeout: 30_000 });
    const line = page.locator(`${DEMO} .lr-live-layer [data-run="0"] path[data-line]`);
    expect(await line.getAttribute('stroke')).toBe(YOU.colour);
    expect(await line.getAttribute('stroke-width')).toBe(String(you.width));
    const off = page.locator(`${DEMO} .lr-live-layer g[data-offchart="0"]`);
    expect(await off.getAttribute('display')).toBe('none');

    await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('0.146');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-status]`)?.textContent?.includes('Final Wa = 11.77'),
      DEMO,
      { timeout: 30_000 },
    );
    expect(await off.getAttribute('display')).toBe('inline');
    expect(await off.locator('text').textContent()).toMatch(/^off chart: Wa 11\.8, Wb -?\d/);
    // The arrow sits on the frame's right edge (Wa 11.8 is far right of the 0…4 domain) and points right.
    const at = await page.evaluate((sel) => {
      const root = document.querySelector<HTMLElement>(sel)!;
      const scales = JSON.parse(root.dataset.scales!) as { x: { range: number[] } };
      const t = root.querySelector('.lr-live-layer g[data-offchart="0"] path')!.getAttribute('transform') ?? '';
      const [, x, , angle] = /translate\(([-\d.]+),([-\d.]+)\) rotate\(([-\d.]+)\)/.exec(t) ?? [];
      return { x: Number(x), angle: Number(angle), right: Math.max(...scales.x.range) };
    }, DEMO);
    expect(at.x).toBeCloseTo(at.right - 7, 0);
    expect(Math.abs(at.angle)).toBeLessThan(60);

    // Back inside the frame: the marker goes away.
    await page.locator(`${DEMO} input[type="text"][data-path="optimizer.lr"]`).fill('0.005');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-status]`)?.textContent?.includes('Final Wa = 1.26'),
      DEMO,
      { timeout: 30_000 },
    );
    expect(await off.getAttribute('display')).toBe('none');
    expect(errors).toEqual([]);
    await close();
  });
});
