/**
 * `npm run budget [-- --build] [--dist DIR] [--base /path/]`: page weight of the built site.
 *
 * Reads dist/ (building it first when it is missing or when --build is passed, and then
 * timing the build), measures every page with scripts/budget/measure.ts and prints JSON.
 * The base path is read from the build (the prefix of its asset URLs); `--base` overrides
 * it, `BASE_PATH` only chooses the base of a build this script makes.
 * Exits 1 when the tutorial page (or the timed build) misses a target, or when the page
 * loads no script or stylesheet at all (a wrong base would measure zero bytes and "pass").
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectBase, measureSite, overTargets, TARGETS } from './budget/measure';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// A reader piping into `head` closes stdout early: that is a normal end, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const dist = path.resolve(ROOT, option('--dist') ?? 'dist');
const buildBase = option('--base') ?? (process.env.BASE_PATH || '/');
let buildSeconds: number | undefined;

if (process.argv.includes('--build') || !existsSync(path.join(dist, 'index.html'))) {
  const started = performance.now();
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist, BASE_PATH: buildBase },
  });
  buildSeconds = (performance.now() - started) / 1000;
}

const base = option('--base') ?? detectBase(dist) ?? buildBase;
const pages = measureSite(dist, base);
const tutorial = pages.find((p) => p.page === '');
const misses = tutorial ? overTargets(tutorial, buildSeconds) : ['no tutorial page (index.html) in ' + dist];
if (tutorial && tutorial.js.files.length + tutorial.css.files.length === 0)
  misses.push(
    `the tutorial page loads no script or stylesheet under base ${base}: wrong --base, or not a build of this site`,
  );

const report = {
  dist: path.relative(ROOT, dist) || '.',
  base,
  buildSeconds: buildSeconds === undefined ? null : Number(buildSeconds.toFixed(2)),
  targets: {
    tutorialJsGzipBytes: TARGETS.jsGzipBytes,
    tutorialTransferBytes: TARGETS.transferBytes,
    buildSeconds: TARGETS.buildSeconds,
  },
  // Sizes in bytes; "gzip" is what a host sends for text, binary assets count raw.
  pages: pages.map((p) => ({ ...p, page: base + p.page })),
  misses,
  ok: misses.length === 0,
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exitCode = report.ok ? 0 : 1;
