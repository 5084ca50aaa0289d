/**
 * "Deploys anywhere static": the build made for a sub-path, served under that sub-path,
 * crawled in a real browser. Every page reachable by links is loaded and hydrated; every
 * asset any of them loads (scripts, their imports and workers, stylesheets and the fonts
 * and images their url()s name, data files) and every href/src in the DOM must exist
 * under the base, and nothing may be requested from another host.
 *
 * The root build gets the same checks from the one shared load of each page in
 * quality-tutorial / quality-playground / quality-pages (quality-gates.ts), so each
 * build is crawled once; test/site/links.test.ts checks both builds' HTML and CSS statically.
 */
import { describe, expect, it } from 'vitest';
import { hydrateAll } from '../support/hydrate';
import { SUB_BASE } from '../support/paths';
import { useSiteSession } from '../support/site-session';
import { DIST_SUBPATH, REQUIRED_PAGES } from './quality-helpers';

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
const PAGE_LIKE = /(\/|\.html)$|\/[^./]+$/;

const site = useSiteSession({ dist: DIST_SUBPATH, base: SUB_BASE });

describe(`the sub-path build served under ${SUB_BASE}`, () => {
  it('every page and asset loads with no 404, nothing outside the base and no request to another host', async () => {
    const strip = (u: string) => u.split('#')[0].split('?')[0];
    const queue = [site.url];
    const seen = new Set<string>();
    const bad: string[] = [];
    const external: string[] = [];
    const errors: string[] = [];
    const workers = new Set<string>();
    const fetched = new Map<string, number>();
    const toCheck = new Map<string, string>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const opened = await site.open(url.slice(site.url.length));
      try {
        const states = await hydrateAll(opened.page);
        for (const s of states.filter((st) => st !== 'ready')) bad.push(`an island on ${url} ended "${s}"`);
        await opened.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        // Stylesheets name fonts and images in url()s that this page may not have needed.
        for (const [u, status] of opened.responses) {
          fetched.set(u, status);
          if (!u.endsWith('.css') || status >= 400) continue;
          const css = await opened.page.request.get(u).then((r) => r.text());
          for (const m of css.matchAll(CSS_URL)) {
            const ref = m[1] ?? m[2] ?? m[3];
            if (ref && !ref.startsWith('data:')) toCheck.set(strip(new URL(ref, u).href), `url() in ${u}`);
          }
        }
        const refs = await opened.page.$$eval('[href], [src], [srcset], [poster], [data-src]', (els) =>
          els.flatMap((el) => {
            const link = el.tagName === 'A' || el.tagName === 'AREA';
            const out = ['href', 'src', 'poster', 'data-src']
              .map((a) => el.getAttribute(a))
              .filter((v): v is string => Boolean(v))
              .map((ref) => ({ ref, link }));
            for (const part of (el.getAttribute('srcset') ?? '').split(',').filter(Boolean))
              out.push({ ref: part.trim().split(/\s+/)[0], link: false });
            return out;
          }),
        );
        for (const { ref, link } of refs) {
          if (ref.startsWith('#') || /^(mailto|data|blob|javascript|tel):/i.test(ref)) continue;
          const target = new URL(ref, opened.page.url());
          if (target.origin !== site.origin) continue;
          const href = strip(target.href);
          if (!target.pathname.startsWith(SUB_BASE)) bad.push(`${href} is outside the base (referenced by ${url})`);
          else if (link && PAGE_LIKE.test(target.pathname)) queue.push(href);
          else toCheck.set(href, `referenced by ${url}`);
        }
        bad.push(...opened.failed.map((f) => `${f} (loaded by ${url})`));
        external.push(...opened.external);
        errors.push(...opened.errors, ...(await opened.cspViolations()));
        opened.workers.forEach((w) => workers.add(w));
      } finally {
        await opened.close();
      }
    }
    for (const [url, from] of toCheck) {
      if (fetched.has(url)) continue;
      const status = (await fetch(url)).status;
      if (status >= 400) bad.push(`${url} -> ${status} (${from})`);
    }
    const crawled = [...seen].map((u) => u.slice(site.url.length));
    expect(crawled, 'pages reached by links').toEqual(
      expect.arrayContaining(REQUIRED_PAGES.filter((p) => p !== '404.html')),
    );
    expect(bad).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    // The islands train in a Web Worker: it must have started, from a script under the base.
    expect(workers.size, 'workers started by the islands').toBeGreaterThan(0);
    for (const w of workers) expect(w.startsWith(site.url), `worker ${w} under the base`).toBe(true);
  });

  it('answers an unknown path under the base with the 404 page', async () => {
    const missing = await site.open('no/such/page/');
    try {
      expect(missing.response?.status()).toBe(404);
      expect(missing.failed.filter((f) => !f.includes('/no/such/page/'))).toEqual([]);
      expect(missing.external).toEqual([]);
    } finally {
      await missing.close();
    }
  });
});
