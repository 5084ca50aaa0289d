/**
 * The playground's and the in-practice page's landscapes colour runs by what they are
 * (issue 10 item 4), not by their place in a list: optimizer colours when optimizers
 * differ, the reader's (selected) run in the one "you" style on top, each recipe its hue.
 * The in-practice page's check reads that page's shared load in in-practice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import { encodeRuns } from '../../src/client/playground-state';
import { OPTIMIZER_STYLE, YOU } from '../../src/figures/palette';

const site = useSiteSession();
const PG = '#playground';

/** Stroke of each live run line, by run index, and the runs in drawing order. */
async function liveRuns(page: import('playwright-core').Page, root: string) {
  return page.evaluate((sel) => {
    const groups = Array.from(document.querySelectorAll(`${sel} .lr-live-layer g[data-run]`));
    return {
      strokes: Object.fromEntries(
        groups.map((g) => [g.getAttribute('data-run'), g.querySelector('path[data-line]')?.getAttribute('stroke')]),
      ),
      order: groups.map((g) => g.getAttribute('data-run')),
    };
  }, root);
}

describe('colour by meaning on the playground and in-practice landscapes', () => {
  it('styles playground runs by optimizer, the selected run as "you" drawn last, swatches alike', async () => {
    const adam = resolveConfig({ optimizer: { type: 'adam', lr: 0.05 } });
    if (!adam.ok) throw new Error('adam preset refused');
    const runs = encodeRuns([DEFAULT_CONFIG, adam.value], DEFAULT_CONFIG);
    const { page, errors, close } = await site.open(`playground/?runs=${encodeURIComponent(runs)}`, {
      viewport: { width: 1280, height: 900 },
    });
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    await page.waitForFunction(
      (sel) => /2 runs trained/.test(document.querySelector(`${sel} [data-status]`)?.textContent ?? ''),
      PG,
      { timeout: 60_000 },
    );
    let live = await liveRuns(page, PG);
    expect(live.strokes['0']).toBe(YOU.colour);
    expect(live.strokes['1']).toBe(OPTIMIZER_STYLE.adam.colour);
    expect(live.order.indexOf('0')).toBe(live.order.length - 1);
    const swatches = () =>
      page.$$eval(`${PG} [data-run-list] .lr-swatch`, (els) => els.map((e) => (e as HTMLElement).style.borderTopColor));
    expect(await swatches()).toEqual([YOU.colour, OPTIMIZER_STYLE.adam.colour]);

    // Selecting run 2 makes it the reader's run: run 1 takes its optimizer's colour (plain SGD).
    await page.click(`${PG} [data-run-list] button[data-run="1"]`);
    live = await liveRuns(page, PG);
    expect(live.strokes['1']).toBe(YOU.colour);
    expect(live.strokes['0']).toBe(OPTIMIZER_STYLE.sgd.colour);
    expect(live.order.indexOf('1')).toBe(live.order.length - 1);
    expect(await swatches()).toEqual([OPTIMIZER_STYLE.sgd.colour, YOU.colour]);
    expect(errors).toEqual([]);
    await close();
  });
});
