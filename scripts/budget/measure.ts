import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * Static page-weight measurement of a built site: what a browser downloads to show one
 * page, found by reading the files themselves (no browser). Text assets are counted
 * gzipped (what any static host sends), binary ones raw.
 */

/** What an asset is, by its file extension. */
export type AssetKind = 'html' | 'js' | 'css' | 'font' | 'image' | 'data';

/** Bytes on disk and gzipped (level 6, the common server default). */
export interface Size {
  bytes: number;
  gzip: number;
}

/** One kind of asset on one page: total sizes and the files counted (dist-relative, sorted). */
export interface KindTotal extends Size {
  files: string[];
}

/** Everything one page makes the browser fetch. */
export interface PageBudget {
  /** URL path of the page relative to the base, e.g. "" for the home page, "playground/". */
  page: string;
  /** The HTML file, dist-relative. */
  file: string;
  html: Size;
  js: KindTotal;
  css: KindTotal;
  font: KindTotal;
  image: KindTotal;
  data: KindTotal;
  /** HTML + every asset: gzip size for text, raw size for binary (fonts, raster images). */
  transfer: number;
}

const KIND_BY_EXT: Record<string, AssetKind> = {
  '.html': 'html',
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.ico': 'image',
  '.json': 'data',
  '.csv': 'data',
  '.bin': 'data',
  '.txt': 'data',
  '.wasm': 'data',
};

/** Already-compressed formats: gzip cannot shrink them and hosts do not try. */
const BINARY = new Set(['.woff2', '.woff', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.wasm']);

/** Kind of a file by extension, or undefined for things a page never loads (maps, archives). */
export function assetKind(file: string): AssetKind | undefined {
  return KIND_BY_EXT[path.extname(file).toLowerCase()];
}

/** Size of a file's contents as sent by a static host. */
export function sizeOf(file: string, content: Buffer): Size {
  const bytes = content.length;
  const gzip = BINARY.has(path.extname(file).toLowerCase()) ? bytes : gzipSync(content, { level: 6 }).length;
  return { bytes, gzip };
}

/** Every .html file under `dist`, dist-relative with forward slashes, sorted. */
export function listPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(path.relative(dist, full).split(path.sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** URL path of a dist-relative HTML file, relative to the base ("index.html" -> "", "a/index.html" -> "a/"). */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * Maps a reference found in the file served at `fromUrlPath` to a dist-relative file, or
 * undefined when it points elsewhere (another host, outside the base, a missing file,
 * a directory, i.e. a page link rather than an asset).
 */
export function resolveRef(dist: string, base: string, fromUrlPath: string, ref: string): string | undefined {
  if (!ref || ref.startsWith('data:') || ref.startsWith('blob:') || ref.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(ref, 'http://site.invalid' + fromUrlPath);
  } catch {
    return undefined;
  }
  if (url.origin !== 'http://site.invalid' || !url.pathname.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const full = path.join(dist, rel);
  if (!full.startsWith(dist) || !existsSync(full) || !statSync(full).isFile()) return undefined;
  return rel;
}

/** Quoted string literals in JS that look like a file a script would load. */
const JS_REF = /["'`]([^"'`\s<>()]+?\.(?:m?js|json|csv|bin|wasm|woff2?|svg|png|css))(?:[?#][^"'`\s]*)?["'`]/g;
/** url(...) in CSS, quoted or not. */
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']([^"']+)["']/g;
const FONT_FACE = /@font-face\s*{[^}]*}/g;

/** References a script makes: static and dynamic imports, workers (`new URL(..., import.meta.url)`), data. */
export function jsRefs(source: string): string[] {
  return [...source.matchAll(JS_REF)].map((m) => m[1]);
}

/**
 * References a stylesheet makes. A browser downloads only the first format it supports
 * in an @font-face `src` list, so only the first url() of each font face counts.
 */
export function cssRefs(source: string): string[] {
  const refs: string[] = [];
  const faces = source.match(FONT_FACE) ?? [];
  for (const face of faces) {
    const first = CSS_URL.exec(face);
    CSS_URL.lastIndex = 0;
    if (first) refs.push(first[1] ?? first[2] ?? first[3]);
  }
  const rest = source.replace(FONT_FACE, '');
  for (const m of rest.matchAll(CSS_URL)) refs.push(m[1] ?? m[2] ?? m[3]);
  for (const m of source.matchAll(CSS_IMPORT)) refs.push(m[1]);
  return refs.filter(Boolean);
}

/** References in an HTML document that a browser fetches while loading it (links to pages excluded). */
export function htmlRefs(html: string): { refs: string[]; inlineJs: string[]; inlineCss: string[] } {
  const { document } = parseHTML(html);
  const refs: string[] = [];
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  for (const s of document.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src) refs.push(src);
    else if (!/json|importmap/.test(s.getAttribute('type') ?? '')) inlineJs.push(s.textContent ?? '');
  }
  for (const l of document.querySelectorAll('link[href]')) {
    const rel = (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'modulepreload', 'preload', 'icon', 'manifest'].includes(r))) {
      refs.push(l.getAttribute('href') ?? '');
    }
  }
  for (const el of document.querySelectorAll('img[src], source[src], video[poster], input[type=image][src]')) {
    refs.push(el.getAttribute('src') ?? el.getAttribute('poster') ?? '');
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of (el.getAttribute('srcset') ?? '').split(',')) refs.push(part.trim().split(/\s+/)[0] ?? '');
  }
  for (const el of document.querySelectorAll('svg image[href], use[href]')) {
    const href = el.getAttribute('href') ?? '';
    if (!href.startsWith('#')) refs.push(href);
  }
  for (const s of document.querySelectorAll('style')) inlineCss.push(s.textContent ?? '');
  for (const el of document.querySelectorAll('[style]')) inlineCss.push(el.getAttribute('style') ?? '');
  return { refs: refs.filter(Boolean), inlineJs, inlineCss };
}

function emptyTotal(): KindTotal {
  return { bytes: 0, gzip: 0, files: [] };
}

/**
 * Measures one page: its HTML plus every asset reachable from it, transitively
 * (scripts' imports and workers, stylesheets' imports, fonts and images). Each asset
 * counts once per page however often it is referenced.
 */
export function measurePage(dist: string, file: string, base = '/'): PageBudget {
  const root = path.resolve(dist);
  const htmlBuf = readFileSync(path.join(root, file));
  const pageUrl = base + pagePath(file);
  const seen = new Set<string>();
  const queue: { rel: string }[] = [];
  const add = (fromUrl: string, ref: string) => {
    const rel = resolveRef(root, base, fromUrl, ref);
    if (rel === undefined || seen.has(rel) || !assetKind(rel) || assetKind(rel) === 'html') return;
    seen.add(rel);
    queue.push({ rel });
  };
  const { refs, inlineJs, inlineCss } = htmlRefs(htmlBuf.toString('utf8'));
  for (const r of refs) add(pageUrl, r);
  for (const js of inlineJs) for (const r of jsRefs(js)) add(pageUrl, r);
  for (const css of inlineCss) for (const r of cssRefs(css)) add(pageUrl, r);
  const budget: PageBudget = {
    page: pagePath(file),
    file,
    html: sizeOf(file, htmlBuf),
    js: emptyTotal(),
    css: emptyTotal(),
    font: emptyTotal(),
    image: emptyTotal(),
    data: emptyTotal(),
    transfer: 0,
  };
  budget.transfer = budget.html.gzip;
  while (queue.length > 0) {
    const { rel } = queue.shift()!;
    const kind = assetKind(rel)!;
    const buf = readFileSync(path.join(root, rel));
    const size = sizeOf(rel, buf);
    const total = budget[kind as Exclude<AssetKind, 'html'>];
    total.bytes += size.bytes;
    total.gzip += size.gzip;
    total.files.push(rel);
    budget.transfer += size.gzip;
    const assetUrl = base + rel;
    if (kind === 'js') for (const r of jsRefs(buf.toString('utf8'))) add(assetUrl, r);
    if (kind === 'css') for (const r of cssRefs(buf.toString('utf8'))) add(assetUrl, r);
  }
  for (const kind of ['js', 'css', 'font', 'image', 'data'] as const) budget[kind].files.sort();
  return budget;
}

/**
 * The base path a build was made for, read from the build itself: the prefix that, cut
 * from the root-relative references in its home page, leaves the most files that exist in
 * `dist` ("/lr/" for `<script src="/lr/_astro/a.js">` with `dist/_astro/a.js`). Undefined
 * when no reference resolves (an empty or foreign folder).
 */
export function detectBase(dist: string, page = 'index.html'): string | undefined {
  const file = path.join(dist, page);
  if (!existsSync(file)) return undefined;
  const { refs } = htmlRefs(readFileSync(file, 'utf8'));
  const votes = new Map<string, number>();
  for (const ref of refs) {
    if (!ref.startsWith('/') || ref.startsWith('//')) continue;
    const pathname = ref.split(/[?#]/)[0];
    // Try every prefix ending in "/": "/", "/lr/", "/lr/_astro/", ...
    for (let i = pathname.indexOf('/'); i >= 0; i = pathname.indexOf('/', i + 1)) {
      const prefix = pathname.slice(0, i + 1);
      let rel: string;
      try {
        rel = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        continue;
      }
      const full = path.join(dist, rel);
      if (rel && existsSync(full) && statSync(full).isFile()) votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [prefix, n] of votes) if (best === undefined || n > votes.get(best)!) best = prefix;
  return best;
}

/** Measures every page of a built site. */
export function measureSite(dist: string, base = '/'): PageBudget[] {
  return listPages(dist).map((file) => measurePage(dist, file, base));
}

/** Targets for the tutorial page (the home page) and the build, from the project brief. */
export const TARGETS = {
  /** All JavaScript a page loads, transitively, gzipped. */
  jsGzipBytes: 150 * 1024,
  /** HTML + CSS + JS + fonts + images + data. */
  transferBytes: 2 * 1024 * 1024,
  /** Wall-clock `astro build`. */
  buildSeconds: 60,
} as const;

/** Which targets a page (and optionally a build time) misses; empty when all are met. */
export function overTargets(page: PageBudget, buildSeconds?: number, factor = 1): string[] {
  const misses: string[] = [];
  if (page.js.gzip >= TARGETS.jsGzipBytes * factor) {
    misses.push(`JS ${page.js.gzip} B gzipped >= ${Math.round(TARGETS.jsGzipBytes * factor)} B`);
  }
  if (page.transfer >= TARGETS.transferBytes * factor) {
    misses.push(`transfer ${page.transfer} B >= ${Math.round(TARGETS.transferBytes * factor)} B`);
  }
  if (buildSeconds !== undefined && buildSeconds >= TARGETS.buildSeconds * factor) {
    misses.push(`build ${buildSeconds.toFixed(1)} s >= ${TARGETS.buildSeconds * factor} s`);
  }
  return misses;
}
