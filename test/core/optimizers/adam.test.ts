import { describe, expect, it } from 'vitest';
import { adam } from '../../../src/core/optimizers';
import { caseConfig, replay } from './helpers';
import { TORCH_CASES } from './torch-cases';
import type { AdamConfig } from '../../../src/core/types';

const cfg = (o: Partial<AdamConfig>, type: 'adam' | 'adamw' = 'adam'): AdamConfig => caseConfig(type, o) as AdamConfig;

describe('adam / adamw', () => {
  it.each(TORCH_CASES.filter((c) => c.type === 'adam' || c.type === 'adamw').map((c) => [c.name, c] as const))(
    '%s matches torch.optim bit for bit over 100 updates',
    (_, c) => {
      expect(replay(c)).toEqual(c.rows);
    },
  );

  it("takes a first step of exactly lr per parameter (bias correction), the tutorial's 0.01414 step", () => {
    const opt = adam(cfg({ lr: 0.01 }));
    const { params, state } = opt.update([-0.09704, 0.88797], opt.init([0.1, 1.8]), [0.1, 1.8], { lr: 0.01 });
    expect(Math.hypot(params[0] - 0.1, params[1] - 1.8)).toBeCloseTo(0.01414, 5);
    const i = opt.internals(state);
    expect(i.va).toBeCloseTo(-0.009704, 12); // raw m = 0.1 g
    expect(Math.sqrt(i.sa)).toBeCloseTo(0.00307, 5); // raw v, as the log's sqrt_SdW
  });

  it('AdamW decays the weights before the step; Adam adds the decay to the gradient', () => {
    const w = adam(cfg({ weightDecay: 0.5, lr: 0.1 }, 'adamw'));
    const a = adam(cfg({ weightDecay: 0.5, lr: 0.1 }));
    const pw = w.update([0, 0], w.init([2, 2]), [2, 2], { lr: 0.1 }).params;
    expect(pw).toEqual([2 * (1 - 0.05), 2 * (1 - 0.05)]);
    const pa = a.update([0, 0], a.init([2, 2]), [2, 2], { lr: 0.1 }).params;
    expect(pa[0]).toBeCloseTo(1.9, 6); // gradient 0.5 * 2 = 1, first step = lr
  });

  it('amsgrad keeps the running maximum of v', () => {
    const opt = adam(cfg({ amsgrad: true }));
    let s = opt.update([10, 10], opt.init([0, 0]), [0, 0], { lr: 0.01 }).state;
    const peak = s.maxExpAvgSq[0];
    s = opt.update([0, 0], s, [0, 0], { lr: 0.01 }).state;
    expect(s.maxExpAvgSq[0]).toBe(peak);
    expect(s.expAvgSq[0]).toBeLessThan(peak);
  });

  it('hp.momentum replaces beta1 and its power follows the current beta1 (OneCycleLR)', () => {
    const opt = adam(cfg({}));
    let s = opt.init([0, 0]);
    s = opt.update([1, 1], s, [0, 0], { lr: 0.01 }).state;
    s = opt.update([1, 1], s, [0, 0], { lr: 0.01, momentum: 0.85 }).state;
    expect(s.beta1OfPower).toBe(0.85);
    expect(s.beta1Power[0]).toBe(0.85 ** 2);
    expect(s.expAvg[0]).toBeCloseTo(0.85 * 0.1 + 0.15, 15);
  });
});
