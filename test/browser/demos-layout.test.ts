/**
 * Nothing moves under the reader: islands are laid out at build with the size they
 * hydrate into (measured: every island's height as parsed against its height once
 * live), so a deep link lands on its heading and stays there while the islands around
 * it start, and scrolling the whole tutorial shifts (almost) nothing.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();
const HASHES = ['summary', 'schedulers', 'multiplicativelr'];

describe('deep links land and stay', () => {
  for (const width of [1280, 390]) {
    it(`/#summary, /#schedulers and /#multiplicativelr are within 120 px of their heading 6 s after load at ${width} px`, async () => {
      const pages = await Promise.all(
        HASHES.map((h) => site.open(`#${h}`, { viewport: { width, height: 800 }, reducedMotion: 'reduce' })),
      );
      try {
        await new Promise((r) => setTimeout(r, 6000));
        const offsets = await Promise.all(
          pages.map(({ page }, i) =>
            page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), HASHES[i]),
          ),
        );
        expect(Object.fromEntries(HASHES.map((h, i) => [h, Math.abs(offsets[i]) <= 120 ? 'ok' : offsets[i]]))).toEqual(
          Object.fromEntries(HASHES.map((h) => [h, 'ok'])),
        );
        for (const { errors } of pages) expect(errors).toEqual([]);
      } finally {
        await Promise.all(pages.map((p) => p.close()));
      }
    });
  }
});

describe('islands keep their built size', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px every island hydrates into the height the built HTML gave it, and scrolling the whole tutorial shifts the layout by at most 0.05`, async () => {
      const { page, errors, close } = await site.open('', {
        viewport: { width, height: 800 },
        reducedMotion: 'reduce',
      });
      try {
        // Heights as built: recorded when the document is parsed, before any island starts.
        await page.addInitScript(() => {
          const w = window as unknown as { __built: Record<string, number>; __shift: ShiftRecord[] };
          type ShiftRecord = { value: number; sources: string[] };
          w.__shift = [];
          document.addEventListener('DOMContentLoaded', () => {
            w.__built = Object.fromEntries(
              Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).map((el) => [
                el.id,
                el.getBoundingClientRect().height,
              ]),
            );
          });
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node | null }[];
            })[]) {
              if (e.hadRecentInput) continue;
              const sources = (e.sources ?? []).map((x) => {
                const el = x.node instanceof Element ? x.node : x.node?.parentElement;
                return el?.closest('[id]')?.id ?? el?.tagName ?? '?';
              });
              w.__shift.push({ value: e.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.reload();
        for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
          await page.evaluate((y) => window.scrollTo(0, y), y);
          await page.waitForTimeout(200);
        }
        await page.waitForFunction(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).every(
              (e) => e.dataset.state === 'ready',
            ),
          undefined,
          { timeout: 90_000 },
        );
        await page.waitForTimeout(1000);
        const r = await page.evaluate(() => {
          const w = window as unknown as {
            __built: Record<string, number>;
            __shift: { value: number; sources: string[] }[];
          };
          const grown = Array.from(document.querySelectorAll<HTMLElement>('[data-island]'))
            .map((el) => ({
              id: el.id,
              built: Math.round(w.__built[el.id]),
              live: Math.round(el.getBoundingClientRect().height),
            }))
            .filter((x) => Math.abs(x.live - x.built) > 2);
          return { grown, shifts: w.__shift };
        });
        expect(r.grown).toEqual([]);
        const total = r.shifts.reduce((s, e) => s + e.value, 0);
        expect({ total: Number(total.toFixed(4)), shifts: total > 0.05 ? r.shifts : [] }).toEqual({
          total: expect.any(Number),
          shifts: [],
        });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
