import { describe, expect, it } from 'vitest';
import { lrRangeTest } from '../../../src/core/practice/finder';
import { resolveConfig } from '../../../src/core';
import { encodeState } from '../../../src/client/url-state';
import { MAX_SEED, oneCycleRun, rangeTestView, seedFromUrl } from '../../../src/client/islands/lr-finder';

describe('LR range test island helpers', () => {
  it('reads a shared seed from the URL and refuses anything but a whole number in range, with a notice', () => {
    expect(seedFromUrl('')).toEqual({ seed: null, notice: null });
    expect(seedFromUrl(`?lr-finder=${encodeState({ seed: 42 })}`)).toEqual({ seed: 42, notice: null });
    for (const bad of [{ seed: -1 }, { seed: 1.5 }, { seed: MAX_SEED + 1 }, { seed: '7' }, [], { other: 1 }]) {
      const r = seedFromUrl(`?lr-finder=${encodeState(bad)}`);
      expect(r.seed, JSON.stringify(bad)).toBeNull();
      expect(r.notice, JSON.stringify(bad)).toMatch(/seed/);
    }
    const garbage = seedFromUrl('?lr-finder=%%%');
    expect(garbage.seed).toBeNull();
    expect(garbage.notice).toMatch(/Ignored/);
  });

  it('turns a range test into the figure view: every update, and one suggestion per rule', () => {
    const r = lrRangeTest({ run: { seed: 9999, optimizer: { type: 'sgd' } } });
    if (!r.ok) throw new Error('finder refused its defaults');
    const view = rangeTestView(r.value);
    expect(view.lrs.length).toBe(r.value.length);
    expect(view.smoothed.length).toBe(r.value.length);
    expect(view.stoppedEarly).toBe(r.value.stop !== 'end');
    expect(view.suggestions.map((s) => s.rule)).toEqual(['steep', 'minimum', 'valley']);
    expect(view.suggestions.find((s) => s.rule === 'valley')?.lr).toBe(r.value.suggestions.valley?.lr);
  });

  it('builds a valid OneCycleLR run at the suggested rate, with momentum cycling off for plain SGD', () => {
    const r = resolveConfig(oneCycleRun(0.0759, 3));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.seed).toBe(3);
    expect(r.value.optimizer).toMatchObject({ type: 'sgd', lr: 0.0759, momentum: 0 });
    expect(r.value.scheduler).toMatchObject({ type: 'OneCycleLR', maxLr: 0.0759, cycleMomentum: false });
  });
});
