/**
 * The work the worker does, as plain functions over chunks: each yields between
 * chunks so the caller can report progress and abandon superseded requests. Kept out of
 * worker.ts so node tests (and the no-Worker fallback) can run them directly.
 */
import { createRun, fullLoss, lossLandscape, resolveConfig, updatesPerEpoch } from '../core';
import type { ConfigError, Landscape, Trace, TrainConfig } from '../core/types';
import type { Job, LandscapeGrid } from './protocol';
import { mergeConfig } from './url-state';

/** Updates per chunk: small enough to answer a cancel within a few milliseconds. */
export const CHUNK_UPDATES = 4000;

export interface TrainResult {
  kind: 'train';
  /** One entry per requested config: its trace, or why it was refused. */
  runs: ({ ok: true; trace: Trace; config: TrainConfig; data: RunData } | { ok: false; errors: ConfigError[] })[];
  landscape: Landscape | null;
  /** The data of the first valid config (for the orbit-fit figure). */
  data: RunData | null;
}

/** The data set a run trained on (for the orbit-fit figure). */
export interface RunData {
  x: Float64Array;
  y: Float64Array;
  a: number;
  b: number;
  c: number;
}

export interface SweepResult {
  kind: 'sweep';
  lrs: number[];
  series: { key: string; finalLoss: Float64Array; diverged: Uint8Array }[];
  errors: ConfigError[];
}

export type JobResult = TrainResult | SweepResult;

/** A job as a generator: yields progress fractions, returns the result. */
export function* runJob(job: Job): Generator<number, JobResult> {
  return job.kind === 'train' ? yield* trainJob(job.configs, job.landscape ?? null) : yield* sweepJob(job);
}

function* trainJob(configs: unknown[], grid: LandscapeGrid | null): Generator<number, TrainResult> {
  const resolved = configs.slice(0, 8).map((c) => resolveConfig(c));
  const total = resolved.reduce(
    (s, r) => s + (r.ok ? r.value.epochs * updatesPerEpoch(r.value.data.n, r.value.batchSize) : 0),
    0,
  );
  let done = 0;
  const runs: TrainResult['runs'] = [];
  let data: TrainResult['data'] = null;
  let landscape: Landscape | null = null;
  for (const r of resolved) {
    if (!r.ok) {
      runs.push({ ok: false, errors: r.errors });
      continue;
    }
    const run = createRun(r.value);
    const d = run.data;
    const own: RunData = { x: d.x, y: d.y, a: d.a, b: d.b, c: d.c };
    if (!data) {
      data = own;
      if (grid) landscape = lossLandscape(run.data, grid);
    }
    while (!run.advance(CHUNK_UPDATES)) {
      done += CHUNK_UPDATES;
      yield total > 0 ? Math.min(1, done / total) : 0;
    }
    runs.push({ ok: true, trace: run.trace(), config: r.value, data: own });
  }
  return { kind: 'train', runs, landscape, data };
}

function* sweepJob(job: Extract<Job, { kind: 'sweep' }>): Generator<number, SweepResult> {
  const lrs = job.lrs.slice(0, 200);
  const variants = job.variants.slice(0, 6);
  const series: SweepResult['series'] = [];
  let errors: ConfigError[] = [];
  let k = 0;
  let sinceYield = 0;
  for (const v of variants) {
    const finalLoss = new Float64Array(lrs.length);
    const diverged = new Uint8Array(lrs.length);
    for (let i = 0; i < lrs.length; i++) {
      const r = resolveConfig(mergeConfig(job.base, { optimizer: { ...v.optimizer, lr: lrs[i] } }));
      if (!r.ok) {
        if (errors.length === 0) errors = r.errors.slice();
        finalLoss[i] = NaN;
        diverged[i] = 1;
        continue;
      }
      // Only the end point matters: no per-update rows are recorded.
      const run = createRun(r.value, { record: false });
      run.advance(Infinity);
      const div = run.diverged;
      const final = run.final;
      diverged[i] = div ? 1 : 0;
      // Mean squared error over the whole data set at the final parameters.
      finalLoss[i] = div ? Infinity : fullLoss(run.data, final.wa, final.wb);
      k++;
      sinceYield += run.progress.updates;
      if (sinceYield >= CHUNK_UPDATES * 2) {
        sinceYield = 0;
        yield k / (variants.length * lrs.length);
      }
    }
    series.push({ key: v.key, finalLoss, diverged });
  }
  return { kind: 'sweep', lrs, series, errors };
}

/** Buffers of a result that can be transferred instead of copied. */
export function transferables(result: JobResult): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView | null | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  if (result.kind === 'train') {
    for (const r of result.runs) {
      if (!r.ok) continue;
      for (const v of Object.values(r.trace)) if (ArrayBuffer.isView(v)) add(v);
    }
    add(result.landscape?.values);
  } else {
    for (const s of result.series) {
      add(s.finalLoss);
      add(s.diverged);
    }
  }
  return [...out];
}
