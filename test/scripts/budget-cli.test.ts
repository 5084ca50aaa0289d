/**
 * `npm run budget` on a build made for a sub-path measures the real bytes without being
 * told the base, and fails loudly when the page it measures loads nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'budget-cli-'));
  dirs.push(dist);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), text);
  }
  return dist;
}

function budget(dist: string, env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts', 'budget.ts'), '--dist', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', ...env },
  });
  return {
    code: r.status,
    report: JSON.parse(r.stdout) as { base: string; ok: boolean; misses: string[]; pages: { js: { gzip: number } }[] },
  };
}

describe('npm run budget', () => {
  it('finds the base path of a sub-path build by itself and measures its scripts', () => {
    const dist = site({
      'index.html':
        '<link rel="stylesheet" href="/lr/_astro/s.css"><script type="module" src="/lr/_astro/a.js"></script>',
      '_astro/a.js': 'export const a = "x".repeat(100);',
      '_astro/s.css': 'p { color: red }',
    });
    const r = budget(dist);
    expect(r.code).toBe(0);
    expect(r.report.base).toBe('/lr/');
    expect(r.report.pages[0].js.gzip).toBeGreaterThan(0);
  });

  it('fails when the tutorial page loads no script or stylesheet (it would otherwise "pass" with 0 bytes)', () => {
    const dist = site({ 'index.html': '<p>no assets</p>' });
    const r = budget(dist);
    expect(r.code).toBe(1);
    expect(r.report.ok).toBe(false);
    expect(r.report.misses.join('\n')).toMatch(/loads no script or stylesheet under base \//);
  });

  it('ends quietly when the reader closes the pipe early (… | head)', () => {
    // 400 pages: a report far larger than a pipe's buffer, so the writer sees the closed pipe.
    const pages = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`p${i}/index.html`, '<script type="module" src="/_astro/a.js"></script>']),
    );
    const dist = site({ ...pages, 'index.html': pages['p0/index.html'], '_astro/a.js': 'export {};' });
    const r = spawnSync(
      'sh',
      ['-c', `"${TSX}" "${path.join(ROOT, 'scripts', 'budget.ts')}" --dist "${dist}" | head -n 1`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
