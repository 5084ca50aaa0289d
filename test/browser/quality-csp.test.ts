import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { ROOT } from '../support/paths';
import { readHeadersFor } from '../support/headers-file';
import { serveStatic, type StaticServer } from '../support/static-server';
import { listPages } from '../../scripts/budget/measure';
import { DIST, ISLAND, pageName, scrollThrough, sitePages, waitForIslands, watchErrors } from './quality-helpers';

// The site works under a strict Content-Security-Policy: no inline or eval'd script, no
// third-party anything. The policy ships in public/_headers (hosts that read it send it
// as is), docs/quality.md shows it for other hosts, and the pages are served with the
// shipped file's headers.

/** The policy hosts should send (docs/quality.md). Inline styles are allowed: KaTeX and Plot emit style attributes. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGES = sitePages(DIST);

/** What a host reading the build's `_headers` file sends for every page. */
const SHIPPED = readHeadersFor(path.join(DIST, '_headers'), '/');

declare global {
  interface Window {
    __csp: string[];
  }
}

/** Records every CSP violation the document reports, from before the first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
}

describe('the build needs no script the policy would refuse', () => {
  it('docs/quality.md documents exactly the policy the tests enforce', () => {
    expect(readFileSync(path.join(ROOT, 'docs/quality.md'), 'utf8')).toContain(CSP);
  });

  it('the build ships that policy in _headers, with nosniff and a referrer policy, for every path', () => {
    expect(SHIPPED).toEqual({
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(readHeadersFor(path.join(DIST, '_headers'), '/playground/')).toEqual(SHIPPED);
  });

  it('no page has an inline script, event-handler attribute or javascript: URL', () => {
    const found: string[] = [];
    for (const file of listPages(DIST)) {
      const { document } = parseHTML(readFileSync(path.join(DIST, file), 'utf8'));
      for (const s of document.querySelectorAll('script:not([src])')) {
        if (/json|importmap/.test(s.getAttribute('type') ?? '')) continue;
        const hash = createHash('sha256')
          .update(s.textContent ?? '')
          .digest('base64');
        found.push(
          `${file}: inline <script> 'sha256-${hash}' starting ${JSON.stringify((s.textContent ?? '').trim().slice(0, 60))}`,
        );
      }
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          if (/^on/i.test(attr)) found.push(`${file}: <${el.tagName.toLowerCase()} ${attr}=...>`);
          if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) found.push(`${file}: ${attr}="javascript:..."`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)('every page under the shipped headers (strict Content-Security-Policy, nosniff)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, '/', SHIPPED);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the test server really enforces the policy (an inline script is refused)', async () => {
    const page = await browser.newPage();
    try {
      await recordViolations(page);
      await page.route(`${server.origin}/__csp-probe.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': CSP },
          body: '<script>document.title="ran"</script>',
        }),
      );
      await page.goto(`${server.origin}/__csp-probe.html`);
      expect(await page.title()).not.toBe('ran');
      expect(await page.evaluate(() => window.__csp)).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  for (const p of PAGES) {
    it(`${pageName(p)} loads and hydrates with no policy violation and no error`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const errors = watchErrors(page);
        await recordViolations(page);
        const res = await page.goto(server.url + p, { waitUntil: 'load' });
        expect(res?.headers()['content-security-policy']).toBe(CSP);
        expect(res?.headers()['x-content-type-options']).toBe('nosniff');
        await scrollThrough(page, 40);
        const states = await waitForIslands(page);
        expect(await page.evaluate(() => window.__csp)).toEqual([]);
        expect(
          states.filter((s) => s !== 'ready'),
          'islands that did not hydrate',
        ).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('a live island recomputes its figure under the policy (worker and all)', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const errors = watchErrors(page);
      await recordViolations(page);
      await page.goto(server.url + 'playground/', { waitUntil: 'load' });
      await scrollThrough(page, 40);
      await waitForIslands(page);
      const ready = page.locator(`${ISLAND}[data-state="ready"]`);
      expect(await ready.count(), 'hydrated islands on the playground').toBeGreaterThan(0);
      // The first control of the first kind that changes a computation: a select, a range, a number.
      const control = ready.locator('select:visible, input[type=range]:visible, input[type=number]:visible').first();
      expect(await control.count(), 'a control in a hydrated island').toBeGreaterThan(0);
      const kind = await control.evaluate((el) => (el.tagName === 'SELECT' ? 'select' : (el as HTMLInputElement).type));
      if (kind === 'select') {
        const values = await control.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
        const current = await control.inputValue();
        await control.selectOption(values.find((v) => v !== current) ?? values[0]);
      } else {
        await control.focus();
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowUp');
        await control.dispatchEvent('change');
      }
      await page.waitForTimeout(200);
      await waitForIslands(page);
      expect(await ready.first().locator('svg').count(), 'the island still shows a figure').toBeGreaterThan(0);
      expect(await page.evaluate(() => window.__csp)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
