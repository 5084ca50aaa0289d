/**
 * The quality gates of one page, all read from ONE hydrated load of it (the session's
 * `hydrated(path)`): the headers it is served with, every island hydrating under the
 * shipped Content-Security-Policy with no violation and no error, every request it makes
 * answered by the site itself, axe-core (the pinned version, every WCAG A/AA and
 * best-practice rule) in the light and the dark scheme, labelled controls, and per page
 * a visible keyboard focus, captioned figures and the theme toggle.
 *
 * A page's test file calls `describePageGates(site, path, options)` once; checks that
 * change the page (the theme toggle, keyboard focus) restore it, and tests that leave it
 * changed (hostile input) must come after the gates in the file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AXE_RULES,
  axeSummary,
  COLOUR_RULES,
  PINNED_AXE,
  runAxe,
  seriousOf,
  type AxeLine,
  type AxeReport,
} from '../support/axe';
import { ISLAND } from '../support/hydrate';
import type { HydratedPage, SiteSession } from '../support/site-session';
import { pageName } from './quality-helpers';

/** Form controls by accessible name: axe's rules, all of them, at any impact. */
const LABEL_RULES = [
  'label',
  'select-name',
  'button-name',
  'input-button-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'label-content-name-mismatch',
];
const CONTROLS = 'input:not([type=hidden]), select, textarea, button';
/** Time allowed for one test that runs axe on a whole page. */
const AXE_MS = 300_000;

export interface PageGateOptions {
  /** Tab through the page and require a visible focus indicator on everything Tab reaches. */
  focus?: boolean;
  /** Require a caption and a text alternative for every chart; at least this many figures. */
  figures?: number;
  /** Switch the theme with the site's own toggle and run axe in the theme it gives. */
  themeToggle?: boolean;
}

/** Every same-origin URL the DOM references (href, src, srcset, poster, data-src), without fragments. */
async function domReferences(h: HydratedPage, origin: string): Promise<string[]> {
  const refs = await h.page.$$eval('[href], [src], [srcset], [poster], [data-src]', (els) =>
    els.flatMap((el) => {
      const out: string[] = [];
      for (const attr of ['href', 'src', 'poster', 'data-src']) {
        const v = el.getAttribute(attr);
        if (v) out.push(v);
      }
      const srcset = el.getAttribute('srcset');
      if (srcset) for (const part of srcset.split(',')) out.push(part.trim().split(/\s+/)[0]);
      return out;
    }),
  );
  const urls = refs
    .filter((r) => !r.startsWith('#') && !/^(mailto|data|blob|javascript|tel):/i.test(r))
    .map((r) => new URL(r, h.page.url()))
    .filter((u) => u.origin === origin)
    .map((u) => u.href.split('#')[0]);
  return [...new Set(urls)];
}

export function describePageGates(site: SiteSession, path: string, options: PageGateOptions = {}): void {
  describe(`${pageName(path)}: one hydrated load, every gate`, () => {
    let h: HydratedPage;
    let light: AxeReport | undefined;
    const axeIn = async (scheme: 'light' | 'dark'): Promise<AxeReport> => {
      await h.page.emulateMedia({ colorScheme: scheme });
      try {
        return await runAxe(h.page);
      } finally {
        await h.page.emulateMedia({ colorScheme: 'light' });
      }
    };
    const judge = (report: AxeReport, where: string, rules = AXE_RULES) => {
      console.log(`axe ${pageName(path)} ${where}: ${axeSummary(report.violations)} (${rules.length} rules)`);
      expect(report.version, 'the axe-core that ran').toBe(PINNED_AXE);
      expect(report.notRun, 'rules axe did not report on').toEqual([]);
      expect(seriousOf(report.violations)).toEqual([]);
    };

    beforeAll(async () => {
      h = await site.hydrated(path);
    });

    it('is served with the headers the build ships (Content-Security-Policy, nosniff) and its meta policy', async () => {
      const headers = h.response?.headers() ?? {};
      for (const [name, value] of Object.entries(site.server.headers))
        expect(headers[name.toLowerCase()], name).toBe(value);
      expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
      // The page's own meta policy (for hosts that send no headers) is enforced beside the
      // header's, so every violation check on this load covers both (csp-meta.test.ts).
      expect(await h.page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    });

    it('hydrates every island, with no policy violation, console error or uncaught exception', async () => {
      expect(
        h.states.filter((s) => s !== 'ready'),
        'islands that did not hydrate',
      ).toEqual([]);
      expect(await h.page.locator(ISLAND).count()).toBe(h.states.length);
      expect(await h.cspViolations()).toEqual([]);
      expect(h.errors).toEqual([]);
    });

    it('gets every script, stylesheet, font, worker and data file it asks for, and asks no other host', async () => {
      // Referenced but never fetched (page links, downloads): fetched now, they must exist too.
      for (const url of await domReferences(h, site.origin)) {
        expect(url.startsWith(site.url), `${url} lies under the base ${site.url}`).toBe(true);
        if (!h.responses.has(url)) h.responses.set(url, (await h.page.request.get(url)).status());
      }
      const bad = [...h.responses].filter(([, status]) => status >= 400).map(([u, s]) => `${u} -> ${s}`);
      expect(bad).toEqual([]);
      expect(h.failed).toEqual([]);
      expect(h.external).toEqual([]);
      // The islands train in a Web Worker: it starts from a script under the base.
      if (h.states.length > 0) expect(h.workers.length, 'workers started by the islands').toBeGreaterThan(0);
      for (const w of h.workers) expect(w.startsWith(site.url), `worker ${w} under the base`).toBe(true);
    });

    // axe on a whole hydrated page takes a while on a busy machine: each run gets its own budget.
    it('has no serious or critical axe violation in the light colour scheme', { timeout: AXE_MS }, async () => {
      light = await axeIn('light');
      judge(light, 'light');
    });

    it('has no serious or critical axe violation in the dark colour scheme', { timeout: AXE_MS }, async () => {
      judge(await axeIn('dark'), 'dark');
    });

    it('gives every form control an accessible name that contains its visible text', { timeout: AXE_MS }, async () => {
      light ??= await axeIn('light');
      const unnamed: AxeLine[] = light.violations.filter((l) => LABEL_RULES.includes(l.rule));
      expect(unnamed).toEqual([]);
      if (h.states.length > 0) expect(await h.page.locator(CONTROLS).count(), 'controls').toBeGreaterThan(0);
    });

    if (options.themeToggle) {
      it("switches theme with the site's own toggle, from either system scheme, to exactly the colours axe judged", async () => {
        const toggle = h.page.locator('[data-theme-toggle]:visible');
        expect(await toggle.count(), 'a visible theme toggle').toBe(1);
        // Every element's colours, as one string per element: the axe tests above judged the
        // page in the light and the dark system scheme, so a toggled theme that paints the
        // same colours as the other system scheme is as clean as it (and costs no axe run).
        const colours = () =>
          h.page.evaluate(() =>
            // The toggle itself is left out: pressed, it is drawn as pressed (judged on its own below).
            Array.from(document.querySelectorAll('body *:not([data-theme-toggle], [data-theme-toggle] *)'), (el) => {
              const s = getComputedStyle(el);
              const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.getAttribute('class') ?? ''}`;
              return [
                what,
                `${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.outlineColor} ${s.fill} ${s.stroke}`,
              ];
            }),
          );
        /** The elements whose colours differ, named (or the element counts, when those differ). */
        const differing = (a: string[][], b: string[][]) =>
          a.length !== b.length
            ? [`${a.length} vs ${b.length} elements`]
            : a.flatMap(([what, x], i) => (x === b[i][1] ? [] : [`${what}: ${x} / ${b[i][1]}`]));
        const bySystem: Record<'light' | 'dark', string[][]> = { light: [], dark: [] };
        for (const system of ['light', 'dark'] as const) {
          await h.page.emulateMedia({ colorScheme: system });
          bySystem[system] = await colours();
        }
        expect(differing(bySystem.light, bySystem.dark).length, 'the two schemes differ').toBeGreaterThan(100);
        // Clicked in the page, not with the mouse: a hovered or focused toggle is painted as such.
        for (const system of ['light', 'dark'] as const) {
          const other = system === 'light' ? 'dark' : 'light';
          await h.page.emulateMedia({ colorScheme: system });
          await toggle.evaluate((b: HTMLElement) => b.click());
          expect(await h.page.getAttribute('html', 'data-theme')).toBe(other);
          // Polled: a colour may still be in its transition when the click returns.
          await expect
            .poll(async () => differing(await colours(), bySystem[other]), {
              message: `${system} system toggled to ${other}: elements painted unlike the ${other} scheme`,
              timeout: 10_000,
            })
            .toEqual([]);
          judge(
            await runAxe(h.page, COLOUR_RULES, '[data-theme-toggle]'),
            `the toggle, ${system} system, toggled to ${other}`,
            COLOUR_RULES,
          );
          await toggle.evaluate((b: HTMLElement) => b.click());
          await expect.poll(async () => differing(await colours(), bySystem[system])).toEqual([]);
          await h.page.evaluate(() => {
            localStorage.removeItem('theme');
            document.documentElement.removeAttribute('data-theme');
          });
        }
        await h.page.emulateMedia({ colorScheme: 'light' });
      });
    }

    if (options.focus) {
      it('shows a visible focus indicator on every element Tab reaches', async () => {
        const { page } = h;
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
        });
        const seen: { what: string; visible: boolean; ring: boolean }[] = [];
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
            const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
            return {
              what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${text}"`,
              visible: r.width > 0 && r.height > 0,
              ring: outline || shadow,
            };
          });
          if (f) seen.push(f);
        }
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        expect(seen.length, 'Tab reaches something').toBeGreaterThan(0);
        expect(seen.filter((f) => !f.ring || !f.visible)).toEqual([]);
      });
    }

    if (options.figures !== undefined) {
      const least = options.figures;
      it(`captions every figure (at least ${least}) and gives every chart in it a text alternative`, async () => {
        const report = await h.page.$$eval('figure', (figures) =>
          // A figure nested in another (Plot wraps a chart and its legend in one) is judged with its parent.
          figures
            .filter((fig) => !fig.parentElement?.closest('figure'))
            .map((fig) => {
              const caption = (
                fig.querySelector('figcaption')?.textContent ??
                fig.getAttribute('aria-label') ??
                ''
              ).trim();
              const unnamed = [...fig.querySelectorAll('svg')]
                .filter((svg) => !svg.parentElement?.closest('svg') && !svg.closest('[aria-hidden="true"]'))
                .filter((svg) => svg.getBoundingClientRect().width > 0)
                .filter((svg) => {
                  // The chart's name may sit on the svg or on a wrapper with a role (img; application for a draggable chart).
                  const holder = svg.closest('[role="img"], [role="application"]') ?? svg;
                  const named = (el: Element) => {
                    const label = el.getAttribute('aria-label')?.trim();
                    const ids = el.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
                    const labelled = ids.some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
                    const title = el.querySelector(':scope > title')?.textContent?.trim();
                    return Boolean(label || labelled || title);
                  };
                  return !named(holder) && !named(svg);
                }).length;
              const where =
                fig.id ||
                `${fig.closest('[id]')?.id ?? 'page'} > figure${fig.dataset.kind ? `[data-kind=${fig.dataset.kind}]` : ''}`;
              return { figure: where, captioned: caption.length > 0, unnamedCharts: unnamed };
            }),
        );
        expect(report.length, 'figures').toBeGreaterThanOrEqual(least);
        expect(report.filter((f) => !f.captioned || f.unnamedCharts > 0)).toEqual([]);
      });
    }
  });
}
