/**
 * The playground, loaded and hydrated ONCE for every gate (test/browser/quality-gates.ts),
 * then, on the same load, every live island recomputing its figure under the shipped
 * Content-Security-Policy, then hostile control input; and one fresh load with hostile
 * shared settings for every island.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ISLAND } from '../support/hydrate';
import { useSiteSession } from '../support/site-session';
import { DIST } from './quality-helpers';
import { describePageGates } from './quality-gates';
import { describeHostileControls, describeHostileUrlSmoke } from './quality-hostile';

const INPUTS = Number(process.env.FUZZ_INPUTS ?? 60);

const site = useSiteSession(DIST);

describePageGates(site, 'playground/', { focus: true, figures: 1 });

/** Changes one setting of an island's form to another valid value; says what it did. */
async function changeOneSetting(form: Locator): Promise<string> {
  const select = form.locator('select[data-path]:visible').first();
  if ((await select.count()) > 0) {
    const values = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
    const current = await select.inputValue();
    const next = values.find((v) => v !== current) ?? current;
    await select.selectOption(next);
    return `${await select.getAttribute('data-path')}: ${current} -> ${next}`;
  }
  const epochs = form.locator('input[type="text"][data-path="epochs"]:visible').first();
  const before = await epochs.inputValue();
  await epochs.fill(String(Math.max(1, Math.round(Number(before) / 2))));
  await epochs.press('Enter');
  return `epochs: ${before} -> ${await epochs.inputValue()}`;
}

describe('every live island of the playground under the policy', () => {
  it('recomputes its figure when a setting changes (worker and all): the figure is different afterwards', async () => {
    const { page, cspViolations, errors } = await site.hydrated('playground/');
    const ids = await page.$$eval(`${ISLAND}:has(form[data-controls])`, (els) => els.map((el) => el.id));
    expect(ids.length, 'islands with settings').toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const island = page.locator(`#${id}`);
      await island.scrollIntoViewIfNeeded();
      const figure = () => island.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.outerHTML).join('\n'));
      const renders = () =>
        page.evaluate(
          (id) =>
            performance.getEntriesByName('island:render').filter((e) => (e as PerformanceMeasure).detail === id).length,
          id,
        );
      const [before, n] = [await figure(), await renders()];
      const what = await changeOneSetting(island.locator('form[data-controls]'));
      await expect.poll(renders, { message: `${id} re-rendered after ${what}`, timeout: 60_000 }).toBeGreaterThan(n);
      expect(await figure(), `${id}'s figure after ${what}`).not.toBe(before);
    }
    expect(await cspViolations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describeHostileControls(site, 'playground/', INPUTS, 1);

describe('hostile shared links', () => {
  describeHostileUrlSmoke(site, 'playground/');
});
