/**
 * The reproducibility page on a wide screen and a phone (issue 11, item 6): the results
 * table is never clipped (at 1280 px it fits without scrolling; on a phone anything wider
 * than the column scrolls inside the labelled, focusable table region), no cell or code
 * block runs past its own box, each run reads as words with its JSON one click away, and
 * the command lines wrap inside the column.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();

describe('reproducibility page layout', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px no table cell or code block overflows its box and the page never scrolls sideways`, async () => {
      const { page, errors, close } = await site.open('reproducibility/', {
        viewport: { width, height: 800 },
        reducedMotion: 'reduce',
      });
      try {
        // Open every JSON disclosure: open, they must fit too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const report = await page.evaluate(() => {
          const over = (el: Element) => el.scrollWidth > el.clientWidth + 1;
          const name = (el: Element) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 40)}`;
          const wrap = document.querySelector<HTMLElement>('.table-wrap')!;
          const table = wrap.querySelector('table')!;
          const cells = Array.from(document.querySelectorAll('th, td, pre, code, summary'));
          return {
            cells: cells.length,
            overflowing: cells.filter(over).map(name),
            pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
            tableOverWrap: table.getBoundingClientRect().width - wrap.clientWidth,
            wrapInViewport:
              wrap.getBoundingClientRect().left >= 0 && wrap.getBoundingClientRect().right <= window.innerWidth,
            region: { role: wrap.getAttribute('role'), label: wrap.getAttribute('aria-label'), tab: wrap.tabIndex },
          };
        });
        expect(report.cells).toBeGreaterThan(17 * 4);
        expect(report.overflowing).toEqual([]);
        expect(report.pageScrolls).toBe(false);
        expect(report.wrapInViewport).toBe(true);
        expect(report.region).toEqual({ role: 'region', label: expect.stringContaining('Final parameters'), tab: 0 });
        // Wide and phone alike, the table fits its region: nothing to scroll, nothing cut off.
        expect(report.tableOverWrap).toBeLessThanOrEqual(1);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('describes every run in words with its JSON in a disclosure, and the command lines wrap', async () => {
    const { page } = await site.hydrated('reproducibility/');
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tbody tr')).map((tr) => ({
        words: tr.querySelector('.config')?.textContent ?? '',
        json: tr.querySelector('details pre code')?.textContent ?? '',
        summary: tr.querySelector('details summary')?.textContent?.trim() ?? '',
      })),
    );
    expect(rows).toHaveLength(17);
    for (const r of rows) {
      expect(r.words).toMatch(/^(SGD|RMSprop|Adam|AdamW), .*lr [\d.]+, \d+ epochs/);
      expect(r.words).not.toMatch(/[{}"]/);
      expect(() => JSON.parse(r.json) as unknown).not.toThrow();
      expect(r.summary).toMatch(/^JSON/);
    }
    expect(rows.find((r) => r.words.includes('MultiStepLR at updates 5, 10, 15 and 20'))).toBeTruthy();
    const wrap = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.code-block pre')).map((pre) => getComputedStyle(pre).whiteSpace),
    );
    expect(wrap.length).toBeGreaterThan(17);
    expect(new Set(wrap)).toEqual(new Set(['pre-wrap']));
  });

  it("copies a run's JSON and a command line with their Copy buttons, and says so", async () => {
    const { page, errors, close } = await site.open('reproducibility/', {
      viewport: { width: 390, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const row = page.locator('[id="run-adam-0.12-multistep-0.5"]');
      await row.locator('summary').click();
      await row.locator('button[data-copy]').click();
      await expect.poll(() => row.locator('[data-copy-status]').textContent()).toBe('Copied to the clipboard.');
      const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown;
      expect(json).toEqual({
        epochs: 100,
        optimizer: { type: 'adam', lr: 0.12 },
        scheduler: { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 },
      });
      await page.locator('.code-block button[data-copy]').last().click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^npm run train -- --config '\{.*\}' --format log$/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
