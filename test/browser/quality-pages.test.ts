/**
 * Every page of the build other than the tutorial, the playground and the in-practice page
 * (which have files of their own), each loaded and hydrated once for every gate (quality-gates.ts);
 * and an unknown path, which must answer 404 with the site's 404 page.
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';
import { DIST, REQUIRED_PAGES, sitePages } from './quality-helpers';
import { describePageGates } from './quality-gates';

/** Pages with files of their own, which run the gates on their one shared load. */
const OWN_FILES = ['', 'playground/', 'in-practice/'];
const PAGES = sitePages(DIST);

const site = useSiteSession(DIST);

it('the build has the tutorial, the playground, the reproducibility page and a 404 page', () => {
  expect(PAGES).toEqual(expect.arrayContaining(REQUIRED_PAGES));
});

for (const p of PAGES.filter((p) => !OWN_FILES.includes(p))) describePageGates(site, p, { figures: 0 });

describe('an unknown path', () => {
  it('answers 404 with the 404 page, which loads everything it needs', async () => {
    const missing = await site.open('no/such/page/');
    try {
      expect(missing.response?.status()).toBe(404);
      expect(await missing.page.locator('h1').textContent()).toBeTruthy();
      expect(await missing.page.title()).toBe(await (await site.hydrated('404.html')).page.title());
      // The page's own request is the expected 404; nothing it loads may fail.
      expect(missing.failed.filter((f) => !f.includes('/no/such/page/'))).toEqual([]);
      expect(missing.errors.filter((e) => !(e.includes('status of 404') && e.includes('/no/such/page/')))).toEqual([]);
      expect(missing.external).toEqual([]);
    } finally {
      await missing.close();
    }
  });
});
