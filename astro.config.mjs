// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
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

/**
 * The training worker validates configs with the parameter registry but never shows a
 * parameter's label or help text (only the page's forms do; the core's error messages name
 * the path), so the worker's copy of the registry leaves those strings out: about 1 KB
 * (gzipped) less script on the tutorial page. `enforce: 'pre'` sees the TypeScript source,
 * where each is a `label: '…'` / `help: '…'` literal.
 */
function workerWithoutFormTexts() {
  return {
    name: 'worker-without-form-texts',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/core\/.*\.ts$/.test(id.split('?')[0])) return null;
      const out = code.replace(/\b(help|label):\s*'(?:[^'\\\n]|\\.)*'/g, "$1: ''");
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * d3-scale-chromatic ships as one module whose colour tables are top-level calls
 * (`var RdBu = ramp(scheme)`), which a bundler must keep in case they have side effects.
 * They have none, so each initializer is marked pure: the tables src/vendor/d3-scale-chromatic-slim.js
 * does not re-export then drop out of the page.
 */
function pureColourTables() {
  return {
    name: 'pure-colour-tables',
    /** @param {string} code @param {string} id @this {import('rollup').TransformPluginContext} */
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/d3-scale-chromatic/dist/d3-scale-chromatic.mjs')) return null;
      /** @type {{ start: number; end: number }[]} */
      const inits = [];
      for (const node of /** @type {any} */ (this.parse(code)).body) {
        if (node.type !== 'VariableDeclaration') continue;
        for (const d of node.declarations) {
          if (d.init && (d.init.type === 'CallExpression' || d.init.type === 'NewExpression')) inits.push(d.init);
        }
      }
      let out = code;
      for (const { start, end } of inits.reverse()) {
        out = out.slice(0, start) + '/*#__PURE__*/ (() => ' + out.slice(start, end) + ')()' + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

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
    plugins: [pureColourTables()],
    worker: { plugins: () => [workerWithoutFormTexts()] },
    // Plot's map projections and colour schemes the site never uses stay out of the page (see the files).
    resolve: {
      alias: [
        { find: /^d3-geo$/, replacement: fileURLToPath(new URL('./src/vendor/d3-geo-slim.js', import.meta.url)) },
        {
          find: /^d3-scale-chromatic$/,
          replacement: fileURLToPath(new URL('./src/vendor/d3-scale-chromatic-slim.js', import.meta.url)),
        },
      ],
    },
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
