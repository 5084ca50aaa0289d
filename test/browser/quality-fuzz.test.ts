import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { DIST, ISLAND, scrollThrough, waitForIslands, watchErrors, within } from './quality-helpers';

// Robustness of the live islands against hostile readers: a few hundred random control
// values and shared-URL parameters (seeded, so a failure replays exactly) must never throw,
// log an error, freeze the page, lose the figure, or inject markup.

/** Seed of every run; a failure message names the step, so `SEED` + step replays it. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const INPUTS_PER_PAGE = Number(process.env.FUZZ_INPUTS ?? 150);
const URLS_PER_PAGE = Number(process.env.FUZZ_URLS ?? 3);
/** How long the page may take to answer after an input (a frozen main thread fails it). */
const RESPONSE_MS = Number(process.env.FUZZ_RESPONSE_MS ?? 2000);
const PAGES = ['', 'playground/'];
/** The playground exists to hold islands; other pages are fuzzed when their HTML declares any. */
const MUST_HAVE_ISLANDS = 'playground/';

/** True when the built page declares islands (elements with data-state) in its HTML. */
function declaresIslands(p: string): boolean {
  const file = path.join(DIST, p === '' ? 'index.html' : `${p}index.html`);
  return /\sdata-state=/.test(readFileSync(file, 'utf8'));
}

const XSS = '<img src=x onerror=alert(1)>';
const NASTY = [
  '',
  'abc',
  '-1',
  '0',
  'NaN',
  '1e309',
  '-1e309',
  '1e30',
  '1e-30',
  'Infinity',
  '9007199254740993',
  '123456789012345678901234567890',
  ' 0.01 ',
  '0x10',
  '1,5',
  '１２３',
  'λ≈∞',
  '😀',
  XSS,
  '"><svg onload=alert(1)>',
  '__proto__',
];

/** mulberry32: tiny, seedable, identical on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** A hostile or merely unusual value for a text-like control. */
function randomValue(rand: () => number): string {
  const r = rand();
  if (r < 0.55) return pick(rand, NASTY);
  if (r < 0.85) return String((rand() < 0.2 ? -1 : 1) * 10 ** (rand() * 14 - 9));
  return String(Math.floor(rand() * 2 ** 53) * (rand() < 0.5 ? -1 : 1));
}

/** A random JSON value for a shared-settings object, with hostile leaves. */
function randomJson(rand: () => number, depth = 0): string {
  const r = rand();
  if (depth < 3 && r < 0.35) {
    const keys = [
      'optimizer',
      'lr',
      'type',
      'momentum',
      'betas',
      'scheduler',
      'epochs',
      'batchSize',
      'seed',
      'init',
      'wa',
      'wb',
      '__proto__',
      'runs',
      'gamma',
      'milestones',
    ];
    const n = 1 + Math.floor(rand() * 4);
    return `{${Array.from({ length: n }, () => `${JSON.stringify(pick(rand, keys))}:${randomJson(rand, depth + 1)}`).join(',')}}`;
  }
  if (depth < 3 && r < 0.45)
    return `[${Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1)).join(',')}]`;
  // Numbers straight into the JSON text, so 1e309 arrives as Infinity and -0 as -0.
  if (r < 0.75)
    return pick(rand, [
      '1e309',
      '-1e309',
      '1e30',
      '-1',
      '0',
      '-0',
      '0.01',
      '12',
      '3.5e-8',
      '1e-320',
      '99999999999999999999',
    ]);
  if (r < 0.9) return JSON.stringify(pick(rand, NASTY));
  return pick(rand, ['null', 'true', 'false', '{}', '[]']);
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface Health {
  injected: number;
  alerts: number;
  /** Islands that had a figure before and now show no SVG. */
  lostFigures: string[];
}

/** What must hold after every hostile input. */
async function health(page: Page, islandsWithFigures: string[]): Promise<Health> {
  return within(
    RESPONSE_MS,
    'the page answering after an input',
    page.evaluate((ids) => {
      const injected = document.querySelectorAll('img[src="x"], [onerror], [onload]').length;
      const islands = [...document.querySelectorAll<HTMLElement>('[data-state]')];
      const lostFigures = ids.filter((id) => {
        const island = islands.find((el, i) => (el.id || `island-${i}`) === id);
        return !island || island.querySelector('svg') === null;
      });
      return { injected, alerts: (window as unknown as { __alerts: number }).__alerts ?? 0, lostFigures };
    }, islandsWithFigures),
  );
}

/** A page that counts alert() calls and collects errors; reused across visits. */
async function fuzzPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __alerts: number };
    w.__alerts = 0;
    window.alert = () => {
      w.__alerts += 1;
    };
  });
  return { page, errors };
}

/** Loads `url` and waits until every island has hydrated (or given up). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await scrollThrough(page, 40);
  await waitForIslands(page);
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await fuzzPage(browser);
  await visit(opened.page, url);
  return opened;
}

/** Ids (or positional names) of islands that currently show an SVG figure. */
async function islandsWithFigures(page: Page): Promise<string[]> {
  return page.$$eval('[data-state]', (els) =>
    els.map((el, i) => (el.querySelector('svg') ? el.id || `island-${i}` : '')).filter(Boolean),
  );
}

describe.skipIf(!hasBrowser)('islands under hostile input', () => {
  let browser: Browser;
  let server: StaticServer;
  const stats = { inputs: 0, urls: 0, islands: 0, controls: 0 };

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, '/');
  });
  afterAll(async () => {
    console.log(`fuzz (seed ${SEED}): ${JSON.stringify(stats)}`);
    await browser?.close();
    await server?.close();
  });

  for (const [n, p] of PAGES.entries()) {
    it(
      `random control values on /${p} never break an island (seed ${SEED})`,
      { timeout: 240_000 },
      async ({ skip }) => {
        if (p === MUST_HAVE_ISLANDS) expect(declaresIslands(p), `/${p} declares islands`).toBe(true);
        else if (!declaresIslands(p)) skip(`/${p} declares no islands`);
        const rand = prng(SEED + n);
        const { page, errors } = await openPage(browser, server.url + p);
        try {
          const ready = await page.locator(`${ISLAND}[data-state="ready"]`).count();
          expect(ready, `hydrated islands on /${p}`).toBeGreaterThan(0);
          stats.islands += ready;
          const withFigures = await islandsWithFigures(page);
          const controls = page.locator(
            `${ISLAND}[data-state="ready"] :is(input:not([type=hidden]), select, textarea, button:not([type=submit]))`,
          );
          const count = await controls.count();
          expect(count, `controls in hydrated islands on /${p}`).toBeGreaterThan(0);
          stats.controls += count;
          const log: string[] = [];
          for (let step = 0; step < INPUTS_PER_PAGE; step++) {
            // Only controls a reader could use right now (a select may have hidden others).
            const usable = await controls.evaluateAll((els) =>
              els.flatMap((el, k) =>
                (el as HTMLElement).offsetParent !== null && !(el as HTMLInputElement).disabled ? [k] : [],
              ),
            );
            expect(usable.length, `usable controls at step ${step}`).toBeGreaterThan(0);
            const i = pick(rand, usable);
            const value = randomValue(rand);
            const choice = rand();
            const control = controls.nth(i);
            const did = await control.evaluate(
              (el, { value, choice }) => {
                const h = el as HTMLElement;
                if (h.offsetParent === null || (el as HTMLInputElement).disabled) return null;
                const label = `${el.tagName.toLowerCase()}[${el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.id ?? ''}]`;
                if (el instanceof HTMLButtonElement) {
                  if (/share|copy|download|link/i.test(el.textContent ?? '')) return null;
                  el.click();
                  return `${label} click`;
                }
                if (el instanceof HTMLSelectElement) {
                  const options = [...el.options];
                  el.value =
                    choice < 0.8 && options.length > 0
                      ? options[Math.floor(choice * 1.25 * options.length)].value
                      : value;
                } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
                  el.click();
                  return `${label} toggle`;
                } else {
                  (el as HTMLInputElement).value = value;
                }
                el.dispatchEvent(new Event('input', { bubbles: true }));
                el.dispatchEvent(new Event('change', { bubbles: true }));
                return `${label} = ${JSON.stringify(value)}`;
              },
              { value, choice },
            );
            if (did === null) continue;
            log.push(`step ${step}: ${did}`);
            stats.inputs++;
            const where = `after ${log.slice(-3).join(' | ')}`;
            const h = await health(page, withFigures).catch((e: Error) => {
              throw new Error(`${e.message} ${where}`);
            });
            expect(h.injected, `injected markup ${where}`).toBe(0);
            expect(h.alerts, `script ran ${where}`).toBe(0);
            expect(h.lostFigures, `figures lost ${where}`).toEqual([]);
            expect(errors, `errors ${where}`).toEqual([]);
            if (step % 25 === 24) await waitForIslands(page, 10_000);
          }
          const states = await waitForIslands(page, 20_000);
          expect(
            states.filter((s) => s !== 'ready' && s !== 'error'),
            'islands settle after the fuzzing',
          ).toEqual([]);
          expect((await health(page, withFigures)).lostFigures).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      },
    );

    it(
      `random shared-URL parameters on /${p} are refused gracefully (seed ${SEED})`,
      { timeout: 240_000 },
      async ({ skip }) => {
        if (p === MUST_HAVE_ISLANDS) expect(declaresIslands(p), `/${p} declares islands`).toBe(true);
        else if (!declaresIslands(p)) skip(`/${p} declares no islands`);
        const rand = prng(SEED * 31 + n);
        // The keys islands store their state under: their own declared key, their id, the playground's "runs".
        const probe = await openPage(browser, server.url + p);
        const keys = await probe.page.$$eval('[data-state]', (els) => [
          'runs',
          ...els.flatMap((el) => {
            const h = el as HTMLElement;
            return [h.dataset.key, h.dataset.urlKey, h.dataset.param, h.dataset.island, h.id].filter((k): k is string =>
              Boolean(k),
            );
          }),
        ]);
        const baseline = await islandsWithFigures(probe.page);
        const { page, errors } = probe;
        expect(baseline.length, `islands with a figure on /${p}`).toBeGreaterThan(0);
        for (let k = 0; k < URLS_PER_PAGE; k++) {
          const params = new URLSearchParams();
          for (let j = 0; j < 1 + Math.floor(rand() * 3); j++) {
            const key = pick(rand, [...new Set(keys)]);
            params.set(key, rand() < 0.7 ? base64url(randomJson(rand)) : randomValue(rand));
          }
          const url = `${server.url}${p}?${params.toString()}`;
          await visit(page, url);
          stats.urls++;
          const h = await health(page, baseline);
          expect(h.injected, `injected markup from ${url}`).toBe(0);
          expect(h.alerts, `script ran from ${url}`).toBe(0);
          expect(h.lostFigures, `figures missing for ${url}`).toEqual([]);
          expect(errors, `errors for ${url}`).toEqual([]);
        }
        await page.close();
      },
    );
  }
});
