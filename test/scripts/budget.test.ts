import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cssRefs,
  detectBase,
  jsRefs,
  listPages,
  measurePage,
  overTargets,
  TARGETS,
} from '../../scripts/budget/measure';

// A miniature built site with every way a page pulls in bytes: module scripts with static and
// dynamic imports, a worker, a modulepreload, a stylesheet with @import, a font face listing
// three formats, an image, a favicon, a data file, plus files no page references.
const files: Record<string, string | Buffer> = {
  'index.html': `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/shared.js">
    <link rel="icon" href="/favicon.svg"></head><body>
    <a href="/playground/">playground</a><img src="/img/pic.png" alt="">
    <script type="module" src="/_astro/main.js"></script>
    <script type="application/ld+json">{"url":"/_astro/unused.js"}</script></body></html>`,
  'playground/index.html': `<!doctype html><html><body><script type="module">import "/_astro/shared.js";</script></body></html>`,
  '404.html': '<!doctype html><title>Not found</title><p>Nothing here.</p>',
  '_astro/main.js': `import{a}from"./shared.js";const w=new Worker(new URL("worker.js",import.meta.url),{type:"module"});import("./lazy.js");fetch("/data/runs.json");`,
  '_astro/shared.js': 'export const a = 1; // '.repeat(50),
  '_astro/lazy.js': 'import "./shared.js"; export const lazy = "x".repeat(10);',
  '_astro/worker.js': 'import "./core.js"; self.onmessage = () => {};',
  '_astro/core.js': 'export function train() { return 42; }\n'.repeat(40),
  '_astro/unused.js': 'never loaded '.repeat(100),
  '_astro/site.css': `@import "./extra.css"; @font-face{font-family:K;src:url(fonts/k.woff2) format("woff2"),url(fonts/k.woff) format("woff"),url(fonts/k.ttf) format("truetype")} body{background:url('../img/bg.svg')}`,
  '_astro/extra.css': 'p { color: #222; }',
  '_astro/fonts/k.woff2': Buffer.alloc(1000, 7),
  '_astro/fonts/k.woff': Buffer.alloc(3000, 7),
  '_astro/fonts/k.ttf': Buffer.alloc(9000, 7),
  'img/pic.png': Buffer.alloc(500, 1),
  'img/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
  'data/runs.json': JSON.stringify({ loss: Array.from({ length: 100 }, (_, i) => i) }),
};

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'budget-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), content);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const gz = (rel: string) => gzipSync(Buffer.from(files[rel]), { level: 6 }).length;
const raw = (rel: string) => Buffer.from(files[rel]).length;

describe('budget measurement', () => {
  it('lists every HTML page of the build', () => {
    expect(listPages(dist)).toEqual(['404.html', 'index.html', 'playground/index.html']);
  });

  it('counts every script a page loads, transitively through imports and workers, once each', () => {
    const page = measurePage(dist, 'index.html');
    const js = ['_astro/core.js', '_astro/lazy.js', '_astro/main.js', '_astro/shared.js', '_astro/worker.js'];
    expect(page.js.files).toEqual(js);
    expect(page.js.gzip).toBe(js.reduce((s, f) => s + gz(f), 0));
    expect(page.js.bytes).toBe(js.reduce((s, f) => s + raw(f), 0));
  });

  it('counts stylesheets with their imports, only the first font format, images and data', () => {
    const page = measurePage(dist, 'index.html');
    expect(page.css.files).toEqual(['_astro/extra.css', '_astro/site.css']);
    expect(page.font.files).toEqual(['_astro/fonts/k.woff2']);
    expect(page.font.gzip).toBe(1000); // woff2 is already compressed: counted raw
    expect(page.image.files).toEqual(['favicon.svg', 'img/bg.svg', 'img/pic.png']);
    expect(page.data.files).toEqual(['data/runs.json']);
  });

  it('totals the transfer as HTML plus every asset, gzipped where a host would compress', () => {
    const page = measurePage(dist, 'index.html');
    const assets = [...page.js.files, ...page.css.files, ...page.image.files, ...page.data.files];
    const expected = gz('index.html') + assets.reduce((s, f) => s + (f.endsWith('.png') ? raw(f) : gz(f)), 0) + 1000;
    expect(page.transfer).toBe(expected);
    expect(page.html).toEqual({ bytes: raw('index.html'), gzip: gz('index.html') });
  });

  it('follows inline module scripts and measures each page on its own', () => {
    expect(measurePage(dist, 'playground/index.html').js.files).toEqual(['_astro/shared.js']);
    const notFound = measurePage(dist, '404.html');
    expect(notFound.page).toBe('404.html');
    expect(notFound.transfer).toBe(gz('404.html'));
  });

  it('resolves references under a sub-path base and ignores ones outside it', () => {
    const sub = mkdtempSync(path.join(tmpdir(), 'budget-sub-'));
    try {
      mkdirSync(path.join(sub, '_astro'));
      writeFileSync(
        path.join(sub, 'index.html'),
        '<script type="module" src="/some/sub/path/_astro/a.js"></script><script src="/_astro/b.js"></script><script src="https://cdn.example.org/x.js"></script>',
      );
      writeFileSync(path.join(sub, '_astro/a.js'), 'import "./b.js";');
      writeFileSync(path.join(sub, '_astro/b.js'), 'export {};');
      expect(measurePage(sub, 'index.html', '/some/sub/path/').js.files).toEqual(['_astro/a.js', '_astro/b.js']);
      expect(measurePage(sub, 'index.html', '/').js.files).toEqual(['_astro/b.js']);
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('extracts script and stylesheet references the way Vite and KaTeX emit them', () => {
    expect(
      jsRefs(
        `import{x}from"./c-1a2B.js";const m=()=>import('./d.js');new Worker(new URL("/_astro/w.js",import.meta.url))`,
      ),
    ).toEqual(['./c-1a2B.js', './d.js', '/_astro/w.js']);
    expect(cssRefs(`@font-face{src:url(a.woff2) format("woff2"),url(a.woff)}.x{background:url("b.png")}`)).toEqual([
      'a.woff2',
      'b.png',
    ]);
  });

  it('reports which targets a page misses, with an optional tolerance factor', () => {
    const page = measurePage(dist, 'index.html');
    expect(overTargets(page, 10)).toEqual([]);
    const heavy = { ...page, js: { ...page.js, gzip: TARGETS.jsGzipBytes + 1 }, transfer: TARGETS.transferBytes };
    expect(overTargets(heavy, 61)).toHaveLength(3);
    expect(overTargets(heavy, 61, 1.5)).toEqual([]);
  });
});

describe('budget base path', () => {
  it('reads the base path from the build: the prefix under which its references exist', () => {
    const sub = mkdtempSync(path.join(tmpdir(), 'budget-base-'));
    try {
      mkdirSync(path.join(sub, '_astro'));
      writeFileSync(
        path.join(sub, 'index.html'),
        '<link rel="icon" href="/lr/favicon.svg"><link rel="stylesheet" href="/lr/_astro/s.css">' +
          '<script type="module" src="/lr/_astro/a.js"></script><a href="/lr/playground/">x</a>',
      );
      writeFileSync(path.join(sub, 'favicon.svg'), '<svg/>');
      writeFileSync(path.join(sub, '_astro/a.js'), 'export {};');
      writeFileSync(path.join(sub, '_astro/s.css'), 'p{}');
      expect(detectBase(sub)).toBe('/lr/');
      expect(detectBase(dist)).toBe('/');
      expect(detectBase(path.join(sub, 'nothing-here'))).toBeUndefined();
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });
});
