import { describe, expect, it } from 'vitest';
import { sgd } from '../../../src/core/optimizers';
import { caseConfig, replay } from './helpers';
import { TORCH_CASES } from './torch-cases';
import type { SgdConfig } from '../../../src/core/types';

const cfg = (o: Partial<SgdConfig>): SgdConfig => caseConfig('sgd', o) as SgdConfig;

describe('sgd', () => {
  it.each(TORCH_CASES.filter((c) => c.type === 'sgd').map((c) => [c.name, c] as const))(
    '%s matches torch.optim.SGD bit for bit over 100 updates',
    (_, c) => {
      expect(replay(c)).toEqual(c.rows);
    },
  );

  it('starts the momentum buffer at the first gradient (torch: buf = clone(d_p))', () => {
    const opt = sgd(cfg({ momentum: 0.9, dampening: 0.5 }));
    const { state } = opt.update([2, -4], opt.init([0, 0]), [0, 0], { lr: 0.1 });
    expect(state.momentumBuffer).toEqual([2, -4]);
    const next = opt.update([1, 1], state, [0, 0], { lr: 0.1 });
    expect(next.state.momentumBuffer).toEqual([0.9 * 2 + 0.5 * 1, 0.9 * -4 + 0.5 * 1]);
  });

  it('plain SGD has no buffer and reports NaN internals', () => {
    const opt = sgd(cfg({}));
    const { params, state } = opt.update([1, -2], opt.init([1, 1]), [1, 1], { lr: 0.5 });
    expect(params).toEqual([0.5, 2]);
    expect(state.momentumBuffer).toBeNull();
    const i = opt.internals(state);
    expect([i.va, i.vb, i.sa, i.sb].every(Number.isNaN)).toBe(true);
  });

  it('hp.momentum overrides the configured momentum for that step', () => {
    const opt = sgd(cfg({ momentum: 0 }));
    let s = opt.update([1, 1], opt.init([0, 0]), [0, 0], { lr: 1, momentum: 0.5 }).state;
    s = opt.update([1, 1], s, [0, 0], { lr: 1, momentum: 0.5 }).state;
    expect(s.momentumBuffer).toEqual([1.5, 1.5]);
  });

  it('update is pure and its state survives a JSON round trip', () => {
    const opt = sgd(cfg({ momentum: 0.9 }));
    const s0 = opt.init([0.1, 1.8]);
    const a = opt.update([0.3, -0.2], s0, [0.1, 1.8], { lr: 0.01 });
    expect(s0.momentumBuffer).toBeNull();
    const revived = JSON.parse(JSON.stringify(a.state));
    const b1 = opt.update([0.5, 0.5], a.state, a.params, { lr: 0.01 });
    const b2 = opt.update([0.5, 0.5], revived, a.params, { lr: 0.01 });
    expect(b2).toEqual(b1);
  });
});
