/**
 * Every shell command in README.md and CONTRIBUTING.md works as written on a fresh clone.
 * Each one is checked against the repository (the npm scripts, binaries, files and
 * folders it names exist); the fast ones, the command-line examples, are run, in a scratch
 * folder that links to the repository, so files they write land there. A trailing comment
 * "exits N" states the exit status a command is meant to have (the invalid example).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const DOCS = ['README.md', 'CONTRIBUTING.md'];

export interface DocCommand {
  doc: string;
  /** The command line, comment removed. */
  command: string;
  /** Expected exit status (0 unless the comment says "exits N"). */
  status: number;
}

/** The commands of every ```sh block of a Markdown text, one per line, comments removed. */
export function shellCommands(doc: string, text: string): DocCommand[] {
  const out: DocCommand[] = [];
  for (const block of text.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) {
      const hash = line.search(/(^|\s)#/);
      const command = (hash >= 0 ? line.slice(0, hash) : line).trim();
      if (!command) continue;
      const status = /exits (\d+)/.exec(hash >= 0 ? line.slice(hash) : '')?.[1];
      out.push({ doc, command, status: status ? Number(status) : 0 });
    }
  }
  return out;
}

const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
/** Programs a command may call besides npm and npx (all in Debian's base system or the CI image). */
const SYSTEM = new Set([
  'cd',
  'echo',
  'head',
  'tail',
  'wc',
  'cat',
  'ls',
  'git',
  'python3',
  'sh',
  'rm',
  'diff',
  'mkdir',
  'apt-get',
]);
/** npm commands that are not `run`: built in, or scripts with a shorthand. */
const NPM_BUILTIN = new Set(['ci', 'install', 'test', 'start']);

/** Problems with one segment of a command (between &&, | and ;); empty when it checks out. */
function checkSegment(segment: string): string[] {
  const words = segment.trim().split(/\s+/);
  while (words.length && /^[A-Z_]+=/.test(words[0])) words.shift(); // VAR=value prefixes
  const [program, ...args] = words;
  const problems: string[] = [];
  if (program === 'npm') {
    const rest = args.filter((a) => a !== '-s' && a !== '--silent');
    if (rest[0] === 'run') {
      if (!scripts[rest[1]]) problems.push(`no npm script "${rest[1]}"`);
    } else if (!NPM_BUILTIN.has(rest[0])) problems.push(`npm ${rest[0]} is not an npm command the docs should use`);
    if (NPM_BUILTIN.has(rest[0]) && rest[0] !== 'ci' && rest[0] !== 'install' && !scripts[rest[0]])
      problems.push(`no npm script "${rest[0]}"`);
  } else if (program === 'npx') {
    if (!existsSync(path.join(ROOT, 'node_modules', '.bin', args[0]))) problems.push(`npx ${args[0]}: not installed`);
  } else if (program.startsWith('./') || program.startsWith('.ci/') || program.startsWith('scripts/')) {
    if (!existsSync(path.join(ROOT, program))) problems.push(`${program} does not exist`);
  } else if (!SYSTEM.has(program)) problems.push(`unexpected program "${program}"`);
  // Every argument that names a file of the repository must exist (outputs are named after --out).
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^['"]|['"]$/g, '');
    if (words[i - 1] === '--out' || w.startsWith('-') || w.includes('=') || /^[a-z]+:\/\//.test(w)) continue;
    if (/^(src|test|scripts|examples|docs|content|public|\.ci|\.github)\//.test(w) && !existsSync(path.join(ROOT, w)))
      problems.push(`${w} does not exist`);
  }
  return problems;
}

/** Segments of a command line. */
const segments = (command: string) => command.split(/&&|\|\||[|;]/).filter((s) => s.trim());

/** Fast to run: the command line examples. */
const isFast = (command: string) =>
  segments(command).every((s) =>
    /^\s*(npm run -s train\b|npx tsx scripts\/train\.ts\b|echo\b|head\b|tail\b|wc\b)/.test(s),
  );

const all = DOCS.flatMap((doc) => shellCommands(doc, readFileSync(path.join(ROOT, doc), 'utf8')));

let scratch: string | undefined;
/** A folder whose entries link to the repository's, for commands that write files. */
function scratchDir(): string {
  if (!scratch) {
    scratch = mkdtempSync(path.join(tmpdir(), 'doc-commands-'));
    for (const name of ['package.json', 'node_modules', 'scripts', 'src', 'examples', 'tsconfig.json'])
      symlinkSync(path.join(ROOT, name), path.join(scratch, name));
  }
  return scratch;
}
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('commands in README.md and CONTRIBUTING.md', () => {
  it('both documents have shell commands, and some are run here', () => {
    for (const doc of DOCS) expect(all.filter((c) => c.doc === doc).length, doc).toBeGreaterThan(3);
    expect(all.filter((c) => isFast(c.command)).length).toBeGreaterThanOrEqual(4);
  });

  it.each(all.map((c) => [c.doc, c.command] as const))(
    '%s: %s names only scripts and files that exist',
    (_d, command) => {
      expect(segments(command).flatMap(checkSegment)).toEqual([]);
    },
  );

  it.each(all.filter((c) => isFast(c.command)).map((c) => [c.doc, c.command, c.status] as const))(
    '%s: `%s` runs (exit %i)',
    (_d, command, status) => {
      const r = spawnSync('sh', ['-c', command], { cwd: scratchDir(), encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.status, r.stderr).toBe(status);
      if (status !== 0) {
        expect(r.stderr).not.toBe('');
        return;
      }
      expect(r.stderr).toBe('');
      // Output goes to stdout, or to the file named after `>` or `--out`.
      const out = /(?:>|--out)\s+(\S+)/.exec(command)?.[1];
      if (out) expect(readFileSync(path.join(scratchDir(), out), 'utf8').length).toBeGreaterThan(0);
      else expect(r.stdout.length).toBeGreaterThan(0);
    },
  );
});
