import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import {
  DIST,
  FIGURE_COUNT,
  pageName,
  REQUIRED_PAGES,
  scrollThrough,
  sitePages,
  waitForIslands,
} from './quality-helpers';

// Accessibility gate: axe-core (WCAG 2.0/2.1 A and AA plus best practices) on every page
// of the build in both colour schemes, after every island has hydrated, plus three things
// axe cannot judge alone: labelled controls, a visible keyboard focus, text alternatives
// for figures.

const PAGES = sitePages(DIST);
/** Form controls by accessible name: axe's rules, all of them, at any impact. */
const LABEL_RULES = [
  'label',
  'select-name',
  'button-name',
  'input-button-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
];
const CONTROLS = 'input:not([type=hidden]), select, textarea, button';

interface AxeLine {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

async function axe(page: Page, rules?: string[]): Promise<AxeLine[]> {
  let builder = new AxeBuilder({ page });
  builder = rules
    ? builder.withRules(rules)
    : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const result = await builder.analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes
      .slice(0, 6)
      .map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  }));
}

const serious = (lines: AxeLine[]) => lines.filter((l) => l.impact === 'serious' || l.impact === 'critical');

/** "0 violations" or "2 (moderate: region, minor: …)": what a CI log reader needs per page. */
function summary(lines: AxeLine[]): string {
  if (lines.length === 0) return '0 violations';
  return `${lines.length} (${lines.map((l) => `${l.impact}: ${l.rule}`).join(', ')})`;
}

/** Rules whose outcome depends on colours: the only ones a theme change can flip. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Pages whose focus order and figures are checked (the others share the same layout). */
const FOCUS_PAGES = ['', 'playground/'];
const FIGURE_PAGES = ['', 'playground/', 'reproducibility/'];

describe.skipIf(!hasBrowser)('accessibility of every page', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, '/');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the build has the tutorial, the playground, the reproducibility page and a 404 page', () => {
    expect(PAGES).toEqual(expect.arrayContaining(REQUIRED_PAGES));
  });

  for (const p of PAGES) {
    // One load per page: axe runs in the light scheme (all rules), then in the dark scheme
    // (the colour rules: nothing else depends on the scheme), then the page's own checks.
    describe(pageName(p), () => {
      let context: BrowserContext;
      let page: Page;
      let light: AxeLine[] = [];
      let dark: AxeLine[] = [];

      beforeAll(async () => {
        context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
        page = await context.newPage();
        await page.goto(server.url + p, { waitUntil: 'load' });
        await scrollThrough(page);
        await waitForIslands(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        light = await axe(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        dark = await axe(page, COLOUR_RULES);
        await page.emulateMedia({ colorScheme: 'light' });
        console.log(`axe ${pageName(p)}: light ${summary(light)}; dark (colour rules) ${summary(dark)}`);
      });
      afterAll(async () => {
        await context?.close();
      });

      it('has no serious or critical axe violation in the light colour scheme', () => {
        expect(serious(light)).toEqual([]);
      });

      it('has no serious or critical axe violation in the dark colour scheme', () => {
        expect(serious(dark)).toEqual([]);
      });

      it('gives every form control an accessible name', async () => {
        if (p === 'playground/')
          expect(await page.locator(CONTROLS).count(), 'controls on the playground').toBeGreaterThan(0);
        expect(light.filter((l) => LABEL_RULES.includes(l.rule))).toEqual([]);
      });

      if (p === '') {
        it("switches theme with the site's own toggle, when it has one, and stays clean", async ({ skip }) => {
          const toggle = page.locator('[data-theme-toggle]:visible, #theme-toggle:visible').first();
          if ((await toggle.count()) === 0) skip('the layout has no visible theme toggle');
          const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const before = await background();
          await toggle.click();
          await page.waitForTimeout(300);
          expect(await background()).not.toBe(before);
          expect(serious(await axe(page, COLOUR_RULES))).toEqual([]);
          await toggle.click();
        });
      }

      if (FOCUS_PAGES.includes(p)) {
        it('shows a visible focus indicator on every element Tab reaches', async () => {
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
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
          expect(seen.length, 'Tab reaches something').toBeGreaterThan(0);
          expect(seen.filter((f) => !f.ring || !f.visible)).toEqual([]);
        });
      }

      if (FIGURE_PAGES.includes(p)) {
        it('captions every figure and gives every chart in it a text alternative', async () => {
          const report = await page.$$eval('figure', (figures) =>
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
          if (p === '') expect(report.length, 'figures in the tutorial').toBeGreaterThanOrEqual(FIGURE_COUNT);
          expect(report.filter((f) => !f.captioned || f.unnamedCharts > 0)).toEqual([]);
        });
      }
    });
  }
});
