/**
 * The playground names its runs by what sets them apart (issue 11): the legends of the
 * landscape and of the step-size chart say "Adam, lr 0.01", "RMSprop, lr 0.005, 50 epochs"
 * (runNames) instead of "Run 1/2/3", and when the names need more legend rows than the
 * build's one the landscape grows upward to hold them: no name is drawn over the plot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import { encodeRuns, runNames } from '../../src/client/playground-state';
import { useSiteSession, type OpenedPage } from '../support/site-session';

const site = useSiteSession();
const PG = '#playground';
const runs = [
  {},
  { optimizer: { type: 'adam', lr: 0.01 } },
  { optimizer: { type: 'rmsprop', lr: 0.005 }, epochs: 50 },
  { optimizer: { type: 'sgd', momentum: 0.9, lr: 0.012 }, scheduler: { type: 'MultiStepLR', milestones: [200, 400] } },
  { optimizer: { type: 'adamw', lr: 0.02 }, batchSize: 32 },
  { seed: 7 },
].map((p) => {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
});
const names = runNames(runs, DEFAULT_CONFIG);

describe('playground: runs named by what sets them apart', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await site.open(`playground/?runs=${encodeRuns(runs)}`, { viewport: { width: 1280, height: 900 } });
    const { page } = opened;
    await page.locator(PG).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${PG}[data-state="ready"]`, { timeout: 60_000 });
    await page.waitForFunction(
      (sel) => /6 runs trained/.test(document.querySelector(`${sel} [data-status]`)?.textContent ?? ''),
      PG,
      { timeout: 60_000 },
    );
  });
  afterAll(() => opened?.close());

  it('names each run in the legends by its optimizer, rate and what differs from the tutorial', async () => {
    expect(names).toEqual([
      'SGD, lr 0.01',
      'Adam, lr 0.01',
      'RMSprop, lr 0.005, 50 epochs',
      'SGD momentum 0.9, lr 0.012, MultiStepLR',
      'AdamW, lr 0.02, batch size 32',
      'SGD, lr 0.01, seed 7',
    ]);
    const page = opened.page;
    const legend = (chart: string) => page.locator(`${PG} ${chart} [data-legend] text`).allTextContents();
    expect(await legend('[data-plot="contour"]')).toEqual(names);
    expect(await page.locator(`${PG} [data-chart="step"]`).textContent()).toContain(names[3]);
    // The run list keeps its numbers: "Run 4: …".
    expect(await page.locator(`${PG} button[data-run="3"]`).textContent()).toMatch(
      /^Run 4: SGD momentum 0\.9, lr 0\.012/,
    );
  });

  it('grows the landscape upward for the extra legend rows: no name over the plot', async () => {
    const { legendBottom, plotTop, rows } = await opened.page.evaluate((sel) => {
      const root = document.querySelector<HTMLElement>(sel)!;
      const svg = root.querySelector<SVGSVGElement>('[data-plot="contour"] svg')!;
      const top = Math.min(...(JSON.parse(root.dataset.scales!) as { y: { range: number[] } }).y.range);
      const p = new DOMPoint(0, top).matrixTransform(svg.getScreenCTM()!);
      const texts = Array.from(svg.querySelectorAll('[data-legend] text'));
      return {
        legendBottom: Math.max(...texts.map((t) => t.getBoundingClientRect().bottom)),
        plotTop: p.y,
        rows: new Set(texts.map((t) => Math.round(t.getBoundingClientRect().top))).size,
      };
    }, PG);
    expect(rows).toBeGreaterThan(1);
    expect(legendBottom).toBeLessThanOrEqual(plotTop);
    expect(opened.errors).toEqual([]);
  });
});
