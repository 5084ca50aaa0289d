import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { fullLoss } from '../../src/core/model';
import { makeOrbitData } from '../../src/core/data';
import { logSpace, lrSweep } from '../../src/core/sweep';
import { train } from '../../src/core/train';
import type { SgdConfig } from '../../src/core/types';

const r = resolveConfig({ epochs: 100 });
if (!r.ok) throw new Error('config');
const base = r.value;
const sgd = base.optimizer as SgdConfig;
const withMomentum = (momentum: number): SgdConfig => ({ ...sgd, momentum });

describe('lrSweep', () => {
  it("gives each run's final full-data loss, equal to training it alone", () => {
    const [series] = lrSweep(base, [withMomentum(0.9)], [0.001, 0.01]);
    expect(series.type).toBe('sgd');
    const alone = train({ ...base, optimizer: { ...withMomentum(0.9), lr: 0.01 } });
    const data = makeOrbitData(base.data, base.seed);
    expect(series.points[1]).toEqual({
      lr: 0.01,
      finalLoss: fullLoss(data, alone.final.wa, alone.final.wb),
      diverged: false,
    });
    expect(series.points[1].finalLoss).toBeLessThan(0.0012);
  });

  it('marks diverged runs and invalid rates without throwing', () => {
    const [series] = lrSweep({ ...base, epochs: 20 }, [withMomentum(0.99)], [10, -1, Number.NaN]);
    expect(series.points[0].diverged).toBe(true);
    expect(series.points[0].finalLoss).toBeNaN();
    expect(series.points[1]).toEqual({ lr: -1, finalLoss: NaN, diverged: false });
  });

  it('uses the base options for the base type and PyTorch defaults for others', () => {
    const s = lrSweep({ ...base, epochs: 1 }, ['sgd', 'adamw'], [0.01]);
    expect(s[0].optimizer).toBe(base.optimizer);
    expect(s[1].optimizer).toMatchObject({ type: 'adamw', weightDecay: 0.01 });
  });

  it('50 rates x 4 optimizers x 100 epochs give one point per rate and optimizer (npm run bench times it)', () => {
    const s = lrSweep(base, ['sgd', withMomentum(0.9), 'rmsprop', 'adam'], logSpace(1e-4, 1, 50));
    expect(s.map((x) => x.points.length)).toEqual([50, 50, 50, 50]);
  });

  it('logSpace spans the range evenly in log scale', () => {
    const l = logSpace(1e-4, 1, 5);
    expect(l[0]).toBeCloseTo(1e-4, 18);
    expect(l[2]).toBeCloseTo(1e-2, 15);
    expect(l[4]).toBeCloseTo(1, 15);
  });
});
