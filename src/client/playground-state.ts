/**
 * The playground's list of runs as URL state: an array of per-run diffs from the
 * tutorial's default config under `?runs=`. Decoding validates every run with the core;
 * refused runs are dropped with a notice naming the problem.
 */
import { DEFAULT_CONFIG, resolveConfig } from '../core';
import type { TrainConfig } from '../core/types';
import { decodeState, encodeState, errorText, isPlainObject, mergeConfig } from './url-state';
import { configDiff } from './config-diff';
import { RUN_FIELDS } from './field-catalog';
import { getPath } from './fields';
import { describeConfig } from '../experiments/describe-config';

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

/** The optimizer as a reader names it: "SGD", "SGD momentum 0.9", "RMSprop", "Adam", "AdamW". */
function optimizerName(c: TrainConfig): string {
  const o = c.optimizer;
  if (o.type === 'sgd') return o.momentum > 0 ? `SGD momentum ${o.momentum}` : 'SGD';
  return o.type === 'rmsprop' ? 'RMSprop' : o.type === 'adam' ? 'Adam' : 'AdamW';
}

/** A short label of a run for lists and legends, e.g. "Adam, lr 0.12, MultiStepLR". */
export function runLabel(c: TrainConfig): string {
  return `${optimizerName(c)}, lr ${c.optimizer.lr}${c.scheduler ? `, ${c.scheduler.type}` : ''}, ${c.epochs} ep`;
}

const key = (v: unknown) => JSON.stringify(v);

/**
 * The playground's runs named by what sets them apart, for the legends: always the
 * optimizer and its rate ("Adam, lr 0.01"), then, among the settings that differ between
 * the runs (scheduler, epochs, batch size, seed, noise, start), those where this run leaves
 * the tutorial's `base` ("RMSprop, lr 0.005, 50 epochs"). Runs that still read alike but
 * differ elsewhere (betas, weight decay…) get their whole description; runs with the same
 * settings say which run they are ("SGD, lr 0.01 (run 3)"). Ids stay `run-k`.
 */
export function runNames(runs: readonly TrainConfig[], base: TrainConfig = DEFAULT_CONFIG): string[] {
  const differs = (f: (c: TrainConfig) => unknown) => new Set(runs.map((c) => key(f(c)))).size > 1;
  const schedulers = differs((c) => c.scheduler);
  const fields = RUN_FIELDS.filter((f) => differs((c) => getPath(c, f.path)));
  const short = runs.map((c) => {
    const parts = [optimizerName(c), `lr ${c.optimizer.lr}`];
    if (schedulers && c.scheduler) parts.push(c.scheduler.type);
    for (const f of fields) {
      const v = getPath(c, f.path);
      if (key(v) === key(getPath(base, f.path))) continue;
      parts.push(
        f.path === 'epochs' ? `${String(v)} epochs` : `${f.label[0].toLowerCase()}${f.label.slice(1)} ${String(v)}`,
      );
    }
    return parts.join(', ');
  });
  return runs.map((c, i) => {
    const alike = runs.filter((_, j) => short[j] === short[i]);
    if (alike.length === 1) return short[i];
    const same = alike.every((d) => key(d) === key(c));
    return same ? `${short[i]} (run ${i + 1})` : describeConfig(c);
  });
}
