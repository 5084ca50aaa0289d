import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

/** The shell commands of the README's first code block, comments stripped. */
function firstCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

describe('README and CI agree', () => {
  it('the README opens with the two newcomer commands: install and run the site, install and test', () => {
    const lines = read('README.md').split('\n');
    expect(lines.findIndex((l) => l.startsWith('```sh'))).toBeLessThan(5);
    expect(firstCommands()).toEqual(['npm ci && npm run dev', 'npm ci && npm test']);
  });

  it('the scripts those commands name exist', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts.dev).toBeTruthy();
    expect(scripts.test).toBeTruthy();
  });

  it('CI installs from the lock and runs the README test command', () => {
    const ci = read('.ci/run')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ci.some((l) => /^npm ci\b/.test(l))).toBe(true);
    expect(ci.at(-1)).toBe('npm test');
  });
});
