/**
 * Nothing moves under the reader: islands are laid out at build with the size they
 * hydrate into (measured: every island's height as parsed against its height once
 * live), so a deep link lands on its heading and stays there while the islands around
 * it start, and scrolling the whole tutorial shifts (almost) nothing.
 *
 * The whole tutorial is loaded and scrolled through once per width (1280 and 390 px) for
 * every check that reads a hydrated, scrolled tutorial: built sizes and layout shifts,
 * chart text on a phone (issue 10), the orbit fits' small multiples, the contents
 * highlight at the end, the scheduler demos' controls beside their chart on a phone
 * (issue 11; was scheduler-demos-phone.test.ts, two more loads). Loading it again in another file costs a whole hydration.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteSession, type OpenedPage } from '../support/site-session';
import { FIGURES, smallestText } from './chart-text';

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

interface ShiftRecord {
  value: number;
  sources: string[];
}
interface Recorded {
  __built: Record<string, number>;
  __shift: ShiftRecord[];
}

/**
 * The tutorial at `width` (reduced motion), recording from the first byte each island's
 * height as built and every layout shift, then scrolled through top to bottom as a reader
 * would (600 px at a time, 200 ms apart) until no island is still starting. One load per width
 * serves every test below that reads a scrolled, hydrated tutorial.
 */
function scrolledThrough(width: number): Promise<OpenedPage> {
  let load = loads.get(width);
  if (!load) {
    load = (async () => {
      const opened = await site.open('', { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      const { page } = opened;
      // Heights as built: recorded when the document is parsed, before any island starts.
      await page.addInitScript(() => {
        const w = window as unknown as Recorded;
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
        // Each position is rendered before the next (two frames), so the islands' observers
        // see it: on a busy machine a long hydration task could otherwise let two scrolls
        // land in one frame, and an island seen only between them would never start.
        await page.evaluate(
          (y) =>
            new Promise((done) => {
              window.scrollTo(0, y);
              requestAnimationFrame(() => requestAnimationFrame(done));
            }),
          y,
        );
        await page.waitForTimeout(200);
      }
      await page
        .waitForFunction(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-island]')).every(
              (e) => !['static', 'loading'].includes(e.dataset.state ?? ''),
            ),
          undefined,
          { timeout: 90_000 },
        )
        .catch(() => undefined);
      await page.waitForTimeout(1000);
      notReady.set(
        width,
        await page.$$eval('[data-island]', (els) =>
          els.flatMap((e) =>
            (e as HTMLElement).dataset.state === 'ready' ? [] : [`${e.id}: ${(e as HTMLElement).dataset.state}`],
          ),
        ),
      );
      return opened;
    })();
    loads.set(width, load);
  }
  return load;
}
const loads = new Map<number, Promise<OpenedPage>>();
/** Islands of each width's load that did not end ready (id: state). */
const notReady = new Map<number, string[]>();
afterAll(async () => {
  for (const load of loads.values()) await (await load.catch(() => null))?.close();
});

describe('islands keep their built size', () => {
  // Both widths scroll at once: the pauses between steps are a reader's, not work, and overlap.
  beforeAll(() => {
    for (const width of [1280, 390]) scrolledThrough(width).catch(() => undefined);
  });
  for (const width of [1280, 390]) {
    it(`at ${width} px every island hydrates into the height the built HTML gave it, and scrolling the whole tutorial shifts the layout by at most 0.05`, async () => {
      const { page, errors } = await scrolledThrough(width);
      expect(notReady.get(width), 'islands that did not end ready').toEqual([]);
      const r = await page.evaluate(() => {
        const w = window as unknown as Recorded;
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
    });
  }
});

// Read from the same scrolled loads, after the layout checks above (they only read them).
describe('figures on a 390 px phone', () => {
  it('draws every chart text of the sixteen figures and every island at 10 CSS px or more (hydrated)', async () => {
    const { page } = await scrolledThrough(390);
    const sizes = await smallestText(page);
    for (const id of FIGURES) expect(sizes[id], id).toBeDefined();
    for (const island of ['tuning-demo', 'lr-sweep', 'scheduler-explorer', 'multistep-demo', 'multiplicative-demo'])
      expect(sizes[island], island).toBeDefined();
    const small = Object.entries(sizes).filter(([, v]) => v.px < 10);
    expect(small, JSON.stringify(small)).toEqual([]);
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
    const { page } = await scrolledThrough(1280);
    const [f4, f5, f10, f11] = await boxes(page);
    expect(f5.top).toBe(f4.top);
    expect(f5.left).toBeGreaterThan(f4.left + f4.width - 1);
    expect(f11.top).toBe(f10.top);
    for (const id of ['fig-4', 'fig-5', 'fig-10', 'fig-11']) {
      expect(await page.locator(`#${id} figcaption`).count()).toBe(1);
      expect(await page.locator(`#${id} [role="img"][aria-label]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`#${id} details`).count()).toBe(1);
    }
  });

  it('stacks them one per row on a 390 px phone', async () => {
    const { page } = await scrolledThrough(390);
    const [f4, f5] = await boxes(page);
    expect(f5.top).toBeGreaterThan(f4.top);
    expect(f5.left).toBe(f4.left);
  });
});

describe('the contents highlight', () => {
  it('marks the last section once the reader reaches the end of the page', async () => {
    const { page } = await scrolledThrough(1280);
    // Islands hydrating near the end grow the page: keep going to the (new) end until it holds.
    await page.waitForFunction(
      () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return document.querySelector('.toc-side a[aria-current="true"]')?.getAttribute('href') === '#references';
      },
      undefined,
      { polling: 300, timeout: 20_000 },
    );
  });
});

// A phone is first class (issue 11, item 1): on a 390 x 800 screen the MultiStepLR and
// MultiplicativeLR demos show their primary controls (the scheduler's own arguments) and
// the landscape those controls change on screen together, once the demo is scrolled to.
describe('scheduler demos on a phone (390 x 800)', () => {
  for (const [id, fields] of [
    ['multistep-demo', ['scheduler.milestones', 'scheduler.gamma']],
    ['multiplicative-demo', ['scheduler.factor', 'scheduler.at']],
  ] as const) {
    it(`#${id}: the scheduler's arguments and the chart they change are on screen together`, async () => {
      const { page, errors } = await scrolledThrough(390);
      expect(notReady.get(390), 'islands that did not end ready').toEqual([]);
      const root = page.locator(`#${id}`);
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
    });
  }
});
