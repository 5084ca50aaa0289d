/**
 * The command line with hostile files and input: --out is written all or nothing, never
 * over its own config; standard input, inline non-objects, byte-order marks and huge keys
 * each get a short, exact answer. Most cases call the CLI's helpers in-process; a few spawn
 * the script to prove the wiring (each spawn costs about two seconds of tsx start-up).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { configSource, cut, describeErrors, readConfig, sameFile, writeAtomic } from '../../scripts/train/io';
import { ROOT } from '../support/paths';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'train.ts');

function cli(args: string[], input?: string) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'train-files-'));

/** The message the CLI prints for an input, in-process. */
function messages(input: unknown): string {
  const r = resolveConfig(input);
  if (r.ok) throw new Error('expected an invalid config');
  return describeErrors(r.errors);
}

describe('--out is written all or nothing', () => {
  it('a write that fails half-way (file-size limit) leaves the old file intact and no temporary file', () => {
    const dir = tmp();
    const out = path.join(dir, 'run.json');
    writeFileSync(out, 'precious');
    // 64 blocks of 512 bytes (dash) or 1 KiB (bash) is far less than the ~450 KB of JSON; Node
    // ignores SIGXFSZ, so the write fails with EFBIG instead of killing the process.
    const r = spawnSync('sh', ['-c', `ulimit -f 64; exec "${TSX}" "${SCRIPT}" --out "${out}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cannot write ".*run\.json": .*(EFBIG|too large)/i);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['run.json']);
  });

  it('a successful write replaces the file whole, keeps its permissions and leaves nothing else', () => {
    const dir = tmp();
    const out = path.join(dir, 'run.csv');
    writeFileSync(out, 'old', { mode: 0o640 });
    writeAtomic(out, 'new contents\n');
    expect(readFileSync(out, 'utf8')).toBe('new contents\n');
    expect(readdirSync(dir)).toEqual(['run.csv']);
    writeAtomic(path.join(dir, 'fresh.csv'), 'x');
    expect(readdirSync(dir).sort()).toEqual(['fresh.csv', 'run.csv']);
  });

  it('a write into a missing folder fails and creates nothing', () => {
    const dir = tmp();
    expect(() => writeAtomic(path.join(dir, 'no', 'run.csv'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses --out naming the config file (also through a symbolic link) and leaves it alone', () => {
    const dir = tmp();
    const cfg = path.join(dir, 'cfg.json');
    writeFileSync(cfg, '{"epochs":1}');
    symlinkSync(cfg, path.join(dir, 'link.json'));
    expect(sameFile(cfg, path.join(dir, '.', 'cfg.json'))).toBe(true);
    expect(sameFile(cfg, path.join(dir, 'link.json'))).toBe(true);
    expect(sameFile(cfg, path.join(dir, 'other.json'))).toBe(false);
    const r = cli(['--config', cfg, '--out', path.join(dir, 'link.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the config file itself; refusing to overwrite it/);
    expect(readFileSync(cfg, 'utf8')).toBe('{"epochs":1}');
  });
});

describe('where the config comes from', () => {
  it('--config - reads standard input, a byte-order mark included', () => {
    const r = cli(['--config', '-', '--format', 'csv'], '\uFEFF{"epochs":1,"optimizer":{"type":"adam"}}');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(9);
  });

  it('--config - with invalid JSON on standard input names standard input', () => {
    const r = cli(['--config', '-'], '{oops');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^config \(standard input\) is not valid JSON/);
  });

  it.each([
    ['[]', 'config must be an object; got an array'],
    ['null', 'config must be an object; got null'],
    [' 42', 'config must be an object; got 42'],
    ['"adam"', 'config must be an object; got "adam"'],
  ])('inline %j is read as JSON, not as a file name', async (inline, message) => {
    const source = configSource(inline);
    expect(source.kind).toBe('inline');
    const read = await readConfig(source);
    if (!read.ok) throw new Error(read.error);
    expect(messages(read.value)).toBe(message);
  });

  it('anything else names a file; "-" is standard input; no --config is the default run', () => {
    expect(configSource('runs/adam.json')).toEqual({ kind: 'file', file: 'runs/adam.json' });
    expect(configSource('nullish.json')).toEqual({ kind: 'file', file: 'nullish.json' });
    expect(configSource('-')).toEqual({ kind: 'stdin' });
    expect(configSource(null)).toEqual({ kind: 'none' });
  });

  it('a byte-order mark before the JSON is tolerated in a file and inline', async () => {
    const dir = tmp();
    const cfg = path.join(dir, 'bom.json');
    writeFileSync(cfg, '\uFEFF{"epochs":1}');
    expect(await readConfig(configSource(cfg))).toEqual({ ok: true, value: { epochs: 1 } });
    expect(await readConfig(configSource('\uFEFF{"epochs":1}'))).toEqual({ ok: true, value: { epochs: 1 } });
  });
});

describe('messages stay short whatever the input', () => {
  it('a 1 MB unknown key is cut, with its length', () => {
    const key = 'k'.repeat(1 << 20);
    const r = cli(['--config', '-'], JSON.stringify({ [key]: 1 }));
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stderr).toContain(`${'k'.repeat(60)}… (${1 << 20} characters) is not an option of a training config`);
  });

  it('thousands of unknown keys give the first twenty and a count', () => {
    const cfg = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, i]));
    const lines = messages(cfg).split('\n');
    expect(lines).toHaveLength(20 + 1);
    expect(lines.at(-1)).toBe('… and 4980 more problems');
  });

  it('a long value, a nested long key and control characters in a key are cut or escaped', () => {
    const text = messages({ optimizer: { type: 'x'.repeat(10_000), ['y'.repeat(10_000)]: 1 }, 'a\nb': 1 });
    expect(text.length).toBeLessThan(600);
    expect(text).toContain('a\\nb is not an option');
    expect(text).toContain(`optimizer.${'y'.repeat(60)}… (10000 characters) is not an option`);
    expect(cut('short')).toBe('short');
  });

  it('a long file name is cut in "cannot read" messages', async () => {
    const read = await readConfig(configSource(`/no/${'d'.repeat(5000)}.json`));
    if (read.ok) throw new Error('expected a failure');
    expect(read.error.length).toBeLessThan(500);
    expect(read.error).toMatch(/^cannot read config file "\/no\/d+… \(5009 characters\)"/);
  });
});
