/**
 * The range test as the page is built with it: the core's finder at its defaults with
 * the tutorial's seed, computed once per build and shared by the figure and the prose.
 */
import { FINDER_DEFAULTS, lrRangeTest, type FinderResult } from '../../core/practice/finder';
import { DEFAULT_CONFIG } from '../../core';

/** The tutorial's seed: the range test the page shows first. */
export const FINDER_SEED = DEFAULT_CONFIG.seed;

let cached: FinderResult | null = null;

/** The range test with the tutorial's seed (fails the build if the finder refuses its own defaults). */
export function defaultRangeTest(): FinderResult {
  if (cached) return cached;
  const r = lrRangeTest({ run: { seed: FINDER_SEED, optimizer: { type: 'sgd' } } });
  if (!r.ok) throw new Error(`range test: ${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  cached = r.value;
  return cached;
}

export { FINDER_DEFAULTS };
