/**
 * Exported PyTorch scripts reproduce the core's runs. Where Debian's python3-torch is
 * installed, every script of configs.ts is run (all in one Python process) and its
 * printed trace compared with the core's over the first 200 updates to 1e-8 relative.
 * The compared traces are committed (fixtures/<name>.json, with the SHA-256 of the
 * script that printed them), so without torch the test still checks that the scripts
 * are the ones that were run and that the core still matches their traces.
 *
 * After changing the emitter, regenerate with torch installed:
 *   UPDATE_PYTORCH_FIXTURES=1 npx vitest run --project unit test/core/pytorch
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pytorchScript } from '../../../src/core/pytorch';
import { train } from '../../../src/core/train';
import type { Trace } from '../../../src/core/types';
import { ROOT } from '../../support/paths';
import { CONFIGS } from './configs';

const DIR = path.join(ROOT, 'test/core/pytorch');
const FIXTURES = path.join(DIR, 'fixtures');
/** The Python with torch (PYTORCH_PYTHON=/nonexistent checks the path taken on machines without it). */
const PYTHON = process.env.PYTORCH_PYTHON ?? '/usr/bin/python3';
const COMPARED = 200;
const COLUMNS = ['loss', 'wa', 'wb', 'dwa', 'dwb', 'lr'] as const;
type Column = (typeof COLUMNS)[number];

/** What a script prints (the subset of the CLI's JSON the comparison reads). */
interface Printed {
  /** Updates the run took (the stored fixtures keep only the first 200 rows). */
  length?: number;
  updates: Record<Column, (number | null)[]> & { allMasked: number[] };
  final: { wa: number; wb: number };
  diverged: { update: number; reason: string } | null;
}
interface Fixture extends Omit<Printed, 'updates'> {
  updates: Omit<Printed['updates'], 'dwa' | 'dwb'>;
  name: string;
  torch: string;
  sha256: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const scripts = CONFIGS.map(([name, config]) => ({ name, config, script: pytorchScript(config) }));

function torchAvailable(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
}

/** Runs every script in one Python process; name -> printed JSON. */
function runAll(): { torch: string; runs: Record<string, Printed | { error: string }> } {
  const jobs = JSON.stringify(scripts.map(({ name, script }) => ({ name, script })));
  const r = spawnSync(PYTHON, [path.join(DIR, 'run_scripts.py')], {
    input: jobs,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`run_scripts.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { torch: string; runs: Record<string, Printed | { error: string }> };
}

/** Largest relative difference per column over the first 200 updates (|x| floor per column). */
function compare(t: Trace, p: Printed | Fixture): Record<Column, number> & { rows: string | null } {
  const floor: Record<Column, number> = { loss: 1e-12, wa: 1e-12, wb: 1e-12, dwa: 1e-8, dwb: 1e-8, lr: 1e-15 };
  const worst = { loss: 0, wa: 0, wb: 0, dwa: 0, dwb: 0, lr: 0, rows: null as string | null };
  const length = p.length ?? p.updates.wa.length;
  if (length !== t.length) worst.rows = `torch ${length} updates, core ${t.length}`;
  const n = Math.min(COMPARED, t.length, p.updates.wa.length);
  for (const col of COLUMNS) {
    const column = (p.updates as Partial<Record<Column, (number | null)[]>>)[col];
    if (column === undefined) continue;
    for (let i = 0; i < n; i++) {
      const want = column[i];
      const got = t[col][i];
      if (want === null) {
        if (got === got) worst[col] = Infinity;
        continue;
      }
      worst[col] = Math.max(worst[col], Math.abs(got - want) / Math.max(Math.abs(want), floor[col]));
    }
  }
  for (let i = 0; i < n; i++)
    if (p.updates.allMasked[i] !== t.allMasked[i]) worst.rows = `allMasked differs at ${i + 1}`;
  return worst;
}

const fixturePath = (name: string): string => path.join(FIXTURES, `${name}.json`);
const readFixture = (name: string): Fixture | null =>
  existsSync(fixturePath(name)) ? (JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Fixture) : null;

/**
 * Keeps the first 200 rows of the loss, the parameters and the rate, at 12 significant
 * digits (the comparison is at 1e-8; this keeps the folder near half a megabyte). The
 * gradients are compared only in the live run.
 */
function store(name: string, torch: string, script: string, p: Printed): void {
  const cut = (a: (number | null)[]): (number | null)[] =>
    a.slice(0, COMPARED).map((v) => (v === null ? null : Number(v.toPrecision(12))));
  const u = p.updates;
  const fx: Fixture = {
    name,
    torch,
    sha256: sha(script),
    length: p.updates.wa.length,
    updates: {
      loss: cut(u.loss),
      wa: cut(u.wa),
      wb: cut(u.wb),
      lr: cut(u.lr),
      allMasked: u.allMasked.slice(0, COMPARED),
    },
    final: p.final,
    diverged: p.diverged,
  };
  writeFileSync(fixturePath(name), `${JSON.stringify(fx)}\n`);
}

/** 1e-8 relative over the first 200 updates for the loss, the parameters, the rate and the gradients. */
function expectMatch(name: string, w: ReturnType<typeof compare>): void {
  expect(w.rows, name).toBeNull();
  for (const col of COLUMNS) expect(w[col], `${name} ${col}`).toBeLessThanOrEqual(1e-8);
}

const HAS_TORCH = torchAvailable();

describe('exported PyTorch scripts', () => {
  it('cover every optimizer, every scheduler type, both step modes, the recipes and the LR finder', () => {
    const types = new Set(scripts.flatMap(({ config: c }) => (c.scheduler ? [c.scheduler.type] : [])));
    for (const t of [
      'StepLR',
      'MultiStepLR',
      'MultiplicativeLR',
      'LambdaLR',
      'ExponentialLR',
      'ConstantLR',
      'LinearLR',
    ])
      expect(types).toContain(t);
    for (const t of ['PolynomialLR', 'CosineAnnealingLR', 'CosineAnnealingWarmRestarts', 'CyclicLR', 'OneCycleLR'])
      expect(types).toContain(t);
    for (const t of ['ReduceLROnPlateau', 'SequentialLR', 'ChainedScheduler']) expect(types).toContain(t);
    expect(new Set(scripts.map(({ config: c }) => c.optimizer.type))).toEqual(
      new Set(['sgd', 'rmsprop', 'adam', 'adamw']),
    );
    expect(scripts.some(({ config: c }) => c.schedulerStep === 'epoch')).toBe(true);
    expect(scripts.length).toBeGreaterThanOrEqual(50);
  });

  it('write PyTorch class and argument names and the rules as Python lambdas', () => {
    const text = (n: string): string => scripts.find((s) => s.name === n)?.script ?? '';
    expect(text('cosineannealingwarmrestarts')).toContain(
      'lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=24, T_mult=2, eta_min=0.001)',
    );
    expect(text('multiplicativelr-range')).toContain(
      'lr_lambda=lambda t: 0.8 if 6 <= t <= 24 and (t - 6) % 2 == 0 else 1.0',
    );
    expect(text('lambdalr-at')).toContain('lr_lambda=lambda t: 0.5 ** sum(1 for m in (40,) if m <= t)');
    expect(text('adam-betas-eps')).toContain(
      'torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.8, 0.99), eps=1e-06, weight_decay=0.0, amsgrad=False, foreach=False)',
    );
    expect(text('reducelronplateau')).toContain(
      'scheduler.step(sum(epoch_losses) / len(epoch_losses) if epoch_losses else math.nan)',
    );
  });

  it.skipIf(!HAS_TORCH)(
    "run with python3-torch and print the core's trace to 1e-8 over the first 200 updates",
    () => {
      const { torch, runs } = runAll();
      const update = process.env.UPDATE_PYTORCH_FIXTURES === '1';
      let worst = 0;
      const failures: string[] = [];
      for (const { name, config, script } of scripts) {
        const printed = runs[name];
        if ('error' in printed) {
          failures.push(`${name}: ${printed.error}`);
          continue;
        }
        const t = train(config);
        const w = compare(t, printed);
        const bad: string[] = COLUMNS.filter((c) => !(w[c] <= 1e-8));
        if (JSON.stringify(t.diverged) !== JSON.stringify(printed.diverged)) bad.push('diverged');
        for (const k of ['wa', 'wb'] as const)
          if (!(Math.abs(t.final[k] - printed.final[k]) <= 1e-8 * Math.abs(printed.final[k]))) bad.push(`final ${k}`);
        if (w.rows !== null || bad.length > 0)
          failures.push(
            `${name}: ${w.rows ?? ''} ${bad.join(', ')} ${COLUMNS.map((c) => `${c} ${w[c].toExponential(2)}`).join(', ')}`,
          );
        for (const c of COLUMNS) worst = Math.max(worst, w[c]);
        if (update) store(name, torch, script, printed);
      }
      expect(failures).toEqual([]);
      console.log(
        `pytorch scripts: ${scripts.length} configs run with torch ${torch}, worst relative difference ${worst.toExponential(2)}`,
      );
    },
    // 55 torch runs in one Python process: ~40 s alone, over the 60 s default beside other CPU-heavy jobs.
    240_000,
  );

  it('are the scripts whose torch traces are committed, and the core matches those traces', () => {
    for (const { name, config, script } of scripts) {
      const fx = readFixture(name);
      expect(fx, `${name}: no fixture; run UPDATE_PYTORCH_FIXTURES=1 with torch installed`).not.toBeNull();
      if (fx === null) continue;
      expect(
        fx.sha256,
        `${name}: the script changed since its trace was recorded; regenerate (see the top of this file)`,
      ).toBe(sha(script));
      const t = train(config);
      expectMatch(name, compare(t, fx));
      expect(t.diverged, name).toEqual(fx.diverged);
      for (const k of ['wa', 'wb'] as const)
        expect(Math.abs(t.final[k] - fx.final[k]), `${name} final ${k}`).toBeLessThanOrEqual(
          1e-8 * Math.abs(fx.final[k]),
        );
    }
  });
});
