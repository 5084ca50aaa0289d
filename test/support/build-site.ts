import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_ROOT, DIST_SUB, ROOT, SUB_BASE } from './paths';

/**
 * One `astro build` into `outDir` for `base`, through Astro's own build API so that each
 * build gets its own cache directory (the content layer's data store lives there, and two
 * builds at once must not read each other's half-written file). Resolves with the CPU
 * seconds (user + system) of the build's process tree, which bash's `times` reports: on
 * an idle machine about the wall time of this mostly single-threaded build, and unlike
 * wall time not doubled by the other build running beside it.
 */
function astroBuild(outDir: string, base: string, cacheDir: string): Promise<number> {
  // A module file, not `node -e`: Vite's worker plugin needs a real module scope.
  const runner = path.join(ROOT, 'node_modules', '.cache', 'site-build.mjs');
  mkdirSync(path.dirname(runner), { recursive: true });
  writeFileSync(
    runner,
    "import { build } from 'astro';\nawait build({ root: process.env.ASTRO_ROOT, cacheDir: process.env.ASTRO_CACHE_DIR });\n",
  );
  return new Promise((resolve, reject) => {
    let report = '';
    const child = spawn('bash', ['-c', '"$0" "$1" >/dev/null && times', process.execPath, runner], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BASE_PATH: base,
        OUT_DIR: outDir,
        SITE_URL: 'https://example.org',
        ASTRO_ROOT: ROOT,
        ASTRO_CACHE_DIR: cacheDir,
      },
    });
    child.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`astro build (base ${base}) exited with ${code}`));
      // `times` prints the shell's user and system time, then its children's.
      const children = report.trim().split('\n').at(-1) ?? '';
      resolve([...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((t, m) => t + Number(m[1]) * 60 + Number(m[2]), 0));
    });
  });
}

/**
 * Vitest global setup of the "site" project: builds the site twice, at the root and
 * under SUB_BASE, so every site test reads a fresh dist/. The two builds run at the same
 * time: a build keeps about one core busy, and the machine has two. Set REUSE_BUILD=1 to
 * keep existing builds while iterating on tests (never in CI).
 */
export default async function setup(project: TestProject): Promise<void> {
  const reuse = process.env.REUSE_BUILD === '1' && !process.env.CI;
  const build = (outDir: string, base: string, cacheDir: string) =>
    reuse && existsSync(path.join(outDir, 'index.html')) ? Promise.resolve(null) : astroBuild(outDir, base, cacheDir);
  const cache = path.join(ROOT, 'node_modules');
  const [root] = await Promise.all([
    build(DIST_ROOT, '/', path.join(cache, '.astro')),
    build(DIST_SUB, SUB_BASE, path.join(cache, '.astro-sub-path')),
  ]);
  // The budget test judges the root build's CPU time instead of timing a build of its own.
  if (root !== null) project.provide('buildSeconds', root);
}
