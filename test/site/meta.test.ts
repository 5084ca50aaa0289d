/**
 * What a built page tells crawlers, link previews and hosts without a `_headers` file:
 * with SITE_URL set (the test builds use https://example.org), a canonical link, Open
 * Graph and Twitter card meta with a social image drawn from a figure, a sitemap and
 * robots.txt, a favicon; the Content-Security-Policy as a meta tag; all under the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listPages, pagePath } from '../../scripts/budget/measure';
import { cspHeader, cspMeta } from '../../src/lib/csp';
import { SOCIAL_IMAGE } from '../../src/lib/social-image';
import { figureDef } from '../../src/figures/catalog';
import { runStyle } from '../../src/figures/palette';
import { readHeadersFor } from '../support/headers-file';
import { DIST_ROOT, DIST_SUB, SUB_BASE } from '../support/paths';

const ORIGIN = 'https://example.org';
const BUILDS = [
  ['/', DIST_ROOT],
  [SUB_BASE, DIST_SUB],
] as const;

const head = (dist: string, file: string) => parseHTML(readFileSync(path.join(dist, file), 'utf8')).document;
const attr = (doc: Document, selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name);

/** Width and height from a PNG's IHDR chunk (and a check that it is a PNG at all). */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** RGB pixels of a PNG as the site's encoder writes it (8-bit RGB, filters "none" or "sub"). */
function pngPixels(file: string): { width: number; height: number; rgb: Uint8Array } {
  const b = readFileSync(file);
  const { width, height } = pngSize(file);
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    if (b.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgb = new Uint8Array(width * height * 3);
  const stride = width * 3 + 1;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride];
    expect(filter === 0 || filter === 1).toBe(true);
    for (let i = 0; i < width * 3; i++) {
      const left = filter === 1 && i >= 3 ? rgb[y * width * 3 + i - 3] : 0;
      rgb[y * width * 3 + i] = (raw[y * stride + 1 + i] + left) & 0xff;
    }
  }
  return { width, height, rgb };
}

/** The dist-relative file a same-origin absolute URL under `base` points at. */
function fileOf(url: string, base: string): string {
  const u = new URL(url);
  expect(u.origin).toBe(ORIGIN);
  expect(u.pathname.startsWith(base)).toBe(true);
  return u.pathname.slice(base.length);
}

describe.each(BUILDS)('site metadata under base %s', (base, dist) => {
  const pages = listPages(dist);

  it('every page but the 404 page has a canonical link to its own absolute URL, repeated as og:url', () => {
    for (const file of pages) {
      const doc = head(dist, file);
      if (file === '404.html') {
        expect(doc.querySelector('link[rel=canonical]')).toBeNull();
        expect(attr(doc, 'meta[name=robots]')).toBe('noindex');
        continue;
      }
      const url = `${ORIGIN}${base}${pagePath(file)}`;
      expect(attr(doc, 'link[rel=canonical]', 'href'), file).toBe(url);
      expect(attr(doc, 'meta[property="og:url"]'), file).toBe(url);
    }
  });

  it('every page has Open Graph and Twitter card meta, with the page title and description', () => {
    for (const file of pages) {
      const doc = head(dist, file);
      const title = doc.querySelector('title')?.textContent;
      const description = attr(doc, 'meta[name=description]');
      expect(title, file).toBeTruthy();
      expect(attr(doc, 'meta[property="og:title"]'), file).toBe(title);
      expect(attr(doc, 'meta[property="og:description"]'), file).toBe(description);
      expect(attr(doc, 'meta[property="og:type"]'), file).toBe(file === 'index.html' ? 'article' : 'website');
      expect(attr(doc, 'meta[name="twitter:card"]'), file).toBe('summary_large_image');
      expect(attr(doc, 'meta[name="twitter:title"]'), file).toBe(title);
      expect(attr(doc, 'meta[property="og:image:alt"]'), file).toBeTruthy();
    }
  });

  it('the card image is an absolute URL under the base, to a 1200 × 630 PNG the build drew', () => {
    const doc = head(dist, 'index.html');
    const image = attr(doc, 'meta[property="og:image"]')!;
    expect(image).toBe(`${ORIGIN}${base}${SOCIAL_IMAGE.file}`);
    expect(attr(doc, 'meta[name="twitter:image"]')).toBe(image);
    const size = pngSize(path.join(dist, fileOf(image, base)));
    expect(size).toEqual({ width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height });
    expect(attr(doc, 'meta[property="og:image:width"]')).toBe(String(size.width));
    expect(attr(doc, 'meta[property="og:image:height"]')).toBe(String(size.height));
  });

  it('the card image draws the figure: every run of it in its own colour, over the landscape bands', () => {
    const { rgb } = pngPixels(path.join(dist, SOCIAL_IMAGE.file));
    const counts = new Map<string, number>();
    for (let i = 0; i < rgb.length; i += 3) {
      const key = `#${[rgb[i], rgb[i + 1], rgb[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const run of figureDef(SOCIAL_IMAGE.figure).runs) {
      const hex = /#[0-9a-f]{6}/i.exec(runStyle(run.meta).colour)![0].toLowerCase();
      expect(counts.get(hex) ?? 0, `pixels of ${run.label} (${hex})`).toBeGreaterThan(500);
    }
    // Flat bands: a handful of colours cover most of the card.
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 12);
    expect(top.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.7 * SOCIAL_IMAGE.width * SOCIAL_IMAGE.height);
  });

  it('the favicon (SVG) and the touch icon (180 px PNG) are linked under the base and exist', () => {
    for (const file of pages) {
      const doc = head(dist, file);
      expect(attr(doc, 'link[rel=icon]', 'href'), file).toBe(`${base}favicon.svg`);
      expect(attr(doc, 'link[rel=apple-touch-icon]', 'href'), file).toBe(`${base}apple-touch-icon.png`);
    }
    expect(existsSync(path.join(dist, 'favicon.svg'))).toBe(true);
    expect(pngSize(path.join(dist, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });

  it('sitemap.xml lists every page of the build except the 404 page, by absolute URL', () => {
    const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    const expected = pages
      .filter((f) => f !== '404.html')
      .map((f) => `${ORIGIN}${base}${pagePath(f)}`)
      .sort();
    expect(locs).toEqual(expected);
    expect(locs.length).toBeGreaterThanOrEqual(3);
    expect(attr(head(dist, 'index.html'), 'link[rel=sitemap]', 'href')).toBe(`${base}sitemap.xml`);
  });

  it('robots.txt allows everything and names the sitemap', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${base}sitemap.xml\n`,
    );
  });

  it('every page carries the policy as a meta tag, right after the charset, before any script or stylesheet', () => {
    for (const file of pages) {
      const doc = head(dist, file);
      const first = Array.from(doc.head.children).slice(0, 2);
      expect(first[0].getAttribute('charset'), file).toBe('utf-8');
      expect(first[1].getAttribute('http-equiv'), file).toBe('Content-Security-Policy');
      expect(first[1].getAttribute('content'), file).toBe(cspMeta());
      expect(doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'), file).toHaveLength(1);
    }
  });
});

describe('the meta policy and the _headers policy', () => {
  it('_headers sends exactly the policy src/lib/csp.ts declares', () => {
    expect(readHeadersFor(path.join(DIST_ROOT, '_headers'), '/')['Content-Security-Policy']).toBe(cspHeader());
  });

  it('the meta tag has every directive of the header except those a meta tag cannot carry', () => {
    const directives = (p: string) => p.split(';').map((d) => d.trim().split(/\s+/)[0]);
    const header = directives(cspHeader());
    const meta = directives(cspMeta());
    expect(header.filter((d) => !meta.includes(d))).toEqual(['frame-ancestors']);
    expect(meta.filter((d) => ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'].includes(d))).toEqual([]);
    for (const d of cspMeta().split('; ')) expect(cspHeader()).toContain(d);
  });
});

describe('Cite this page', () => {
  const doc = head(DIST_SUB, 'index.html');
  const cite = doc.querySelector('section.cite');

  it('the tutorial ends with a citation in plain text and BibTeX, for this page and the original article', () => {
    expect(cite?.querySelector('h2')?.textContent).toBe('Cite this page');
    const plain = cite?.querySelector('.cite-plain')?.textContent ?? '';
    const bibtex = cite?.querySelector('.cite-bibtex')?.textContent ?? '';
    const original = 'https://coolgpu.github.io/coolgpu_blog/github/pages/2021/03/20/learningrate_schedulers.html';
    expect(plain).toContain(`${ORIGIN}${SUB_BASE}`);
    expect(plain).toContain('Xiyun Song');
    expect(plain).toContain(original);
    expect(bibtex).toContain(`\\url{${ORIGIN}${SUB_BASE}}`);
    expect(bibtex).toMatch(
      /@misc\{song2021lr,\n\s+author\s+= \{Xiyun Song\},\n\s+title\s+= \{The learning rate and its schedulers\},\n\s+year\s+= \{2021\}/,
    );
    expect(bibtex).toContain('\\url{https://github.com/coolgpu/Demo_HyperParameters_and_Schedulers}');
    // Balanced braces: BibTeX refuses an entry with a stray one.
    expect(bibtex.split('{').length).toBe(bibtex.split('}').length);
  });
});
