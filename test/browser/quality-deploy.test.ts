import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { SUB_BASE } from '../support/paths';
import { serveStatic, type StaticServer } from '../support/static-server';
import {
  DIST,
  DIST_SUBPATH,
  keepLocal,
  REQUIRED_PAGES,
  scrollThrough,
  waitForIslands,
  watchErrors,
} from './quality-helpers';

// "Deploys anywhere static": the same source built for a domain root and for a sub-path
// is crawled in a real browser. Every page reachable by links, every asset any of them
// loads (scripts, their imports and workers, stylesheets and the fonts and images their
// url()s name, data files), every href/src in the DOM: zero 404s, zero requests that
// would leave the machine.

interface CrawlResult {
  pages: string[];
  /** Every same-origin URL requested or checked, with its status. */
  fetched: Map<string, number>;
  /** Requests or references that failed: [url, status or reason, where it came from]. */
  bad: string[];
  /** Requests to any other host (blocked, counted). */
  external: string[];
  errors: string[];
  /** Script URLs of every Web Worker the pages started. */
  workers: string[];
}

const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
const PAGE_LIKE = /(\/|\.html)$|\/[^./]+$/;

async function crawl(browser: Browser, server: StaticServer): Promise<CrawlResult> {
  const base = new URL(server.url).pathname;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const external = await keepLocal(context);
  const fetched = new Map<string, number>();
  const bad: string[] = [];
  const toCheck = new Map<string, string>();
  const seenPages = new Set<string>();
  const missing = `${server.url}no/such/page/`;
  const queue = [server.url, `${server.url}404.html`, missing];
  const strip = (u: string) => u.split('#')[0];
  const inSite = (u: URL) => u.origin === server.origin;

  const page: Page = await context.newPage();
  const errors = watchErrors(page);
  const workers = new Set<string>();
  page.on('worker', (w) => workers.add(strip(w.url())));
  page.on('response', async (res) => {
    const url = strip(res.url());
    if (!url.startsWith(server.origin)) return;
    fetched.set(url, res.status());
    const expected404 = url === missing && res.request().resourceType() === 'document';
    if (res.status() >= 400 && !expected404) bad.push(`${url} -> ${res.status()} (loaded by ${page.url()})`);
    if ((res.headers()['content-type'] ?? '').startsWith('text/css') && res.ok()) {
      const css = await res.text().catch(() => '');
      for (const m of css.matchAll(CSS_URL)) {
        const ref = m[1] ?? m[2] ?? m[3];
        if (ref && !ref.startsWith('data:')) toCheck.set(strip(new URL(ref, url).href), `url() in ${url}`);
      }
    }
  });
  page.on('requestfailed', (req) => {
    const failure = req.failure()?.errorText ?? '';
    // Blocked external requests are counted separately; aborts happen when we navigate on.
    if (req.url().startsWith(server.origin) && !failure.includes('ERR_ABORTED')) bad.push(`${req.url()} -> ${failure}`);
  });
  // Workers run in their own scope; their requests surface on the context.
  context.on('request', (req) => {
    if (req.url().startsWith(server.origin)) toCheck.set(strip(req.url()), 'requested in the browser');
  });

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seenPages.has(url)) continue;
    seenPages.add(url);
    const res = await page.goto(url, { waitUntil: 'load' });
    if (url === missing) expect(res?.status(), 'an unknown path answers 404 with the 404 page').toBe(404);
    await scrollThrough(page, 40);
    const states = await waitForIslands(page, 15_000);
    if (url !== missing) {
      for (const s of states.filter((st) => st !== 'ready'))
        bad.push(`an island on ${url} ended "${s}" instead of hydrating`);
    }
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const refs = await page.$$eval('[href], [src], [srcset], [poster], [data-src]', (els) =>
      els.flatMap((el) => {
        const out: { ref: string; link: boolean }[] = [];
        const link = el.tagName === 'A' || el.tagName === 'AREA';
        for (const attr of ['href', 'src', 'poster', 'data-src']) {
          const v = el.getAttribute(attr);
          if (v) out.push({ ref: v, link });
        }
        const srcset = el.getAttribute('srcset');
        if (srcset) for (const part of srcset.split(',')) out.push({ ref: part.trim().split(/\s+/)[0], link: false });
        return out;
      }),
    );
    for (const { ref, link } of refs) {
      if (ref.startsWith('#') || /^(mailto|data|blob|javascript|tel):/i.test(ref)) continue;
      const target = new URL(ref, page.url());
      if (!inSite(target)) continue;
      const href = strip(target.href);
      if (!target.pathname.startsWith(base)) {
        bad.push(`${href} is outside the base ${base} (referenced by ${page.url()})`);
        continue;
      }
      // A page is crawled once per path: links that only add settings (?runs=…) load the same
      // files, so they are checked like any other reference instead of crawled again.
      const visited = link && [...seenPages, ...queue].some((u) => new URL(u).pathname === target.pathname);
      if (link && PAGE_LIKE.test(target.pathname) && !visited) queue.push(href);
      else toCheck.set(href, `referenced by ${page.url()}`);
    }
  }
  for (const [url, from] of toCheck) {
    if (fetched.has(url)) continue;
    const res = await context.request.get(url);
    fetched.set(url, res.status());
    if (res.status() >= 400) bad.push(`${url} -> ${res.status()} (${from})`);
  }
  await context.close();
  // The deliberate visit of a missing path logs its own 404; nothing else may.
  const ownErrors = errors.filter((e) => !(e.includes('status of 404') && e.includes(`(${missing})`)));
  return { pages: [...seenPages], fetched, bad, external, errors: ownErrors, workers: [...workers] };
}

describe.skipIf(!hasBrowser)('deploys anywhere static', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [label, dist, base] of [
    ['at the domain root', DIST, '/'],
    [`under the sub-path ${SUB_BASE}`, DIST_SUBPATH, SUB_BASE],
  ] as const) {
    it(`served ${label}, every page and asset loads with no 404 and no request to another host`, async () => {
      const server = await serveStatic(dist, base);
      try {
        const result = await crawl(browser, server);
        const crawled = result.pages.map((u) => u.slice(server.url.length));
        expect(crawled, 'pages reached by links').toEqual(
          expect.arrayContaining(REQUIRED_PAGES.filter((p) => p !== '404.html')),
        );
        const assets = [...result.fetched.keys()].filter((u) => /\.(js|css|woff2?)$/.test(u));
        expect(assets.filter((u) => u.endsWith('.js')).length, 'scripts loaded').toBeGreaterThan(0);
        expect(assets.filter((u) => u.endsWith('.css')).length, 'stylesheets loaded').toBeGreaterThan(0);
        expect(assets.filter((u) => /\.woff2?$/.test(u)).length, 'fonts loaded or checked').toBeGreaterThan(0);
        expect(result.bad).toEqual([]);
        expect(result.external).toEqual([]);
        expect(result.errors).toEqual([]);
        // The islands train in a Web Worker: it must have started, from a script under the base.
        expect(result.workers.length, 'workers started by the islands').toBeGreaterThan(0);
        for (const w of result.workers) {
          expect(w.startsWith(server.url), `worker ${w} under the base`).toBe(true);
          expect(result.fetched.get(w) ?? 200, `worker ${w} status`).toBeLessThan(400);
        }
      } finally {
        await server.close();
      }
    });
  }
});
