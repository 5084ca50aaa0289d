/**
 * Writes the files crawlers look for after the pages are built: `robots.txt` (always) and,
 * when the build knows its public origin (SITE_URL), `sitemap.xml` listing every page but
 * the 404 page. Both live under the base path, like every other file of the build. Also
 * tells the pages whether they are being built (`__CSP_META__`, see src/lib/csp.ts).
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Absolute URL of a built page, from the site origin, the base and the page's pathname. */
export function pageUrl(site: URL, base: string, pathname: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(root + pathname.replace(/^\/+/, ''), site).href;
}

/** The sitemap XML for these absolute page URLs. */
export function sitemapXml(urls: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = urls.map((u) => `  <url><loc>${esc(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL when there is one. */
export function robotsTxt(sitemap?: string): string {
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;
}

/** The integration (add it to astro.config.mjs `integrations`). */
export function siteFiles(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'site-files',
    hooks: {
      // The Content-Security-Policy meta tag is for built pages only: the dev server injects
      // inline scripts and a websocket. (import.meta.env.PROD cannot tell: it follows
      // NODE_ENV, which a test runner sets to "test" for a real build.)
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __CSP_META__: JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        let sitemap: string | undefined;
        if (site) {
          const urls = pages
            .map((p) => p.pathname)
            .filter((p) => !/^404\/?$/.test(p))
            .sort()
            .map((p) => pageUrl(site!, base, p));
          writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
          sitemap = pageUrl(site, base, 'sitemap.xml');
        }
        writeFileSync(new URL('robots.txt', dir), robotsTxt(sitemap));
      },
    },
  };
}
