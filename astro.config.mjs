// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { remarkHeadingId } from './src/plugins/remark-heading-id.ts';
import { rehypeEquationIds } from './src/plugins/rehype-equation-ids.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeBaseLinks } from './src/plugins/rehype-base-links.ts';
import { siteFiles } from './src/integrations/site-files.ts';

// Astro lets process.env override import.meta.env built-ins. A parent process such as
// Vitest exports BASE_URL=/ (and MODE, DEV, PROD, SSR), which would silently turn a
// sub-path build's links into root links. The built-ins must come from this config only.
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[key];

// SITE_URL and BASE_PATH let the same build serve a domain root or a sub-path. Without
// SITE_URL the build has no public origin: no canonical link, absolute card URLs or sitemap.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || 'dist',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), siteFiles()],
  // Every script and stylesheet becomes its own file, so a strict Content-Security-Policy
  // ("script-src 'self'") needs no hashes for anything the site itself ships.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // terser with two passes ships about 4 KB (gzipped) less script than esbuild's
      // minifier on the tutorial page; it never reorders floating-point arithmetic.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  },
  markdown: {
    remarkPlugins: [remarkMath, remarkHeadingId],
    // KaTeX renders at build time; the browser receives HTML + MathML and only CSS.
    rehypePlugins: [
      [rehypeKatex, { strict: 'error', throwOnError: true }],
      rehypeEquationIds,
      rehypeHeadingLinks,
      [rehypeBaseLinks, { base }],
    ],
    shikiConfig: {
      // Two themes, switched by CSS custom properties (see src/styles/code.css).
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: false,
    },
  },
});
