/**
 * The deploy recipes and the GitHub workflow: publishing waits for the full test suite, and
 * every recipe states the build command, the output folder, BASE_PATH/SITE_URL and the
 * headers, with the policy the site ships.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/csp';
import { ROOT } from '../support/paths';

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

/** The lines of one job of a workflow file (from `  name:` to the next job). */
function job(workflow: string, name: string): string {
  const m = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n)*)`, 'm').exec(workflow);
  if (!m) throw new Error(`no job ${name}`);
  return m[1];
}

describe('.github/workflows/deploy.yml', () => {
  const workflow = read('.github/workflows/deploy.yml');

  it('runs the test suite (.ci/run, which ends with npm test) before anything is built', () => {
    expect(job(workflow, 'test')).toMatch(/run: \.ci\/run/);
    const ci = read('.ci/run')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ci.at(-1)).toBe('npm test');
    expect(job(workflow, 'build')).toMatch(/^ {4}needs: test$/m);
    expect(job(workflow, 'deploy')).toMatch(/^ {4}needs: build$/m);
  });

  it('builds with the project-page base path, or the BASE_PATH/SITE_URL repository variables for a custom domain', () => {
    const build = job(workflow, 'build');
    expect(build).toMatch(/BASE_PATH: \$\{\{ vars\.BASE_PATH \|\|/);
    expect(build).toMatch(/SITE_URL: \$\{\{ vars\.SITE_URL \|\|/);
  });
});

describe('docs/deploy.md', () => {
  const doc = read('docs/deploy.md');

  it.each([
    'GitHub Pages, project page',
    'GitHub Pages with a custom domain',
    'Netlify',
    'Cloudflare Pages',
    'Vercel',
    'Any static server',
  ])('has a recipe for %s', (host) => {
    const start = doc.indexOf(`## ${host}`);
    expect(start).toBeGreaterThan(0);
    const next = doc.indexOf('\n## ', start + 3);
    const section = doc.slice(start, next < 0 ? undefined : next);
    expect(section).toMatch(/BASE_PATH/);
    expect(section).toMatch(/header/i);
  });

  it('names the build command and the output folder, and every policy it shows is the shipped one', () => {
    expect(doc).toContain('`npm run build`');
    expect(doc).toMatch(/`dist\/?`/);
    const policies = [...doc.matchAll(/default-src[^"\n]*/g)].map((m) => m[0]);
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const p of policies) expect(p).toBe(cspHeader());
  });
});
