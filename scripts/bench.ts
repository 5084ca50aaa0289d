/**
 * Timing of the training core: one JSON line per workload, {"name","medianMs","runs"}.
 *
 *   npm run bench
 *
 * Workloads: 800-update runs of each optimizer (lr 0.01), a 3200-update momentum run,
 * a 250 x 250 loss landscape, and a 4 optimizers x 50 learning rates sweep of 100 epochs.
 * Baselines on extra lines when available: the same momentum run as a plain scalar C loop
 * (scripts/bench/sgdm.c, compiled with `cc -O2`) and as a PyTorch loop
 * (scripts/bench/torch_sgdm.py, with a python3 that has torch). Targets: an 800-update run
 * within 2.5x of C, the landscape under 50 ms, the sweep under 1 s.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, resolveConfig } from '../src/core/config';
import { makeOrbitData } from '../src/core/data';
import { lossLandscape } from '../src/core/landscape';
import { lrCurve } from '../src/core/schedulers';
import { logSpace, lrSweep } from '../src/core/sweep';
import { train } from '../src/core/train';
import type { PartialConfig, SchedulerSpec, SgdConfig, TrainConfig } from '../src/core/types';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const mins: Record<string, number> = {};

function bench(name: string, runs: number, fn: () => unknown, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  const m = median(ms);
  mins[name] = Math.min(...ms);
  // minMs alongside the median: on a shared, busy machine the minimum is the steadier figure.
  console.log(
    JSON.stringify({ name, medianMs: Number(m.toFixed(4)), runs, minMs: Number(Math.min(...ms).toFixed(4)) }),
  );
  return m;
}

function cfg(p: PartialConfig): TrainConfig {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const runs: [string, TrainConfig][] = [
  ['train-sgd-100ep', cfg({ epochs: 100 })],
  ['train-sgdm-100ep', cfg({ epochs: 100, optimizer: { momentum: 0.9 } })],
  ['train-rmsprop-100ep', cfg({ epochs: 100, optimizer: { type: 'rmsprop' } })],
  ['train-adam-100ep', cfg({ epochs: 100, optimizer: { type: 'adam' } })],
  ['train-sgdm-400ep', cfg({ epochs: 400, optimizer: { momentum: 0.9 } })],
];
const times: Record<string, number> = {};
for (const [name, c] of runs) times[name] = bench(name, name.endsWith('400ep') ? 21 : 51, () => train(c));

const data = makeOrbitData(DEFAULT_CONFIG.data, DEFAULT_CONFIG.seed);
times['landscape-250'] = bench('landscape-250', 21, () =>
  lossLandscape(data, { waMin: 0, waMax: 2.5, wbMin: 0, wbMax: 2.5, nx: 250, ny: 250 }),
);

const base = cfg({ epochs: 100 });
const sgdm: SgdConfig = { ...(base.optimizer as SgdConfig), momentum: 0.9 };
const lrs = logSpace(1e-4, 1, 50);
times['sweep-4x50'] = bench('sweep-4x50', 5, () => lrSweep(base, ['sgd', sgdm, 'rmsprop', 'adam'], lrs), 1);

// 100 000 scheduler steps of the heavier kinds (the explorer and long playground runs chart them).
const schedulerSpecs: SchedulerSpec[] = [
  { type: 'CosineAnnealingLR', tMax: 5000 },
  { type: 'OneCycleLR', maxLr: 0.5, totalSteps: 100_000 },
  { type: 'MultiStepLR', milestones: Array.from({ length: 500 }, (_, i) => 100 * (i + 1)), gamma: 0.99 },
];
const schedulerCtx = { baseLr: 0.1, baseMomentum: 0.9, stepsPerEpoch: 8, totalSteps: 100_000 };
times['schedulers-3x100k'] = bench(
  'schedulers-3x100k',
  5,
  () => schedulerSpecs.map((spec) => lrCurve(spec, schedulerCtx, 100_000)),
  1,
);

// Baselines (skipped quietly when the tool is missing).
let cMs: number | null = null;
let cMin: number | null = null;
try {
  const exe = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'sgdm');
  execFileSync('cc', ['-O2', '-o', exe, path.join(HERE, 'bench', 'sgdm.c'), '-lm'], { stdio: 'pipe' });
  const line = execFileSync(exe, ['101'], { encoding: 'utf8' }).trim();
  console.log(line);
  const c = JSON.parse(line) as { medianMs: number; minMs: number };
  cMs = c.medianMs;
  cMin = c.minMs;
} catch {
  console.log(JSON.stringify({ name: 'c-sgdm-100ep', skipped: 'no C compiler' }));
}
const torchScript = path.join(HERE, 'bench', 'torch_sgdm.py');
const pythons = ['python3', '/usr/bin/python3'];
let torchLine: string | null = null;
for (const py of pythons) {
  const r = spawnSync(py, [torchScript, '5'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim().startsWith('{')) {
    torchLine = r.stdout.trim();
    break;
  }
}
console.log(torchLine ?? JSON.stringify({ name: 'torch-sgdm-100ep', skipped: 'no python3 with torch' }));

const ratio = cMs ? times['train-sgdm-100ep'] / cMs : null;
const ratioMin = cMin ? mins['train-sgdm-100ep'] / cMin : null;
console.log(
  JSON.stringify({
    name: 'summary',
    sgdmVsC: ratio === null ? null : Number(ratio.toFixed(2)),
    sgdmVsCMin: ratioMin === null ? null : Number(ratioMin.toFixed(2)),
    targets: {
      'train-sgdm-100ep within 2.5x of C (medians)': ratio === null ? null : ratio <= 2.5,
      'train-sgdm-100ep within 2.5x of C (minimums)': ratioMin === null ? null : ratioMin <= 2.5,
      'landscape-250 under 50 ms': times['landscape-250'] < 50,
      'sweep-4x50 under 1 s': times['sweep-4x50'] < 1000,
    },
  }),
);
