/**
 * Suggestion rules of a learning-rate range test, as fast.ai's `lr_find` defines them.
 * Each reads the smoothed loss against the rate and returns a rate plus the index of the
 * curve point it was read from.
 *
 * Like fast.ai, the rules look only at a window of the curve: the first numIt / 10
 * points (the average is still settling) and the last 5 (the blow-up) are left out; a
 * curve too short for that is read whole. Points whose smoothed loss is NaN are cut off
 * from the first one on (fast.ai does the same).
 */

/** Names of the rules, in the order they are shown. */
export type SuggestionRule = 'steep' | 'minimum' | 'valley';
export const SUGGESTION_RULES: readonly SuggestionRule[] = ['steep', 'minimum', 'valley'];

/** A suggested rate and the curve point it was read from. */
export interface Suggestion {
  rule: SuggestionRule;
  /** The suggested learning rate. */
  lr: number;
  /** Index of the curve point the rule picked (for `minimum`, the minimum itself). */
  index: number;
  /** Rate and smoothed loss at that index (for drawing the mark). */
  pointLr: number;
  pointLoss: number;
}

/** One suggestion per rule, or null when the curve is too short to read. */
export type Suggestions = Record<SuggestionRule, Suggestion | null>;

/**
 * steep: the point where the smoothed loss falls fastest against log(lr), i.e. the
 * smallest (most negative) finite difference (loss[i+1] - loss[i]) / (log lr[i+1] - log lr[i]);
 * it suggests lr[i] (the left end of that segment).
 */
export function steepestRule(lrs: ArrayLike<number>, losses: ArrayLike<number>): number {
  let best = -1;
  let slope = Infinity;
  for (let i = 0; i + 1 < losses.length; i++) {
    const g = (losses[i + 1] - losses[i]) / (Math.log(lrs[i + 1]) - Math.log(lrs[i]));
    if (g < slope) {
      slope = g;
      best = i;
    }
  }
  return best;
}

/** minimum: the index of the lowest loss (the rule suggests a tenth of its rate). */
export function minimumRule(losses: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < losses.length; i++) if (best < 0 || losses[i] < losses[best]) best = i;
  return best;
}

/**
 * valley: the longest stretch over which the loss keeps decreasing, found as a longest
 * strictly decreasing subsequence; the suggestion sits a bit past a third of the way in,
 * at start + floor(L / 3) + floor(L / 6) for a stretch of length L.
 *
 * This follows fast.ai's implementation step by step, including one quirk: the end of the
 * longest stretch is updated while a point's subsequence length is still growing, so the
 * recorded start can be that of a shorter subsequence ending at the same point.
 */
export function valleyRule(losses: ArrayLike<number>): number {
  const n = losses.length;
  if (n === 0) return -1;
  const lds = new Int32Array(n).fill(1);
  let maxStart = 0;
  let maxEnd = 0;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (losses[i] < losses[j] && lds[i] < lds[j] + 1) lds[i] = lds[j] + 1;
      if (lds[maxEnd] < lds[i]) {
        maxEnd = i;
        maxStart = maxEnd - lds[maxEnd];
      }
    }
  }
  const third = (maxEnd - maxStart) / 3;
  const idx = maxStart + Math.trunc(third) + Math.trunc(third / 2);
  return Math.min(n - 1, Math.max(0, idx));
}

/** The window [from, to) the rules read, as fast.ai: skip numIt/10 at the start, 5 at the end, and any NaN tail. */
export function suggestionWindow(losses: ArrayLike<number>, numIt: number): [number, number] {
  let from = Math.floor(numIt / 10);
  let to = losses.length - 5;
  if (to - from < 2) {
    from = 0;
    to = losses.length;
  }
  for (let i = from; i < to; i++) {
    if (losses[i] !== losses[i]) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/** Every rule applied to the curve (lr, smoothed loss); indices refer to the whole curve. */
export function suggestAll(lrs: Float64Array, losses: Float64Array, numIt: number): Suggestions {
  const [from, to] = suggestionWindow(losses, numIt);
  if (to - from < 2) return { steep: null, minimum: null, valley: null };
  const l = lrs.subarray(from, to);
  const s = losses.subarray(from, to);
  const at = (rule: SuggestionRule, local: number, lr?: number): Suggestion | null => {
    if (local < 0) return null;
    const index = from + local;
    return { rule, lr: lr ?? lrs[index], index, pointLr: lrs[index], pointLoss: losses[index] };
  };
  const m = minimumRule(s);
  return {
    steep: at('steep', steepestRule(l, s)),
    minimum: at('minimum', m, m < 0 ? NaN : l[m] / 10),
    valley: at('valley', valleyRule(s)),
  };
}
