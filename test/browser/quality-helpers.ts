/**
 * Shared pieces of the quality-gate browser tests (quality-*.test.ts): which pages the
 * build has, error collection, keeping every request on the machine, and bringing
 * lazily hydrated islands to life.
 */
import type { BrowserContext } from 'playwright-core';
import { listPages, pagePath } from '../../scripts/budget/measure';
import { DIST_ROOT, DIST_SUB } from '../support/paths';
import { FIGURES } from '../../src/figures/catalog';

/**
 * The builds the gates judge: the global setup's, unless QUALITY_DIST / QUALITY_DIST_SUB
 * point at other ones (with REUSE_BUILD=1, to check a build made elsewhere).
 */
export const DIST = process.env.QUALITY_DIST ?? DIST_ROOT;
export const DIST_SUBPATH = process.env.QUALITY_DIST_SUB ?? DIST_SUB;

/** The pages every build must have, as URL paths relative to the base. */
export const REQUIRED_PAGES = ['', 'playground/', 'reproducibility/', '404.html'];

/** Every page in a built site, as URL paths relative to the base ("" is the tutorial). */
export function sitePages(dist: string): string[] {
  return listPages(dist).map(pagePath);
}

/** Readable name of a page path for test titles. */
export function pageName(p: string): string {
  return p === '' ? 'tutorial (/)' : '/' + p;
}

/** Section anchors of the tutorial, in order (from the brief; readers of the original rely on them). */
export const TUTORIAL_ANCHORS = [
  'case-study',
  'learning-rate',
  'step-size',
  'tuning',
  'schedulers',
  'scheduler-usage',
  'multisteplr',
  'multiplicativelr',
  'summary',
  'references',
];

/** Number of figures in the tutorial, figure#fig-1 .. figure#fig-N: as many as the catalog defines. */
export const FIGURE_COUNT = FIGURES.length;

/** Collects uncaught page errors and console errors as readable lines. */
export { recordErrors as watchErrors } from '../support/site-session';

/**
 * Aborts every request to a host other than the test server's loopback address and
 * records it, so a test can assert that nothing would leave the machine.
 */
export async function keepLocal(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => !['127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
    async (route) => {
      blocked.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return blocked;
}

/** Hydration: scrolling islands into view and waiting for them (test/support/hydrate.ts). */
export { ISLAND, scrollThrough, waitForIslands, hydrateAll } from '../support/hydrate';

/** Resolves with `p`'s value, or rejects when it takes longer than `ms`. */
export async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
