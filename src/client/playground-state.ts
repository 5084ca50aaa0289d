/**
 * The playground's list of runs as URL state: an array of per-run diffs from the
 * tutorial's default config under `?runs=`. Decoding validates every run with the core;
 * refused runs are dropped with a notice naming the problem.
 */
import { DEFAULT_CONFIG, resolveConfig } from '../core';
import type { TrainConfig } from '../core/types';
import { decodeState, encodeState, errorText, isPlainObject, mergeConfig } from './url-state';
import { configDiff } from './config-diff';

export const MAX_RUNS = 6;
export const PLAYGROUND_KEY = 'runs';
/** The selected run (1-based) in the URL, e.g. `?runs=…&run=3`. */
export const SELECTED_KEY = 'run';
/** Shared runs checked at most (the encoded length limit bounds the list anyway). */
const MAX_CHECKED = 50;

/** Encodes runs as compact base64url JSON (diffs from the default config). */
export function encodeRuns(runs: TrainConfig[], base: TrainConfig = DEFAULT_CONFIG): string {
  return encodeState(runs.map((r) => configDiff(base, r) ?? {}));
}

/**
 * Decodes runs; `notices` says which shared runs were dropped and why. Every run is
 * checked by the core and the valid ones are kept up to {@link MAX_RUNS}, so an invalid
 * first run does not push a valid seventh out. Never throws.
 */
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
  const over: number[] = [];
  d.value.slice(0, MAX_CHECKED).forEach((patch, i) => {
    if (!isPlainObject(patch)) {
      notices.push(`Ignored shared run ${i + 1}: it is not a set of named settings.`);
      return;
    }
    const r = resolveConfig(mergeConfig(base, patch), base);
    if (!r.ok) notices.push(`Ignored shared run ${i + 1}: ${errorText(r.errors[0])}.`);
    else if (runs.length < MAX_RUNS) runs.push(r.value);
    else over.push(i + 1);
  });
  if (over.length)
    notices.push(
      `Not shown: shared run${over.length > 1 ? 's' : ''} ${over.join(', ')} (the playground holds ${MAX_RUNS} runs).`,
    );
  if (d.value.length > MAX_CHECKED)
    notices.push(`Ignored shared runs ${MAX_CHECKED + 1} to ${d.value.length}: too many runs in the link.`);
  return { runs, notices };
}

/** The selected run (0-based) a URL's `run` value asks for among `count` runs; 0 when absent or out of range. */
export function decodeSelected(text: string | null, count: number): number {
  if (text === null || !/^[1-9][0-9]?$/.test(text)) return 0;
  const k = Number(text) - 1;
  return k < count ? k : 0;
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
