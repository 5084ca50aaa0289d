import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { readHeadersFor } from '../support/headers-file';
import { useSiteSession } from '../support/site-session';
import { listPages } from '../../scripts/budget/measure';
import { DIST } from './quality-helpers';

// The site works under a strict Content-Security-Policy: no inline or eval'd script, no
// third-party anything. The policy ships in public/_headers (hosts that read it send it
// as is), docs/quality.md shows it for other hosts, and every browser test serves the
// pages with the shipped file's headers (test/support/site-session.ts). Loading and
// hydrating each page under it with no violation is a gate of the one shared load of
// each page (quality-gates.ts); a live island recomputing under it is in
// quality-playground.test.ts.

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

/** What a host reading the build's `_headers` file sends for every page. */
const SHIPPED = readHeadersFor(path.join(DIST, '_headers'), '/');

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

describe('the test server sends the shipped headers and the browser enforces them', () => {
  const site = useSiteSession(DIST);

  it('every response carries the policy, and an inline script is refused and reported', async () => {
    const opened = await site.open('404.html');
    try {
      expect(opened.response?.headers()['content-security-policy']).toBe(CSP);
      expect(opened.response?.headers()['x-content-type-options']).toBe('nosniff');
      await opened.page.route(`${site.origin}/__csp-probe.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'Content-Security-Policy': CSP },
          body: '<script>document.title="ran"</script>',
        }),
      );
      await opened.page.goto(`${site.origin}/__csp-probe.html`);
      expect(await opened.page.title()).not.toBe('ran');
      expect(await opened.cspViolations()).toHaveLength(1);
    } finally {
      await opened.close();
    }
  });
});
