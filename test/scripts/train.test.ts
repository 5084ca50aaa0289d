import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'train.ts');

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/train.ts (npm run train)', () => {
  it('prints the run as JSON with config, columns, final point and divergence', () => {
    const r = cli('--config', '{"epochs":1,"optimizer":{"type":"adam"}}');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.config.optimizer).toMatchObject({ type: 'adam', betas: [0.9, 0.999] });
    expect(j.updates.loss).toHaveLength(8);
    for (const col of ['epoch', 'minibatch', 'loss', 'wa', 'wb', 'dwa', 'dwb', 'lr', 'stepSize'])
      expect(j.updates).toHaveProperty(col);
    expect(j.updates.wa[0]).toBe(0.10000000149011612);
    expect(j.final).toHaveProperty('wa');
    expect(j.diverged).toBeNull();
  });

  it('reads a config file and writes the original log format to --out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'train-cli-'));
    const cfg = path.join(dir, 'run.json');
    const out = path.join(dir, 'run.log');
    writeFileSync(cfg, JSON.stringify({ epochs: 1, optimizer: { momentum: 0.9 } }));
    const r = cli('--config', cfg, '--format', 'log', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[1]).toBe('nsamples=512, batch_size=64, epoch=1, lr=0.01');
    expect(lines[3]).toMatch(/^updates=1, Epoch=0, minibatch=0, loss=0\.26047, Wa=0\.1000, Wb=1\.8000, /);
  });

  it('writes CSV with a header and one row per update', () => {
    const r = cli('--config', '{"epochs":2}', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].startsWith('update,epoch,minibatch,loss,wa,wb')).toBe(true);
    expect(lines).toHaveLength(17);
  });

  it.each([
    [['--config', '{"optimizer":{"lr":-1}}'], /optimizer\.lr must be a number in \(0, 10\]; got -1/],
    [['--config', '{not json'], /not valid JSON/],
    [['--config', '/no/such/file.json'], /cannot read config file/],
    [['--format', 'xml'], /--format must be one of json, csv, log/],
    [['--frobnicate'], /unknown argument/],
    [['--config'], /--config needs a value/],
  ])('bad input %j: message on stderr, exit code 2, nothing on stdout', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('reports a divergence on stderr but still writes the run (exit 0)', () => {
    const r = cli('--config', '{"epochs":50,"optimizer":{"lr":10,"momentum":0.99}}');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^diverged at update \d+: /);
    expect(JSON.parse(r.stdout).diverged.reason).toMatch(/became/);
  });
});

describe('scripts/train.ts in a pipeline', () => {
  it('ends quietly with exit 0 when the reader closes the pipe early (… | head)', () => {
    const r = spawnSync('sh', ['-c', `"${TSX}" "${SCRIPT}" --config '{"epochs":400}' --format csv | head -n 2`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
