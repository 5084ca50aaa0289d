import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST_ROOT, DIST_SUB, ROOT, SUB_BASE } from './paths';

/**
 * Vitest global setup of the "site" project: builds the site twice, at the root and
 * under SUB_BASE, so every site test reads a fresh dist/. Set REUSE_BUILD=1 to keep
 * existing builds while iterating on tests (never in CI).
 */
export default function setup(): void {
  const reuse = process.env.REUSE_BUILD === '1' && !process.env.CI;
  const astro = path.join(ROOT, 'node_modules', '.bin', 'astro');
  const build = (outDir: string, base: string) => {
    if (reuse && existsSync(path.join(outDir, 'index.html'))) return;
    execFileSync(astro, ['build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir, SITE_URL: 'https://example.org' },
    });
  };
  build(DIST_ROOT, '/');
  build(DIST_SUB, SUB_BASE);
}
