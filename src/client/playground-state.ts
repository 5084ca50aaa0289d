/**
 * The playground's list of runs as URL state: an array of per-run diffs from the
 * tutorial's default config under `?runs=`. Decoding validates every run with the core;
 * refused runs are dropped with a notice naming the problem.
 */
import { DEFAULT_CONFIG, resolveConfig } from '../core';
import type { TrainConfig } from '../core/types';
import { decodeState, encodeState, mergeConfig } from './url-state';
import { configDiff } from './config-diff';

export const MAX_RUNS = 6;
export const PLAYGROUND_KEY = 'runs';

/** Encodes runs as compact base64url JSON (diffs from the default config). */
export function encodeRuns(runs: TrainConfig[], base: TrainConfig = DEFAULT_CONFIG): string {
  return encodeState(runs.map((r) => configDiff(base, r) ?? {}));
}

/** Decodes runs; `notices` lists everything refused. Never throws. */
export function decodeRuns(
  text: string,
  base: TrainConfig = DEFAULT_CONFIG,
): { runs: TrainConfig[]; notices: string[] } {
  const d = decodeState(text, 'the playground');
  if (!d.ok) return { runs: [], notices: [d.notice] };
  if (!Array.isArray(d.value))
    return { runs: [], notices: ['Ignored the shared playground settings: they are not a list of runs.'] };
  const notices: string[] = [];
  const runs: TrainConfig[] = [];
  d.value.slice(0, MAX_RUNS).forEach((patch, i) => {
    const r = resolveConfig(mergeConfig(base, patch), base);
    if (r.ok) runs.push(r.value);
    else notices.push(`Ignored shared run ${i + 1}: ${r.errors[0].path} ${r.errors[0].message}.`);
  });
  if (d.value.length > MAX_RUNS) notices.push(`Only the first ${MAX_RUNS} shared runs are shown.`);
  return { runs, notices };
}

/** A short label of a run for lists and legends, e.g. "Adam, lr 0.12, MultiStepLR". */
export function runLabel(c: TrainConfig): string {
  const o = c.optimizer;
  const name =
    o.type === 'sgd'
      ? o.momentum > 0
        ? `SGD momentum ${o.momentum}`
        : 'SGD'
      : o.type === 'rmsprop'
        ? 'RMSprop'
        : o.type === 'adam'
          ? 'Adam'
          : 'AdamW';
  return `${name}, lr ${o.lr}${c.scheduler ? `, ${c.scheduler.type}` : ''}, ${c.epochs} ep`;
}
