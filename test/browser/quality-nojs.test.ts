import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { DIST, FIGURE_COUNT, TUTORIAL_ANCHORS } from './quality-helpers';

// With JavaScript off the tutorial is still the whole article: every section, every
// equation (KaTeX renders at build time), every figure as static SVG, and no control
// that would do nothing when used.

const EQUATIONS = Array.from({ length: 11 }, (_, i) => `(${i + 1})`);

describe.skipIf(!hasBrowser)('the site without JavaScript', () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, '/');
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('scripts really are off in this context', async () => {
    // page.evaluate runs regardless; the page's own scripts do not. A noscript element renders.
    const jsOff = await context.newPage();
    await jsOff.setContent('<noscript><p id="off">off</p></noscript>');
    expect(await jsOff.locator('#off').isVisible()).toBe(true);
    await jsOff.close();
  });

  it('shows every section of the article by its anchor, each with visible prose', async () => {
    const sections = await page.evaluate((ids) => {
      return ids.map((id) => {
        const el = document.getElementById(id);
        if (!el) return { id, found: false, visible: false, words: 0 };
        const r = el.getBoundingClientRect();
        // The section's text: everything after the heading up to the next heading of the same or a higher level.
        const level = Number(el.tagName.slice(1)) || 6;
        let text = '';
        for (let n = el.nextElementSibling; n; n = n.nextElementSibling) {
          const m = /^H([1-6])$/.exec(n.tagName);
          if (m && Number(m[1]) <= level) break;
          text += ' ' + ((n as HTMLElement).innerText ?? '');
        }
        return {
          id,
          found: true,
          visible: r.width > 0 && r.height > 0,
          words: text.split(/\s+/).filter(Boolean).length,
        };
      });
    }, TUTORIAL_ANCHORS);
    expect(sections.filter((s) => !s.found || !s.visible)).toEqual([]);
    for (const s of sections) expect(s.words, `#${s.id} has prose`).toBeGreaterThan(20);
  });

  it('hides no article text: no paragraph of <main> outside figures and islands is display:none or visibility:hidden', async () => {
    const hidden = await page.$$eval('main p, main li, main h2, main h3, main blockquote', (els) =>
      els
        .filter((el) => (el.textContent ?? '').trim().length > 40)
        .filter((el) => !el.closest('figure, [data-state], details:not([open]), template'))
        .filter((el) => (el as HTMLElement).offsetParent === null || getComputedStyle(el).visibility === 'hidden')
        .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
    );
    expect(hidden).toEqual([]);
  });

  it('renders all eleven numbered equations as visible KaTeX display math', async () => {
    const displays = page.locator('.katex-display');
    expect(await displays.count()).toBeGreaterThanOrEqual(11);
    const tags = await page.$$eval('.katex-display', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        // KaTeX 0.19 renders \\tag{n} as .katex-tag (older versions: .tag).
        const tag = el.querySelector('.katex-tag, .tag')?.textContent?.replace(/\s+/g, '') ?? '';
        return { tag, visible: r.width > 0 && r.height > 0 };
      }),
    );
    expect(tags.filter((t) => !t.visible)).toEqual([]);
    expect(tags.map((t) => t.tag).filter((t) => EQUATIONS.includes(t))).toEqual(EQUATIONS);
  });

  it('shows every figure of the catalog, each with a visible SVG of non-zero size', async () => {
    const figures = await page.evaluate((n) => {
      return Array.from({ length: n }, (_, i) => {
        const fig = document.getElementById(`fig-${i + 1}`);
        if (!fig) return { id: `fig-${i + 1}`, figure: false, svg: false };
        const svgs = [...fig.querySelectorAll('svg')].filter((svg) => {
          const r = svg.getBoundingClientRect();
          const s = getComputedStyle(svg);
          return (
            r.width > 50 &&
            r.height > 50 &&
            s.visibility !== 'hidden' &&
            s.display !== 'none' &&
            svg.childElementCount > 0
          );
        });
        return { id: fig.id, figure: fig.tagName === 'FIGURE', svg: svgs.length > 0 };
      });
    }, FIGURE_COUNT);
    expect(figures.filter((f) => !f.figure || !f.svg)).toEqual([]);
  });

  for (const p of ['', 'playground/', 'reproducibility/']) {
    it(`shows no enabled button or form control on /${p}, since none could work`, async () => {
      const other = p === '' ? page : await context.newPage();
      try {
        if (p !== '') await other.goto(server.url + p, { waitUntil: 'load' });
        const live = await other.$$eval('button, input:not([type=hidden]), select, textarea', (els) =>
          els
            .filter((el) => {
              const r = el.getBoundingClientRect();
              const s = getComputedStyle(el);
              const off = (el as HTMLInputElement).disabled || el.closest('fieldset[disabled]') !== null;
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !off;
            })
            .map((el) => {
              const where = el.closest('figure, [data-state], [id]')?.id || 'page';
              const name =
                el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
              return `${where}: <${el.tagName.toLowerCase()}> ${name}`;
            }),
        );
        expect(live).toEqual([]);
      } finally {
        if (other !== page) await other.close();
      }
    });
  }
});
