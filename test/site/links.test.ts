import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST_ROOT, DIST_SUB, SUB_BASE } from '../support/paths';
import { listFiles, read } from './html';

interface Ref {
  /** File the reference appears in, relative to the build directory. */
  file: string;
  url: string;
  /** Where it came from: "a[href]", "link[href]", "script[src]", "css url()", ... */
  kind: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const NOT_A_FILE = /^(?:mailto:|tel:|data:|javascript:|#)/i;

/**
 * Every URL the pages of the build point at: attributes of every HTML file, and url()s
 * of the stylesheets those pages load. (Only loaded stylesheets: a stray file left by an
 * earlier build is not served to anyone.)
 */
function collectRefs(dir: string, base: string): Ref[] {
  const refs: Ref[] = [];
  const sheets = new Set<string>();
  for (const file of listFiles(dir)) {
    if (file.endsWith('.html')) {
      const { document } = parseHTML(read(dir, file));
      for (const el of Array.from(document.querySelectorAll('[href], [src], [srcset], [poster]'))) {
        for (const attr of ['href', 'src', 'poster']) {
          const value = el.getAttribute(attr);
          // A canonical link names the page's public address (SITE_URL); nothing is loaded from it.
          const kind =
            el.getAttribute('rel') === 'canonical' ? 'link[rel=canonical]' : `${el.tagName.toLowerCase()}[${attr}]`;
          if (value !== null) refs.push({ file, url: value, kind });
        }
        const srcset = el.getAttribute('srcset');
        if (srcset)
          for (const part of srcset.split(',')) refs.push({ file, url: part.trim().split(/\s+/)[0], kind: 'srcset' });
      }
      for (const style of Array.from(document.querySelectorAll('style'))) {
        for (const url of cssUrls(style.textContent ?? '')) refs.push({ file, url, kind: 'css url()' });
      }
      for (const link of Array.from(document.querySelectorAll('link[rel~="stylesheet"][href]'))) {
        const href = link.getAttribute('href') ?? '';
        if (href.startsWith(base)) sheets.add(href.slice(base.length).split(/[?#]/)[0]);
      }
    }
  }
  for (const sheet of sheets) {
    if (!existsSync(path.join(dir, sheet))) continue; // reported as a broken link above
    for (const url of cssUrls(read(dir, sheet))) refs.push({ file: sheet, url, kind: 'css url()' });
  }
  return refs;
}

function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]);
  return [...urls, ...imports];
}

/** The file a site-internal URL serves, or null when it would be a 404. */
function resolve(dir: string, base: string, ref: Ref): string | null {
  const clean = ref.url.split('#')[0].split('?')[0];
  let rel: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base) && clean + '/' !== base) return null;
    rel = clean.slice(base.length);
  } else {
    rel = path.posix.join(path.posix.dirname(ref.file), clean);
  }
  let file = path.join(dir, decodeURIComponent(rel));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : null;
}

describe.each([
  ['root build', DIST_ROOT, '/'],
  ['sub-path build', DIST_SUB, SUB_BASE],
])('%s', (_name, dir, base) => {
  const refs = collectRefs(dir, base);

  it('resolves every internal link, script, stylesheet, image and CSS url() to a file of the build', () => {
    const internal = refs.filter((r) => !EXTERNAL.test(r.url) && !NOT_A_FILE.test(r.url) && r.url !== '');
    expect(internal.length).toBeGreaterThan(20);
    const broken = internal.filter((r) => resolve(dir, base, r) === null).map((r) => `${r.file}: ${r.kind} ${r.url}`);
    expect(broken).toEqual([]);
  });

  it('writes internal absolute URLs under the base path', () => {
    const wrongBase = refs
      .filter((r) => r.url.startsWith('/') && !r.url.startsWith('//') && !r.url.startsWith(base))
      .map((r) => `${r.file}: ${r.kind} ${r.url}`);
    expect(wrongBase).toEqual([]);
  });

  it('loads nothing from another origin: no external stylesheet, script, font or CSS url()', () => {
    const loaded = refs.filter(
      (r) =>
        r.kind === 'link[href]' ||
        r.kind === 'script[src]' ||
        r.kind === 'css url()' ||
        r.kind.startsWith('img') ||
        r.kind === 'srcset',
    );
    const external = loaded
      .filter((r) => EXTERNAL.test(r.url) && !r.url.startsWith('data:'))
      .map((r) => `${r.file}: ${r.kind} ${r.url}`);
    expect(external).toEqual([]);
  });

  it('reaches every page of the build by following links from the home page (the 404 page aside)', () => {
    const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
    const reached = new Set(['index.html']);
    const queue = ['index.html'];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const r of refs.filter((r) => r.file === file && r.kind === 'a[href]' && !EXTERNAL.test(r.url))) {
        const target = resolve(dir, base, r);
        const rel = target && path.relative(dir, target).split(path.sep).join('/');
        if (rel && rel.endsWith('.html') && !reached.has(rel)) {
          reached.add(rel);
          queue.push(rel);
        }
      }
    }
    expect(reached.size, 'pages reached').toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => !reached.has(p) && p !== '404.html')).toEqual([]);
  });

  it('points every same-page #fragment link at an element of that page', () => {
    const missing: string[] = [];
    for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
      const { document } = parseHTML(read(dir, file));
      for (const a of Array.from(document.querySelectorAll('a[href^="#"]'))) {
        const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
        if (id && !document.getElementById(id)) missing.push(`${file}: #${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
