import { describe, expect, it } from 'vitest';
import { rmsprop } from '../../../src/core/optimizers';
import { caseConfig, replay } from './helpers';
import { TORCH_CASES } from './torch-cases';
import type { RmspropConfig } from '../../../src/core/types';

const cfg = (o: Partial<RmspropConfig>): RmspropConfig => caseConfig('rmsprop', o) as RmspropConfig;

describe('rmsprop', () => {
  it.each(TORCH_CASES.filter((c) => c.type === 'rmsprop').map((c) => [c.name, c] as const))(
    '%s matches torch.optim.RMSprop bit for bit over 100 updates',
    (_, c) => {
      expect(replay(c)).toEqual(c.rows);
    },
  );

  it('first step moves each parameter by about lr / sqrt(1 - alpha), eps outside the root', () => {
    const opt = rmsprop(cfg({ lr: 0.01 }));
    const { params, state } = opt.update([-0.5, 3], opt.init([0, 0]), [0, 0], { lr: 0.01 });
    expect(params[0]).toBeCloseTo(0.1, 7);
    expect(params[1]).toBeCloseTo(-0.1, 7);
    expect(state.squareAvg[1]).toBeCloseTo(0.01 * 9, 15);
    const i = opt.internals(state);
    expect(i.va).toBeNaN();
    expect(i.sa).toBe(state.squareAvg[0]);
    // eps is added after the root: a zero gradient leaves the parameter in place.
    const z = opt.update([0, 0], opt.init([1, 1]), [1, 1], { lr: 0.01 });
    expect(z.params).toEqual([1, 1]);
  });

  it('records the momentum buffer once momentum is used (also via hp.momentum)', () => {
    const opt = rmsprop(cfg({}));
    const { state } = opt.update([1, 1], opt.init([0, 0]), [0, 0], { lr: 0.01, momentum: 0.9 });
    expect(opt.internals(state).va).toBe(state.momentumBuffer[0]);
    expect(state.momentumBuffer[0]).toBeGreaterThan(0);
  });
});
