/**
 * The Content-Security-Policy reaches readers on hosts that send no headers at all (GitHub
 * Pages, a plain static server): every page carries it as a meta tag. Served here with no
 * headers, the policy must still be enforced, and every page must still load and hydrate
 * without a violation.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser';
import { useSiteSession } from '../support/site-session';
import { DIST, pageName, scrollThrough, sitePages, waitForIslands, watchErrors } from './quality-helpers';

declare global {
  interface Window {
    __cspMeta: string[];
    __inlineRan?: boolean;
  }
}

/** A context that records every policy violation from before the first script runs. */
async function recording(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspMeta = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspMeta.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
}

describe.skipIf(!hasBrowser)('the meta-tag policy on a host that sends no headers', () => {
  const session = useSiteSession(DIST);

  it('is enforced: an inline script added to the page is refused and reported', async () => {
    const context = await session.browser.newContext();
    try {
      await recording(context);
      const page = await context.newPage();
      const res = await page.goto(session.url);
      expect(res?.headers()['content-security-policy'], 'the test server sends no policy header').toBeUndefined();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
      });
      await page.waitForTimeout(50);
      expect(await page.evaluate(() => window.__inlineRan ?? false)).toBe(false);
      expect(await page.evaluate(() => window.__cspMeta)).toEqual(['script-src-elem blocked inline']);
    } finally {
      await context.close();
    }
  });

  for (const p of sitePages(DIST)) {
    it(`${pageName(p)} loads and hydrates under it with no violation and no error`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        await recording(context);
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(session.url + p, { waitUntil: 'load' });
        await scrollThrough(page, 40);
        const states = await waitForIslands(page);
        expect(await page.evaluate(() => window.__cspMeta)).toEqual([]);
        expect(states.filter((s) => s !== 'ready' && s !== 'static')).toEqual([]);
        // A 404 page is expected to log its own status line; anything else is a failure.
        expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
