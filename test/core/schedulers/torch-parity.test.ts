import { describe, expect, it } from 'vitest';
import { createScheduler, lrCurve, type SchedulerContext } from '../../../src/core/schedulers';
import type { SchedulerSpec } from '../../../src/core/types';
import { TORCH_CASES } from './fixtures/torch-values';

// Every case pins param_groups[0]['lr'] (and momentum) as torch 1.13 on this machine
// printed them; the call that produced each is in the fixture's `torch` field and
// test/core/schedulers/torch_values.py regenerates the file.

/** Largest |a - b| / max(|b|, 1e-300) over two curves of equal length. */
function worstRelative(actual: ArrayLike<number>, expected: readonly number[]): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    worst = Math.max(worst, Math.abs(actual[i] - e) / Math.max(Math.abs(e), 1e-300));
  }
  return worst;
}

describe('schedulers reproduce torch.optim.lr_scheduler', () => {
  for (const c of TORCH_CASES) {
    it(`${c.name}: rate${c.momentum ? ' and momentum' : ''} match ${c.torch.split('(')[0]} to 1e-12 (relative)`, () => {
      const ctx: SchedulerContext = c.ctx;
      const curve = lrCurve(c.spec as SchedulerSpec, ctx, c.lr.length, c.metrics);
      expect(worstRelative(curve.lr, c.lr)).toBeLessThan(1e-12);
      if (c.momentum) {
        expect(curve.momentum).not.toBeNull();
        expect(worstRelative(curve.momentum ?? [], c.momentum)).toBeLessThan(1e-12);
      } else {
        expect(curve.momentum).toBeNull();
      }
    });
  }

  it('scheduler state survives a JSON round trip at every step (a worker can post it)', () => {
    for (const c of TORCH_CASES) {
      const s = createScheduler(c.spec as SchedulerSpec, c.ctx);
      let state = s.init();
      for (let i = 0; i < c.lr.length; i++) {
        const copy = JSON.parse(JSON.stringify(state)) as typeof state;
        expect(copy, c.name).toEqual(state);
        expect(s.value(copy).lr, c.name).toBe(s.value(state).lr);
        state = s.step(copy, c.metrics?.[i]);
      }
    }
  });
});
