import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST_ROOT, DIST_SUB, ROOT, SUB_BASE } from './paths';

/**
 * Vitest global setup of the "site" project: builds the site twice, at the root and
 * under SUB_BASE, so every site test reads a fresh dist/. Set REUSE_BUILD=1 to keep
 * existing builds while iterating on tests (never in CI).
 */
export default function setup(project: TestProject): void {
  const reuse = process.env.REUSE_BUILD === '1' && !process.env.CI;
  const astro = path.join(ROOT, 'node_modules', '.bin', 'astro');
  const build = (outDir: string, base: string) => {
    if (reuse && existsSync(path.join(outDir, 'index.html'))) return false;
    execFileSync(astro, ['build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir, SITE_URL: 'https://example.org' },
    });
    return true;
  };
  const t0 = performance.now();
  // The budget test reads the root build's wall time (nothing else runs yet) instead of timing a build of its own.
  if (build(DIST_ROOT, '/')) project.provide('buildSeconds', (performance.now() - t0) / 1000);
  build(DIST_SUB, SUB_BASE);
}
