/**
 * Robustness of the live islands against hostile readers, in the browser. Seeded random
 * control values (a failure message names the step, so the seed replays it) must never
 * throw, log an error, freeze the page, lose a figure or inject markup; and one page
 * opened with hostile shared-URL values for every island shows notices and the
 * tutorial's figures. The URL decoders themselves are property-tested without a browser
 * (test/client/url-state-hostile.test.ts), which is where the thousands of cases go.
 *
 * The control fuzzing runs on the file's shared hydrated load and leaves it changed, so
 * it must be the last thing a file does with that page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ISLAND, hydrateAll } from '../support/hydrate';
import type { SiteSession } from '../support/site-session';
import { pageName, within } from './quality-helpers';

/** Seed of every run; FUZZ_SEED replays another sequence. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
/** How long the page may take to answer after an input (a frozen main thread fails it). */
const RESPONSE_MS = Number(process.env.FUZZ_RESPONSE_MS ?? 2000);

export const XSS = '<img src=x onerror=alert(1)>';
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

interface Health {
  injected: number;
  alerts: number;
  /** Islands that had a figure before and now show no SVG. */
  lostFigures: string[];
}

/** What must hold after every hostile input; rejects when the page does not answer in time. */
async function health(page: Page, islandsWithFigures: string[]): Promise<Health> {
  return within(
    RESPONSE_MS,
    'the page answering after an input',
    page.evaluate(
      ([ids, sel]) => {
        const injected = document.querySelectorAll('img[src="x"], [onerror], [onload]').length;
        const islands = [...document.querySelectorAll<HTMLElement>(sel)];
        const lostFigures = ids.filter((id) => {
          const island = islands.find((el, i) => (el.id || `island-${i}`) === id);
          return !island || island.querySelector('svg') === null;
        });
        return { injected, alerts: window.__alerts ?? 0, lostFigures };
      },
      [islandsWithFigures, ISLAND] as const,
    ),
  );
}

/** Ids (or positional names) of islands that currently show an SVG figure. */
function islandsWithFigures(page: Page): Promise<string[]> {
  return page.$$eval(ISLAND, (els) =>
    els.map((el, i) => (el.querySelector('svg') ? el.id || `island-${i}` : '')).filter(Boolean),
  );
}

/**
 * `inputs` random values into the controls of the hydrated islands of `path`, on the
 * session's shared load of it (the last use of that load: it stays changed).
 */
export function describeHostileControls(site: SiteSession, path: string, inputs: number, seedOffset = 0): void {
  const seed = SEED + seedOffset;
  describe(`${pageName(path)} under hostile control input`, () => {
    it(`${inputs} random control values never break an island (seed ${seed})`, { timeout: 240_000 }, async () => {
      const rand = prng(seed);
      const { page, errors } = await site.hydrated(path);
      const ready = await page.locator(`${ISLAND}[data-state="ready"]`).count();
      expect(ready, `hydrated islands on ${pageName(path)}`).toBeGreaterThan(0);
      const withFigures = await islandsWithFigures(page);
      const controls = page.locator(
        `${ISLAND}[data-state="ready"] :is(input:not([type=hidden]), select, textarea, button:not([type=submit]))`,
      );
      expect(await controls.count(), `controls in hydrated islands on ${pageName(path)}`).toBeGreaterThan(0);
      const log: string[] = [];
      let done = 0;
      for (let step = 0; step < inputs; step++) {
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
        const did = await controls.nth(i).evaluate(
          (el, { value, choice }) => {
            if ((el as HTMLElement).offsetParent === null || (el as HTMLInputElement).disabled) return null;
            const label = `${el.tagName.toLowerCase()}[${el.getAttribute('data-path') ?? el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.id ?? ''}]`;
            if (el instanceof HTMLButtonElement) {
              if (/share|copy|download|link/i.test(el.textContent ?? '') || el.closest('[data-exports]')) return null;
              el.click();
              return `${label} click`;
            }
            if (el instanceof HTMLSelectElement) {
              const options = [...el.options];
              el.value =
                choice < 0.8 && options.length > 0 ? options[Math.floor(choice * 1.25 * options.length)].value : value;
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
        done++;
        log.push(`step ${step}: ${did}`);
        const where = `after ${log.slice(-3).join(' | ')}`;
        const h = await health(page, withFigures).catch((e: Error) => {
          throw new Error(`${e.message} ${where}`);
        });
        expect(h.injected, `injected markup ${where}`).toBe(0);
        expect(h.alerts, `script ran ${where}`).toBe(0);
        expect(h.lostFigures, `figures lost ${where}`).toEqual([]);
        expect(errors, `errors ${where}`).toEqual([]);
      }
      console.log(`hostile controls ${pageName(path)} (seed ${seed}): ${done} inputs into ${ready} islands`);
      expect(done, 'inputs made').toBeGreaterThan(inputs / 2);
      // Every island comes to rest ready (a refused input keeps the last good figure).
      await expect
        .poll(() => page.$$eval(ISLAND, (els) => els.map((el) => (el as HTMLElement).dataset.state)), {
          timeout: 30_000,
        })
        .toEqual(withFigures.map(() => 'ready'));
      expect((await health(page, withFigures)).lostFigures).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

/**
 * Opens `path` with a hostile value for every island's URL key (its id, and the
 * playground's `runs`): markup, broken base64url, base64url JSON with prototype keys and
 * out-of-range numbers, and readable `key.field=` parameters. Every island must still
 * hydrate and show its figure, say that it ignored the shared settings, run no script and
 * log no error.
 */
export function describeHostileUrlSmoke(site: SiteSession, path: string): void {
  it(`${pageName(path)} opened with hostile shared settings for every island shows notices, never breaks`, async () => {
    // The islands' ids, from the file's shared load of the page (its islands are the built ones).
    const ids = await (await site.hydrated(path)).page.$$eval(ISLAND, (els) => els.map((el) => el.id).filter(Boolean));
    expect(ids.length, `islands on ${pageName(path)}`).toBeGreaterThan(0);
    const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
    const hostile = [
      XSS,
      b64('{"optimizer":{"lr":1e309,"__proto__":{"polluted":1}},"epochs":-1}'),
      b64({ optimizer: { lr: XSS }, scheduler: { type: 'NoSuchLR' } }),
      b64({ seed: 'x' }).slice(0, 5),
    ];
    const params = new URLSearchParams();
    ids.forEach((id, i) => {
      params.set(id, hostile[i % hostile.length]);
      // Readable parameters (`?tuning-demo.lr=0.004`), in whatever spelling the island reads.
      params.set(`${id}.lr`, XSS);
      params.set(`${id}.optimizer.lr`, '1e309');
    });
    params.set('runs', b64('[{"optimizer":{"lr":-1}},{"epochs":1e309},"<b>x</b>"]'));
    const opened = await site.open(`${path}?${params.toString()}`);
    try {
      const states = await hydrateAll(opened.page);
      expect(states.filter((s) => s !== 'ready')).toEqual([]);
      const report = await opened.page.$$eval(ISLAND, (els) =>
        els.map((el) => ({
          id: el.id,
          figure: el.querySelector('svg') !== null,
          notice: el.querySelector(':scope > .lr-notice')?.textContent ?? '',
        })),
      );
      expect(report.filter((r) => !r.figure)).toEqual([]);
      // Islands that keep settings in the URL say they ignored them (players keep none).
      expect(report.filter((r) => /^Ignored/.test(r.notice)).length).toBeGreaterThan(0);
      expect(
        await opened.page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onload]').length),
      ).toBe(0);
      expect(await opened.alerts()).toBe(0);
      expect(await opened.page.evaluate(() => 'polluted' in {})).toBe(false);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
}
