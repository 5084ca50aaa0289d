/**
 * The training loop: the original script's epochs and mini-batches, replayed with
 * PyTorch's generator, the model's analytic gradient and an optimizer in the same order
 * as torch (forward, backward, log, optimizer.step(), scheduler.step()).
 *
 * All-masked mini-batch (every point masked; happens with small batches or small Wa):
 * torch reports a NaN loss and zero gradients and still steps the optimizer (momentum and
 * Adam's moments decay and keep moving the parameters) and the scheduler. The core does
 * the same and records the row with loss NaN and allMasked = 1; it is not a divergence.
 *
 * The start point is rounded to float32 (the original created float32 parameters), so
 * init 0.1 starts at 0.10000000149011612 exactly as the published runs did.
 *
 * Divergence: a non-finite loss on a batch with unmasked points, a non-finite gradient,
 * or non-finite parameters or optimizer state after a step stops the run. The trace keeps
 * the rows before that update (all finite) and reports the 1-based update and why.
 */
import { makeOrbitData, nextEpochOrder, type OrbitData } from './data';
import { evalBatch, newBatchEval } from './model';
import { createOptimizer } from './optimizers';
import { MT19937 } from './rng';
import { updatesPerEpoch } from './config';
import { runScheduler } from './schedule';
import { allocColumns, snapshot } from './trace-buffer';
import type { Divergence, Trace, TrainConfig } from './types';

/** How far a run has got. */
export interface RunProgress {
  /** Updates taken so far (rows in the trace). */
  updates: number;
  /** Updates the full run would take. */
  total: number;
  done: boolean;
}

/** A run advanced in chunks (for progress reporting and cancellation in a worker). */
export interface Run {
  /** The data set the run trains on. */
  readonly data: OrbitData;
  /** Takes up to `maxUpdates` more updates; returns true once the run is finished. */
  advance(maxUpdates: number): boolean;
  readonly progress: RunProgress;
  /** Parameters after the last update taken. */
  readonly final: { wa: number; wb: number };
  /** Why the run stopped early, or null. */
  readonly diverged: Divergence | null;
  /** The trace so far (a copy while running; the final arrays once done). */
  trace(): Trace;
}

export { updatesPerEpoch } from './config';

function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function describe(x: number): string {
  return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** Options of {@link createRun}. */
export interface RunOptions {
  /**
   * false: keep no rows (trace() then has length 0, but final and diverged are set);
   * for sweeps that only need where each run ends. Default true.
   */
  record?: boolean;
}

/** Starts a run of a validated config (see `resolveConfig`). Never throws for a valid config. */
export function createRun(config: TrainConfig, options: RunOptions = {}): Run {
  const record = options.record !== false;
  const rng = new MT19937(config.seed);
  const data = makeOrbitData(config.data, rng);
  const n = data.n;
  const bs = config.batchSize;
  const perEpoch = updatesPerEpoch(n, bs);
  const total = perEpoch * config.epochs;
  // Without recording, every row is written to the same single slot.
  const cols = allocColumns(record ? total : 1);
  const perm = new Int32Array(n);
  const opt = createOptimizer(config.optimizer);
  // The original's parameters were float32 tensors: start from the float32 values.
  const w = Float64Array.of(Math.fround(config.init.wa), Math.fround(config.init.wb));
  const state = opt.init([w[0], w[1]]);
  const scheduler = runScheduler(config);
  let sched = scheduler.init();
  let { lr, momentum } = scheduler.value(sched);
  const ev = newBatchEval();
  const internals = new Float64Array(4);
  let length = 0;
  let diverged: Divergence | null = null;
  let epochLossSum = 0;
  let epochLossCount = 0;

  function stop(update: number, reason: string): void {
    diverged = { update, reason };
  }

  function advance(maxUpdates: number): boolean {
    const limit = Math.min(total, length + Math.max(0, Math.floor(maxUpdates)));
    while (diverged === null && length < limit) {
      const epoch = Math.floor(length / perEpoch);
      const mb = length - epoch * perEpoch;
      if (mb === 0) {
        nextEpochOrder(rng, perm);
        epochLossSum = 0;
        epochLossCount = 0;
      }
      const start = mb * bs;
      const end = Math.min(n, start + bs);
      const wa = w[0];
      const wb = w[1];
      evalBatch(data, perm, start, end, wa, wb, ev);
      const update = length + 1;
      if (ev.count > 0 && !Number.isFinite(ev.loss)) {
        stop(update, `loss became ${describe(ev.loss)}`);
        break;
      }
      if (!Number.isFinite(ev.dwa) || !Number.isFinite(ev.dwb)) {
        stop(update, `gradient became ${describe(Number.isFinite(ev.dwa) ? ev.dwb : ev.dwa)}`);
        break;
      }
      opt.stepInPlace(state, w, ev.dwa, ev.dwb, lr, momentum ?? NaN);
      if (!Number.isFinite(w[0]) || !Number.isFinite(w[1])) {
        stop(update, Number.isFinite(w[0]) ? `Wb became ${describe(w[1])}` : `Wa became ${describe(w[0])}`);
        w[0] = wa;
        w[1] = wb;
        break;
      }
      opt.internalsInto(state, internals);
      // NaN is how an optimizer says "no such buffer"; an infinite buffer is a divergence.
      if (
        isInfinite(internals[0]) ||
        isInfinite(internals[1]) ||
        isInfinite(internals[2]) ||
        isInfinite(internals[3])
      ) {
        stop(update, 'optimizer state became Infinity');
        w[0] = wa;
        w[1] = wb;
        break;
      }
      const da = w[0] - wa;
      const db = w[1] - wb;
      let size = Math.sqrt(da * da + db * db);
      // Near the top of the double range the squares overflow while the step itself is
      // representable: rescale (still only * / sqrt) rather than report an infinite step.
      if (size === Infinity) {
        const m = Math.max(Math.abs(da), Math.abs(db));
        size = m * Math.sqrt((da / m) * (da / m) + (db / m) * (db / m));
      }
      if (!Number.isFinite(size)) {
        stop(update, 'step size became Infinity');
        w[0] = wa;
        w[1] = wb;
        break;
      }
      const row = record ? length : 0;
      cols.epoch[row] = epoch;
      cols.minibatch[row] = mb;
      cols.loss[row] = ev.loss;
      cols.wa[row] = wa;
      cols.wb[row] = wb;
      cols.dwa[row] = ev.dwa;
      cols.dwb[row] = ev.dwb;
      cols.lr[row] = lr;
      cols.va[row] = internals[0];
      cols.vb[row] = internals[1];
      cols.sa[row] = internals[2];
      cols.sb[row] = internals[3];
      // A zero step has no direction; record 0 rather than 0/0.
      cols.unitA[row] = size > 0 ? -da / size : 0;
      cols.unitB[row] = size > 0 ? -db / size : 0;
      cols.stepSize[row] = size;
      cols.allMasked[row] = ev.count === 0 ? 1 : 0;
      length++;
      if (ev.count > 0) {
        epochLossSum += ev.loss;
        epochLossCount++;
      }
      const epochEnds = mb === perEpoch - 1;
      const next = scheduler.step(
        sched,
        epochEnds && epochLossCount > 0 ? epochLossSum / epochLossCount : NaN,
        epochEnds,
      );
      if (next !== sched) {
        sched = next;
        ({ lr, momentum } = scheduler.value(sched));
      }
    }
    return diverged !== null || length >= total;
  }

  return {
    data,
    advance,
    get final(): { wa: number; wb: number } {
      return { wa: w[0], wb: w[1] };
    },
    get diverged(): Divergence | null {
      return diverged;
    },
    get progress(): RunProgress {
      return { updates: length, total, done: diverged !== null || length >= total };
    },
    trace(): Trace {
      return snapshot(cols, record ? length : 0, { wa: w[0], wb: w[1] }, diverged);
    },
  };
}

/** Runs a validated config to the end (or to divergence) and returns its trace. */
export function train(config: TrainConfig): Trace {
  const run = createRun(config);
  run.advance(Infinity);
  return run.trace();
}
