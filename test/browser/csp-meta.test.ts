/**
 * The Content-Security-Policy reaches readers on hosts that send no headers at all (GitHub
 * Pages, a plain static server): every page carries it as a meta tag. Served here with no
 * headers, the policy must still be enforced. That every page loads and hydrates under it
 * with no violation is checked on the one shared load of each page (quality-gates.ts):
 * the browser enforces the meta policy there too, beside the shipped header's, and reports
 * a violation of either.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser';
import { useSiteSession } from '../support/site-session';
import { DIST } from './quality-helpers';

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
  const session = useSiteSession({ dist: DIST, headers: {} });

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
});
