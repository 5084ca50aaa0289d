import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_ROOT, ROOT } from '../support/paths';
import { read } from './html';
import { FIGURES } from '../../src/figures/catalog';

/** The original article's anchors, in reading order. */
const SECTIONS = [
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

/** The section each of the original sixteen figures belongs to (from the brief's figure list). */
const FIGURE_SECTION: Record<number, string> = {
  1: 'step-size',
  2: 'step-size',
  3: 'step-size',
  ...Object.fromEntries([4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => [n, 'tuning'])),
  14: 'multisteplr',
  15: 'multisteplr',
  16: 'multiplicativelr',
};

const ORIGINAL = 'https://coolgpu.github.io/coolgpu_blog/github/pages/2021/03/20/learningrate_schedulers.html';
const REPO = 'https://github.com/coolgpu/Demo_HyperParameters_and_Schedulers';

let doc: Document;
beforeAll(() => {
  doc = parseHTML(read(DIST_ROOT, 'index.html')).document as unknown as Document;
});

describe('tutorial page', () => {
  it('has every section anchor of the original, in order, as a heading that links to itself', () => {
    const headings = Array.from(doc.querySelectorAll('h2[id], h3[id]')).map((h) => h.id);
    const found = headings.filter((id) => SECTIONS.includes(id));
    expect(found).toEqual(SECTIONS);
    for (const id of SECTIONS) {
      const link = doc.querySelector(`#${id} > a.heading-link`);
      expect(link?.getAttribute('href'), id).toBe(`#${id}`);
    }
  });

  it('lists every section in both tables of contents', () => {
    for (const toc of Array.from(doc.querySelectorAll('nav[data-toc]'))) {
      const targets = Array.from(toc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
      for (const id of SECTIONS) expect(targets).toContain(`#${id}`);
    }
    expect(doc.querySelectorAll('nav[data-toc]').length).toBe(2);
  });

  it('credits Xiyun Song and links the original article and its repository near the title', () => {
    const credit = doc.querySelector('.title-block .credit');
    expect(credit?.textContent).toContain('Xiyun Song');
    const hrefs = Array.from(credit?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(ORIGINAL);
    expect(hrefs).toContain(REPO);
    const footer = Array.from(doc.querySelectorAll('footer a')).map((a) => a.getAttribute('href'));
    expect(footer).toContain(ORIGINAL);
  });

  it('lists the five parts of the series, marks this one, and links the others only to their original articles', () => {
    const items = Array.from(doc.querySelectorAll('nav.series li'));
    expect(items.length).toBe(5);
    const current = items.filter((li) => li.getAttribute('aria-current') === 'page');
    expect(current.length).toBe(1);
    expect(current[0].textContent).toContain('Part 5');
    expect(current[0].querySelector('a')).toBeNull();
    for (const li of items.filter((x) => x !== current[0])) {
      const links = Array.from(li.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
      expect(links.length).toBe(1);
      expect(links[0]).toMatch(
        /^https:\/\/coolgpu\.github\.io\/coolgpu_blog\/github\/pages\/20\d\d\/\d\d\/\d\d\/\w+\.html$/,
      );
    }
  });

  it('places each figure of the catalog once, in order, the original ones in their section (rendered or as a marker)', () => {
    const html = read(DIST_ROOT, 'index.html');
    const mdx = readFileSync(path.join(ROOT, 'content/tutorial/index.mdx'), 'utf8');
    const sectionAt = (text: string, pos: number, pattern: RegExp) => {
      let section = '';
      for (const m of text.matchAll(pattern)) if ((m.index ?? 0) < pos) section = m[1];
      return section;
    };
    let last = -1;
    let lastSource = '';
    for (let n = 1; n <= FIGURES.length; n++) {
      const rendered = [...html.matchAll(new RegExp(`<figure[^>]*\\bid="fig-${n}"`, 'g'))];
      const markers = [...mdx.matchAll(new RegExp(`^\\{/\\* FIGURE ${n} \\*/\\}$`, 'gm'))];
      expect(rendered.length + markers.length, `figure ${n}`).toBe(1);
      if (rendered.length === 1) {
        const pos = rendered[0].index ?? 0;
        if (FIGURE_SECTION[n])
          expect(sectionAt(html, pos, /<h[23] id="([a-z-]+)"/g), `figure ${n}`).toBe(FIGURE_SECTION[n]);
        if (lastSource === 'html') expect(pos).toBeGreaterThan(last);
        last = pos;
        lastSource = 'html';
      } else {
        const pos = markers[0].index ?? 0;
        if (FIGURE_SECTION[n])
          expect(sectionAt(mdx, pos, /\{\/\* #([a-z-]+) \*\/\}/g), `figure ${n}`).toBe(FIGURE_SECTION[n]);
        if (lastSource === 'mdx') expect(pos).toBeGreaterThan(last);
        last = pos;
        lastSource = 'mdx';
      }
    }
  });

  it('shows the PyTorch scheduler loop and the core call as highlighted code with no client-side highlighter', () => {
    const blocks = Array.from(doc.querySelectorAll('pre.astro-code'));
    const text = blocks.map((b) => b.textContent ?? '').join('\n');
    expect(text).toContain('scheduler.step()');
    expect(text).toContain('param_groups[0]["lr"]');
    expect(text).toContain("type: 'MultiStepLR'");
    // Both theme colours are baked in at build time.
    expect(blocks[0].innerHTML).toContain('--shiki-dark');
    expect(blocks[0].innerHTML).toContain('--shiki-light');
    const loop = text.indexOf('optimizer.step()  #');
    expect(loop).toBeGreaterThan(-1);
    expect(text.indexOf('scheduler.step()  #')).toBeGreaterThan(loop);
  });

  it('serves the in-practice, playground, reproducibility and 404 pages with the shared header', () => {
    for (const file of ['in-practice/index.html', 'playground/index.html', 'reproducibility/index.html', '404.html']) {
      const page = parseHTML(read(DIST_ROOT, file)).document;
      const nav = Array.from(page.querySelectorAll('.site-nav a')).map((a) => a.textContent?.trim());
      expect(nav, file).toEqual(['Tutorial', 'In practice', 'Playground', 'Reproducibility']);
      expect(page.querySelector('h1')?.textContent?.length, file).toBeGreaterThan(3);
    }
  });
});
