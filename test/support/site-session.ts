/**
 * The scaffolding of the browser tests: one static server of the built site (sending the
 * headers the build ships in `_headers`, so every page runs under the real
 * Content-Security-Policy) and one Chromium per test file. Every page opened records what
 * went wrong on it: console errors, uncaught exceptions, policy violations, failed or
 * 4xx/5xx requests, requests to other hosts (blocked).
 *
 * Loading and hydrating a whole page is the expensive part of the suite, so a file loads
 * each page at most once: `site.hydrated(path)` returns the same fully hydrated load to
 * every test of the file that asks (the accessibility, policy, error and asset checks all
 * read it). Tests that change a page open their own with `site.open(path)`.
 */
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { readHeadersFor } from './headers-file';
import { hydrateAll } from './hydrate';
import { DIST_ROOT } from './paths';
import { serveStatic, type StaticServer } from './static-server';

/** The build to test: the global setup's; ISLANDS_DIST points at a private one while iterating (never in CI). */
export const ISLANDS_DIST = process.env.CI ? DIST_ROOT : (process.env.ISLANDS_DIST ?? DIST_ROOT);

/** A page, what it has recorded so far, and a way to close its context. */
export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors, as readable lines. */
  errors: string[];
  /** Same-origin requests that failed or answered 400 or more, and why. */
  failed: string[];
  /** Requests to any other host (each one blocked before it left the machine). */
  external: string[];
  /** Every same-origin URL the page (and its workers) fetched, with the status it got. */
  responses: Map<string, number>;
  /** Script URLs of the Web Workers the page started. */
  workers: string[];
  /** The response to the first navigation (null when `path` was not loaded yet). */
  response: Response | null;
  /** Content-Security-Policy violations the document has reported so far. */
  cspViolations(): Promise<string[]>;
  /** How often the page called alert() (every page counts them; a script injected by input would call it). */
  alerts(): Promise<number>;
  close: () => Promise<void>;
}

/** A page loaded once for a whole test file, every island hydrated (or given up on). */
export interface HydratedPage extends OpenedPage {
  /** `data-state` of every island once hydration settled, in document order. */
  states: string[];
}

export interface SessionOptions {
  /** The build to serve. */
  dist?: string;
  /** The base path to serve it under. */
  base?: string;
  /**
   * Headers for every response: the build's own `_headers` (the default), or an explicit set.
   * The same file decides them for every path, as the hosts that read it do.
   */
  headers?: 'shipped' | Record<string, string>;
}

export interface SiteSession {
  /** The site's root URL on the test server (origin plus base). */
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
  readonly server: StaticServer;
  /** Opens `path` (relative to the site root) in a fresh context of `options` (reduced motion unless they say otherwise), recording everything. */
  open(path: string, options?: BrowserContextOptions): Promise<OpenedPage>;
  /**
   * `path` loaded at 1280 x 900 in the light scheme with reduced motion, scrolled through so every island
   * hydrates, and kept for the whole file: every call with the same path returns the same
   * load. Checks that only read the page should use this; closing it is the session's job.
   */
  hydrated(path: string): Promise<HydratedPage>;
}

/** Collects uncaught page errors and console errors as readable lines. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  return errors;
}

declare global {
  interface Window {
    __csp?: string[];
    __alerts?: number;
  }
}

const strip = (u: string) => u.split('#')[0];

/** Opens a context and page on `server` with every recorder attached, then loads `path` (if given). */
export async function openRecorded(
  browser: Browser,
  server: StaticServer,
  path: string | null,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  // Reduced motion unless a test asks for motion: an autoplaying player in view draws frames for as long
  // as the test runs, CPU the other test file on the machine needs.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  const failed: string[] = [];
  const external: string[] = [];
  const responses = new Map<string, number>();
  const workers: string[] = [];
  // Nothing may leave the machine: requests to any other host are aborted and listed.
  await context.route(
    (url) => url.origin !== server.origin && !['data:', 'blob:'].includes(url.protocol),
    async (route) => {
      external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  // Context-level events also see the requests of Web Workers.
  context.on('response', (res) => {
    const url = strip(res.url());
    if (!url.startsWith(server.origin)) return;
    responses.set(url, res.status());
    if (res.status() >= 400) failed.push(`${url} -> ${res.status()}`);
  });
  context.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '';
    // Aborts happen when a test navigates on or closes the page; they are not the site's.
    if (req.url().startsWith(server.origin) && !why.includes('ERR_ABORTED')) failed.push(`${req.url()} -> ${why}`);
  });
  await context.addInitScript(() => {
    window.__alerts = 0;
    window.alert = () => {
      window.__alerts = (window.__alerts ?? 0) + 1;
    };
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('worker', (w) => workers.push(strip(w.url())));
  const errors = recordErrors(page);
  const opened: OpenedPage = {
    page,
    errors,
    failed,
    external,
    responses,
    workers,
    response: null,
    cspViolations: () => page.evaluate(() => window.__csp ?? []),
    alerts: () => page.evaluate(() => window.__alerts ?? 0),
    close: () => context.close(),
  };
  if (path !== null) opened.response = await page.goto(server.url + path, { waitUntil: 'load' });
  return opened;
}

/** Starts the server and the browser before the file's tests and stops them after. */
export function useSiteSession(distOrOptions: string | SessionOptions = {}): SiteSession {
  const options = typeof distOrOptions === 'string' ? { dist: distOrOptions } : distOrOptions;
  const dist = options.dist ?? ISLANDS_DIST;
  const base = options.base ?? '/';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const loads = new Map<string, Promise<HydratedPage>>();
  beforeAll(async () => {
    const headers =
      options.headers === undefined || options.headers === 'shipped'
        ? readHeadersFor(path.join(dist, '_headers'), base)
        : options.headers;
    server = await serveStatic(dist, base, headers);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const load of loads.values()) await (await load.catch(() => null))?.close();
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error('site session used outside its tests');
    return { server, browser };
  };
  return {
    get url() {
      return started().server.url;
    },
    get origin() {
      return started().server.origin;
    },
    get browser() {
      return started().browser;
    },
    get server() {
      return started().server;
    },
    open(path, opts = {}) {
      return openRecorded(started().browser, started().server, path, opts);
    },
    hydrated(path) {
      let load = loads.get(path);
      if (!load) {
        load = (async () => {
          // Reduced motion: the players do not autoplay, so the page's main thread is free for
          // the checks (autoplay itself is tested in islands.test.ts).
          const opened = await openRecorded(started().browser, started().server, path, {
            colorScheme: 'light',
            reducedMotion: 'reduce',
          });
          const states = await hydrateAll(opened.page);
          return { ...opened, states };
        })();
        loads.set(path, load);
      }
      return load;
    },
  };
}
