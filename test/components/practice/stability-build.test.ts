/**
 * The stability section's landscape runs are coloured by what they came to (palette.ts
 * 'outcome'): the meta must say what the runs actually do, or the colour would lie.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig, train } from '../../../src/core';
import {
  ABOVE,
  BELOW,
  fullBatchRun,
  LIMIT_RUN_META,
  START_DISTANCE,
  stabilityNumbers,
} from '../../../src/components/practice/stability-build';

/** Distances from the minimum of a 300-update full-batch run at `factor` × the limit (as StabilityRuns draws it). */
function distances(factor: number): number[] {
  const n = stabilityNumbers();
  const r = resolveConfig(fullBatchRun(factor * n.limitGd, 0, 300));
  if (!r.ok) throw new Error(r.errors[0].message);
  const t = train(r.value);
  return Array.from({ length: t.length }, (_, i) => Math.hypot(t.wa[i] - n.minimum.wa, t.wb[i] - n.minimum.wb));
}

describe('the runs just below and just above the stability limit', () => {
  it('are labelled stable and unstable, and do what their colour says', () => {
    expect(LIMIT_RUN_META.below.outcome).toBe('stable');
    expect(LIMIT_RUN_META.above.outcome).toBe('unstable');
    const below = distances(BELOW);
    const above = distances(ABOVE);
    // Below: ends closer than it started. Above: thrown out, far beyond where it started.
    expect(below.at(-1)!).toBeLessThan(START_DISTANCE);
    expect(Math.max(...above)).toBeGreaterThan(100 * START_DISTANCE);
    expect(above.at(-1)!).toBeGreaterThan(START_DISTANCE);
  });
});
