/**
 * The scaffolding of the interaction tests: one static server of the built site and one
 * Chromium per test file, and pages opened in their own context that record every
 * console error and uncaught exception.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { DIST_ROOT } from './paths';
import { serveStatic, type StaticServer } from './static-server';

/** The build to test: the global setup's; ISLANDS_DIST points at a private one while iterating (never in CI). */
export const ISLANDS_DIST = process.env.CI ? DIST_ROOT : (process.env.ISLANDS_DIST ?? DIST_ROOT);

/** A page, the errors it has logged so far, and a way to close its context. */
export interface OpenedPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

export interface SiteSession {
  /** The site's root URL on the test server. */
  readonly url: string;
  readonly browser: Browser;
  /** Opens `path` (relative to the site root) in a fresh context of `options`. */
  open(path: string, options?: BrowserContextOptions): Promise<OpenedPage>;
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

/** Starts the server and the browser before the file's tests and stops them after. */
export function useSiteSession(dist = ISLANDS_DIST): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(dist, '/');
    browser = await launchBrowser();
  });
  afterAll(async () => {
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
    get browser() {
      return started().browser;
    },
    async open(path, options = {}) {
      const context = await started().browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const errors = recordErrors(page);
      await page.goto(started().server.url + path);
      return { page, errors, close: () => context.close() };
    },
  };
}
