/**
 * Warning text reads in both themes (issue 10): a refused value's message beside its field
 * and the status line take the --warn token, at WCAG AA contrast on the page's background.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

/** WCAG contrast of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('warning colour', () => {
  it.each(['light', 'dark'] as const)('a refused learning rate’s message reads at 4.5:1 (%s theme)', async (scheme) => {
    const { page, close } = await site.open('playground/', {
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    await page.waitForSelector('#playground[data-state="ready"]', { timeout: 60_000 });
    const field = page.locator('#playground input[type="text"][data-path="optimizer.lr"]');
    await field.fill('-1');
    await field.press('Enter');
    const msg = page.locator('#playground .lr-field[data-invalid] .lr-msg').first();
    await msg.waitFor({ timeout: 30_000 });
    const { colour, background, token } = await msg.evaluate((el) => ({
      colour: getComputedStyle(el).color,
      background: getComputedStyle(document.body).backgroundColor,
      token: getComputedStyle(document.documentElement).getPropertyValue('--warn').trim(),
    }));
    expect(token).toBe(scheme === 'dark' ? '#ff9f66' : '#b34700');
    expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
    await close();
  });
});
