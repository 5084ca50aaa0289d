/**
 * The playground says every run's learning rate and mini-batch loss at the shared update
 * cursor in words (issue 11, linked timelines): one line per run, named as the legends name
 * it, in an <output> that is never live (the readout above says pins); with no cursor set
 * it speaks of the last update. Moving the cursor moves nothing on the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig, train } from '../../src/core';
import { encodeRuns, runNames } from '../../src/client/playground-state';
import { cursorWords } from '../../src/figures/outcome';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const PG = '#playground';
const configs = [{}, { optimizer: { type: 'adam', lr: 0.01 }, epochs: 50 }].map((p) => {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
});
const traces = configs.map(train);
const names = runNames(configs, DEFAULT_CONFIG);
const wordsAt = (u: number, lead = 'Update') =>
  cursorWords(
    u,
    traces.map((t, i) => ({
      label: names[i],
      lr: u <= t.length ? t.lr[u - 1] : Number.NaN,
      loss: u <= t.length ? t.loss[u - 1] : Number.NaN,
    })),
    lead,
  );

async function words(page: Page) {
  return page.evaluate((sel) => {
    const out = document.querySelector(`${sel} [data-cursor-words]`)!;
    return {
      lines: Array.from(out.children).map((c) => c.textContent ?? ''),
      tag: out.tagName.toLowerCase(),
      live: out.getAttribute('aria-live'),
      gridTop: document.querySelector(`${sel} .lr-pg-grid`)!.getBoundingClientRect().top + window.scrollY,
      readout: document.querySelector(`${sel} [data-cursor-readout]`)?.textContent ?? '',
    };
  }, PG);
}

describe('playground: every run’s rate and loss at the cursor, in words', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open(`playground/?runs=${encodeRuns(configs)}&playground-update=35`, {
      viewport: { width: 1280, height: 900 },
    });
    const { page } = opened;
    await page.locator(PG).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    await page.waitForFunction(
      (sel) => /2 runs trained/.test(document.querySelector(`${sel} [data-status]`)?.textContent ?? ''),
      PG,
      { timeout: 60_000 },
    );
  });
  afterAll(() => opened?.close());

  it('opens on the pinned update: one line per run, named as in the legends, never live', async () => {
    expect(names).toEqual(['SGD, lr 0.01', 'Adam, lr 0.01, 50 epochs']);
    const w = await words(opened.page);
    expect(w.lines).toEqual(wordsAt(35));
    expect(w.lines[1]).toMatch(/^SGD, lr 0\.01: lr 0\.0100, loss \d/);
    expect(w.tag).toBe('output');
    expect(w.live).toBe('off');
  });

  it('follows the pointer, says a run that has stopped, and moves nothing', async () => {
    const page = opened.page;
    const before = await words(page);
    await page.locator(`${PG} [data-chart="loss"]`).scrollIntoViewIfNeeded();
    const box = (await page.locator(`${PG} [data-chart="loss"] svg`).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    const w = await words(page);
    const u = Number(/update (\d+) of/.exec(w.readout)?.[1]);
    expect(u).toBeGreaterThan(traces[1].length);
    expect(w.lines).toEqual(wordsAt(u));
    expect(w.lines[2]).toBe('Adam, lr 0.01, 50 epochs: no such update');
    expect(w.gridTop).toBe(before.gridTop);
    await page.mouse.move(0, 0);
    expect((await words(page)).lines).toEqual(wordsAt(35));
  });

  it('with the pin released, speaks of the last update', async () => {
    const page = opened.page;
    await page.locator(`${PG} [data-chart="lr"]`).focus();
    await page.keyboard.press('Escape');
    const w = await words(page);
    expect(w.lines).toEqual(wordsAt(traces[0].length, 'Last update'));
    expect(opened.errors).toEqual([]);
  });
});
