/**
 * The scheduler explorer's ReduceLROnPlateau is driven by the loss of an actual training
 * run of the tutorial's model (trained in the worker), not by a made-up metric: its final
 * rate is the one the core's trainer reaches with the same settings, and the status says
 * which run it was.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig, runLrCurve, train } from '../../src/core';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession();
const EX = '#scheduler-explorer';

/** The explorer's settings (SchedulerExplorer.astro) with ReduceLROnPlateau's preview arguments (the registry's). */
function expected() {
  const r = resolveConfig({
    epochs: 13,
    optimizer: { type: 'adam', lr: 0.12 },
    scheduler: { type: 'ReduceLROnPlateau', factor: 0.5, patience: 2 },
  });
  if (!r.ok) throw new Error('explorer config refused');
  const t = train(r.value);
  return {
    real: t.lr[t.length - 1].toPrecision(4),
    madeUp: runLrCurve(r.value, t.length)[t.length - 1].toPrecision(4),
  };
}

describe('scheduler explorer: ReduceLROnPlateau', () => {
  it('draws the rate of a real run of the tutorial’s model and names that run', async () => {
    const want = expected();
    // The test is only worth something if a made-up metric would give another curve.
    expect(want.real).not.toBe(want.madeUp);
    const { page, errors, close } = await site.open('playground/', { viewport: { width: 1280, height: 900 } });
    await page.locator(EX).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${EX}[data-state="ready"]`, { timeout: 60_000 });
    await page.locator(`${EX} select[data-path="scheduler.type"]`).selectOption('ReduceLROnPlateau');
    await expect
      .poll(() => page.locator(`${EX} [data-status]`).textContent(), { timeout: 30_000 })
      .toContain('actual training run');
    const status = (await page.locator(`${EX} [data-status]`).textContent()) ?? '';
    expect(status).toContain(`final learning rate ${want.real}.`);
    expect(status).toMatch(/Adam, lr 0\.12, 13 epochs of batch 64 .*seed 9999, noise 0\.1/);
    expect(await page.locator(`${EX} [data-torch-call]`).textContent()).toContain('ReduceLROnPlateau(optimizer');
    expect(errors).toEqual([]);
    await close();
  });
});
