/**
 * The learning-rate range test (Smith 2015, arXiv:1506.01186, section 3.3; fast.ai's
 * `lr_find`) as a pure function over the core's own trainer.
 *
 * One run whose rate grows exponentially per update, lr_k = startLr * g^k with
 * g = (endLr / startLr)^(1 / numIt), for k = 0 .. numIt - 1. It is an ordinary training
 * config: the optimizer's lr is startLr and the scheduler is PyTorch's MultiplicativeLR
 * with the constant factor g at every step (exactly ExponentialLR with gamma = g, which
 * the core only accepts up to 1), stepped after every update. So the finder inherits the
 * trainer's data, shuffling, model, optimizers and divergence handling unchanged, and a
 * PyTorch loop with `MultiplicativeLR(opt, lambda t: g)` reproduces it
 * (scripts/golden/practice_fixtures.py).
 *
 * Smoothing as fast.ai: avg = beta * avg + (1 - beta) * loss, smoothed = avg / (1 - beta^k)
 * (k = losses averaged so far). An all-masked mini-batch has no loss (NaN): it leaves the
 * average alone and its smoothed value repeats the previous one. The test stops after the
 * first update whose smoothed loss exceeds stopFactor (fast.ai: 4) times the best smoothed
 * loss so far, or when the run diverges, or after numIt updates.
 */
import { resolveConfig, updatesPerEpoch } from '../config';
import { train } from '../train';
import type { ConfigError, PartialConfig, Trace, TrainConfig, Validated } from '../types';
import { suggestAll, type Suggestions } from './suggest';

export type { Suggestion, SuggestionRule, Suggestions } from './suggest';
export { SUGGESTION_RULES, minimumRule, steepestRule, valleyRule } from './suggest';

/** Options of the range test (the run's other settings come from `run`). */
export interface FinderOptions {
  /** Rate of the first update. */
  startLr: number;
  /** Rate the growth aims at: update numIt (never taken) would use exactly this. */
  endLr: number;
  /** Most updates to take. */
  numIt: number;
  /** Smoothing factor of the loss average (fast.ai: 0.98). */
  beta: number;
  /**
   * Stop once the smoothed loss exceeds this multiple of the best one (fast.ai: 4);
   * Infinity never stops early (fast.ai's stop_div=False).
   */
  stopFactor: number;
  /**
   * The training setup (seed, data, start point, batch size, optimizer type and its
   * non-lr options). Its lr, epochs, scheduler and schedulerStep are the finder's.
   */
  run: PartialConfig;
}

/**
 * Defaults for the orbit model: plain SGD from the tutorial's start (0.1, 1.8) with
 * batches of 64, rates from 1e-3 to 10 over fast.ai's 100 updates (fast.ai starts at
 * 1e-7; below 1e-3 this model's curve is only flat noise). With seed 9999 the curve shows
 * all three parts of a range test: flat near 0.2 up to about 1e-2, falling to about 0.06
 * by lr 1.3, then blowing up, where the 4x rule stops it after 85 updates (lr 2.3); the
 * seeds 1-3 give the same shape (pinned in test/core/practice/finder.test.ts).
 */
export const FINDER_DEFAULTS: FinderOptions = {
  startLr: 1e-3,
  endLr: 10,
  numIt: 100,
  beta: 0.98,
  stopFactor: 4,
  run: { optimizer: { type: 'sgd' } },
};

/** Largest numIt accepted (a range test is short; this keeps any input quick). */
export const FINDER_MAX_IT = 5000;

/** Why the test ended. */
export type FinderStop = 'blowup' | 'diverged' | 'end';

/** The recorded curve and what the rules read from it. */
export interface FinderResult {
  /** The trainer config that was run (its first `length` updates are the test). */
  config: TrainConfig;
  /** Updates recorded (the update that triggered a stop included). */
  length: number;
  /** Rate of each update. */
  lr: Float64Array;
  /** Raw mini-batch loss of each update (NaN for an all-masked batch). */
  loss: Float64Array;
  /** Debiased exponential moving average of the loss. */
  smoothed: Float64Array;
  /** Index and value of the lowest smoothed loss. */
  best: { index: number; lr: number; loss: number };
  stop: FinderStop;
  /** The trainer's divergence, when the run itself diverged (stop 'diverged'). */
  diverged: Trace['diverged'];
  /** The trace rows of the recorded updates (wa, wb, gradients, ...), for drawing the path. */
  trace: Trace;
  /** One suggestion per rule, each with the rate and the index on the curve it came from. */
  suggestions: Suggestions;
}

/** The factor g with startLr * g^numIt = endLr. */
export function finderGrowth(startLr: number, endLr: number, numIt: number): number {
  return Math.pow(endLr / startLr, 1 / numIt);
}

function checkOptions(o: FinderOptions): ConfigError[] {
  const errors: ConfigError[] = [];
  const num = (v: number, path: string, ok: boolean, what: string): void => {
    if (!(typeof v === 'number' && Number.isFinite(v) && ok)) {
      errors.push({ path, message: `must be ${what}; got ${String(v)}` });
    }
  };
  num(o.startLr, 'startLr', o.startLr > 0 && o.startLr <= 10, 'a number in (0, 10]');
  num(o.endLr, 'endLr', o.endLr > o.startLr && o.endLr <= 1e4, 'a number above startLr, at most 10000');
  num(
    o.numIt,
    'numIt',
    Number.isInteger(o.numIt) && o.numIt >= 2 && o.numIt <= FINDER_MAX_IT,
    `an integer in [2, ${FINDER_MAX_IT}]`,
  );
  num(o.beta, 'beta', o.beta >= 0 && o.beta < 1, 'a number in [0, 1)');
  if (!(typeof o.stopFactor === 'number' && o.stopFactor > 1)) {
    errors.push({
      path: 'stopFactor',
      message: `must be a number above 1 (Infinity: never); got ${String(o.stopFactor)}`,
    });
  }
  return errors;
}

/**
 * The trainer config of a range test: the run's setup with lr = startLr, a per-update
 * MultiplicativeLR of factor finderGrowth(...), and enough epochs for numIt updates.
 */
export function finderConfig(options: Partial<FinderOptions> = {}): Validated<TrainConfig> {
  const o: FinderOptions = { ...FINDER_DEFAULTS, ...options };
  const errors = checkOptions(o);
  if (errors.length > 0) return { ok: false, errors };
  const setup = resolveConfig({ ...o.run, epochs: 1, scheduler: null });
  if (!setup.ok) return { ok: false, errors: setup.errors.map((e) => ({ ...e, path: `run.${e.path}` })) };
  const perEpoch = updatesPerEpoch(setup.value.data.n, setup.value.batchSize);
  const optimizer = { ...setup.value.optimizer, lr: o.startLr };
  const resolved = resolveConfig({
    ...setup.value,
    optimizer,
    epochs: Math.ceil(o.numIt / perEpoch),
    scheduler: {
      type: 'MultiplicativeLR',
      factor: finderGrowth(o.startLr, o.endLr, o.numIt),
      start: 1,
      every: 1,
      end: null,
      at: null,
    },
    schedulerStep: 'update',
  });
  if (!resolved.ok) return { ok: false, errors: resolved.errors.map((e) => ({ ...e, path: `run.${e.path}` })) };
  return resolved;
}

/** Smoothed losses of `loss[0 .. n)` and the update after which the test stops. */
export function smoothLosses(
  loss: ArrayLike<number>,
  n: number,
  beta: number,
  stopFactor: number,
): { smoothed: Float64Array; length: number; blewUp: boolean; bestIndex: number } {
  const smoothed = new Float64Array(n);
  let avg = 0;
  let betaPow = 1;
  let best = Infinity;
  let bestIndex = -1;
  let prev = NaN;
  for (let i = 0; i < n; i++) {
    const l = loss[i];
    if (l === l) {
      avg = beta * avg + (1 - beta) * l;
      betaPow *= beta;
      prev = avg / (1 - betaPow);
    }
    smoothed[i] = prev;
    if (prev < best) {
      best = prev;
      bestIndex = i;
    }
    if (prev > stopFactor * best) return { smoothed: smoothed.slice(0, i + 1), length: i + 1, blewUp: true, bestIndex };
  }
  return { smoothed, length: n, blewUp: false, bestIndex };
}

/**
 * Runs the range test. Invalid options come back as errors (never a throw); a run that
 * diverges is a result (stop 'diverged', the curve up to the last finite update).
 */
export function lrRangeTest(options: Partial<FinderOptions> = {}): Validated<FinderResult> {
  const o: FinderOptions = { ...FINDER_DEFAULTS, ...options };
  const cfg = finderConfig(o);
  if (!cfg.ok) return cfg;
  const full = train(cfg.value);
  const taken = Math.min(full.length, o.numIt);
  const s = smoothLosses(full.loss, taken, o.beta, o.stopFactor);
  const length = s.length;
  const trace = truncate(full, length);
  const stop: FinderStop = s.blewUp ? 'blowup' : full.diverged !== null && full.length < o.numIt ? 'diverged' : 'end';
  const bi = s.bestIndex;
  return {
    ok: true,
    value: {
      config: cfg.value,
      length,
      lr: trace.lr,
      loss: trace.loss,
      smoothed: s.smoothed,
      best: bi < 0 ? { index: -1, lr: NaN, loss: NaN } : { index: bi, lr: trace.lr[bi], loss: s.smoothed[bi] },
      stop,
      diverged: stop === 'diverged' ? full.diverged : null,
      trace,
      suggestions: suggestAll(trace.lr, s.smoothed, o.numIt),
    },
  };
}

/** The first `n` rows of a trace (final = the parameters after row n - 1's update). */
function truncate(t: Trace, n: number): Trace {
  if (n >= t.length) return t;
  const finalWa = n < t.length ? t.wa[n] : t.final.wa;
  const finalWb = n < t.length ? t.wb[n] : t.final.wb;
  return {
    length: n,
    epoch: t.epoch.slice(0, n),
    minibatch: t.minibatch.slice(0, n),
    loss: t.loss.slice(0, n),
    wa: t.wa.slice(0, n),
    wb: t.wb.slice(0, n),
    dwa: t.dwa.slice(0, n),
    dwb: t.dwb.slice(0, n),
    lr: t.lr.slice(0, n),
    va: t.va.slice(0, n),
    vb: t.vb.slice(0, n),
    sa: t.sa.slice(0, n),
    sb: t.sb.slice(0, n),
    unitA: t.unitA.slice(0, n),
    unitB: t.unitB.slice(0, n),
    stepSize: t.stepSize.slice(0, n),
    allMasked: t.allMasked.slice(0, n),
    final: { wa: finalWa, wb: finalWb },
    diverged: null,
  };
}
