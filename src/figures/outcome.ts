/**
 * What a demo's run came to, in words, for its polite live region: the same sentence at
 * build time (so the built page already holds it and nothing grows on hydration) and in
 * the browser after every re-run, so screen-reader and keyboard readers hear what the
 * picture shows.
 */
import type { Trace } from '../core/types';
import { fmt } from './format';

/** What the sentence needs of a run. */
export type OutcomeTrace = Pick<Trace, 'length' | 'loss' | 'final' | 'diverged'>;

/** The loss of the last mini-batch that had one (a fully masked batch has none), or NaN. */
export function lastLoss(t: OutcomeTrace): number {
  for (let k = t.length - 1; k >= 0; k--) if (Number.isFinite(t.loss[k])) return t.loss[k];
  return Number.NaN;
}

/**
 * "Final Wa = 1.2611, Wb = 1.2324, last mini-batch loss 0.0101 after 800 updates." or
 * "The run diverged at update 37: loss became Infinity; last Wa = 1.9, Wb = 0.3."
 * The loss is the last mini-batch's (what the trace records, and what the loss chart
 * plots); the update count is plain digits, as in the readout beside it.
 */
export function outcomeSentence(t: OutcomeTrace): string {
  const at = `Wa = ${fmt(t.final.wa, 4)}, Wb = ${fmt(t.final.wb, 4)}`;
  if (t.diverged) return `The run diverged at update ${t.diverged.update}: ${t.diverged.reason}; last ${at}.`;
  const loss = lastLoss(t);
  const lossText = Number.isFinite(loss) ? `, last mini-batch loss ${fmtLoss(loss)}` : '';
  return `Final ${at}${lossText} after ${t.length} update${t.length === 1 ? '' : 's'}.`;
}

/** A run of a figure with several runs, named as its legend names it. */
export interface LabelledOutcome {
  label: string;
  trace: OutcomeTrace;
}

/**
 * The outcome of each run of a multi-run figure (a player): {@link outcomeSentence} led by
 * the run's legend label, "lr 0.01 fixed: final Wa = 1.1770, …". A lone run needs no label.
 */
export function runOutcomes(runs: readonly LabelledOutcome[]): { label: string; text: string }[] {
  return runs.map((r) => {
    const s = outcomeSentence(r.trace);
    return { label: runs.length > 1 ? r.label : '', text: runs.length > 1 ? s[0].toLowerCase() + s.slice(1) : s };
  });
}

/** {@link runOutcomes} as the one text the status line holds ("label: sentence" per run). */
export function runsOutcome(runs: readonly LabelledOutcome[]): string {
  return runOutcomes(runs)
    .map((o) => (o.label ? `${o.label}: ${o.text}` : o.text))
    .join(' ');
}

/** What a run shows at one update of a linked cursor, for {@link cursorWords}. */
export interface CursorRun {
  /** The run's legend label ('' for a lone run). */
  label: string;
  /** Its learning rate and mini-batch loss at that update (NaN: it had stopped or diverged). */
  lr: number;
  loss: number;
}

/** What each of `runs` shows at 0-based `row`: its rate and loss, NaN where it has no such update. */
export function runsAt(
  row: number,
  runs: readonly { label: string; trace: { length: number; lr: ArrayLike<number>; loss: ArrayLike<number> } }[],
): CursorRun[] {
  return runs.map(({ label, trace: t }) => ({
    label,
    lr: row < t.length ? t.lr[row] : Number.NaN,
    loss: row < t.length ? t.loss[row] : Number.NaN,
  }));
}

/** A learning rate at a cursor, three significant digits kept so the line keeps its width: 0.0100, 0.000819. */
export const cursorRate = (v: number): string =>
  Number.isFinite(v) ? (v !== 0 && Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toPrecision(3)) : '–';

/**
 * The update a cursor stands on, in words, one line per run: "Update 35: lr 0.00500, loss
 * 0.213" for one run; "Update 35" then "MultiStepLR, γ = 0.8: lr 0.0960, loss 0.0213" per
 * run for several. A run that had no such update (shorter, or diverged) says so. `lead`
 * names the update ("Last update 1280:" where no cursor is set).
 */
export function cursorWords(update: number, runs: readonly CursorRun[], lead = 'Update'): string[] {
  const one = (r: CursorRun) =>
    Number.isFinite(r.lr) || Number.isFinite(r.loss)
      ? `lr ${cursorRate(r.lr)}, loss ${Number.isFinite(r.loss) ? fmtLoss(r.loss, 3) : '–'}`
      : 'no such update';
  if (runs.length === 1) return [`${lead} ${update}: ${one(runs[0])}`];
  return [`${lead} ${update}:`, ...runs.map((r) => `${r.label}: ${one(r)}`)];
}

/** A loss to `digits` significant digits, in plain decimals down to 1e-4 (no "200m"). */
export function fmtLoss(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return fmt(v);
  if (v !== 0 && Math.abs(v) < 1e-4) return v.toExponential(digits - 1);
  return String(Number(v.toPrecision(digits)));
}

// A swept rate (a point of a log grid) to three significant digits: 0.000121, 0.0518.
const rate = (v: number) => String(Number(v.toPrecision(3)));

/** One optimizer's line of a learning-rate sweep: final loss per rate (not finite = diverged). */
export interface SweepOutcomeSeries {
  label: string;
  lrs: ArrayLike<number>;
  finalLoss: ArrayLike<number>;
}

/**
 * A learning-rate sweep in words: per optimizer, its lowest final loss and the rate that
 * reached it, then which optimizers had runs that diverged (or ended above `blownUp`):
 * "200 runs of 100 epochs. Lowest final loss: SGD: 0.00088 at lr 0.011; Adam: 0.00088 at
 * lr 0.0139. Diverged or ended above 10: SGD: 10 of 50 rates, the smallest lr 1.21."
 */
export function sweepOutcome(series: readonly SweepOutcomeSeries[], epochs: number, blownUp: number): string {
  const runs = series.reduce((n, s) => n + s.lrs.length, 0);
  const lowest: string[] = [];
  const blown: string[] = [];
  for (const s of series) {
    let best = -1;
    let bad = 0;
    let firstBad = Number.POSITIVE_INFINITY;
    for (let i = 0; i < s.lrs.length; i++) {
      const l = s.finalLoss[i];
      if (!(l <= blownUp)) {
        bad++;
        firstBad = Math.min(firstBad, s.lrs[i]);
      } else if (best < 0 || l < s.finalLoss[best]) best = i;
    }
    lowest.push(
      best < 0 ? `${s.label}: none` : `${s.label}: ${fmtLoss(s.finalLoss[best], 2)} at lr ${rate(s.lrs[best])}`,
    );
    if (bad > 0) blown.push(`${s.label}: ${bad} of ${s.lrs.length} rates, the smallest lr ${rate(firstBad)}`);
  }
  const diverged = blown.length > 0 ? `Diverged or ended above ${blownUp}: ${blown.join('; ')}.` : 'No run diverged.';
  return `${runs} runs of ${epochs} epochs. Lowest final loss: ${lowest.join('; ')}. ${diverged}`;
}
