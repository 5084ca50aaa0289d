/**
 * The published final (Wa, Wb) of every run in the tutorial's table (tutorial.md).
 * The original ran in float32; the core trains in float64 on bit-identical data, as
 * PyTorch's float64 training does. Stable runs land within 1e-3 of the published values.
 * Three runs are chaotic (a 1/y_pred term near the ellipse's end amplifies rounding): they
 * end elsewhere in float64, and the tests pin what float64 gives, which is exactly what
 * torch 1.13 gives in float64 (values computed with torch.optim on the same data).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { train } from '../../src/core/train';
import type { PartialConfig, Trace } from '../../src/core/types';

function run(p: PartialConfig): Trace {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return train(r.value);
}
const sgdm = (lr: number, epochs: number): PartialConfig => ({ epochs, optimizer: { type: 'sgd', lr, momentum: 0.9 } });
const adam = (lr: number, scheduler: PartialConfig['scheduler'] = null): PartialConfig => ({
  epochs: 100,
  optimizer: { type: 'adam', lr },
  scheduler,
});

const STABLE: [string, PartialConfig, number, number][] = [
  ['SGD, lr 0.01, 160 epochs', {}, 1.2611, 1.2324],
  ['SGD momentum, lr 0.01, 160 epochs', sgdm(0.01, 160), 1.2613, 1.2322],
  ['RMSprop, lr 0.01, 160 epochs', { optimizer: { type: 'rmsprop' } }, 1.2617, 1.2348],
  ['Adam, lr 0.01, 160 epochs', { optimizer: { type: 'adam' } }, 1.2608, 1.232],
  ['SGD momentum, lr 0.012, 100 epochs', sgdm(0.012, 100), 3.3381, 0.9973],
  ['SGD momentum, lr 0.01, 100 epochs', sgdm(0.01, 100), 1.2611, 1.2322],
  ['SGD momentum, lr 0.005, 100 epochs', sgdm(0.005, 100), 1.2614, 1.2325],
  ['SGD momentum, lr 0.001, 100 epochs', sgdm(0.001, 100), 1.2612, 1.2325],
  ['SGD momentum, lr 0.012, 400 epochs', sgdm(0.012, 400), 1.2618, 1.233],
  ['SGD momentum, lr 0.00015, 400 epochs', sgdm(0.00015, 400), 1.2607, 1.2345],
  [
    'Adam, 0.12, MultiStepLR gamma 0.8',
    adam(0.12, { type: 'MultiStepLR', milestones: [4, 8, 10, 12, 14, 16, 18, 20, 22, 24], gamma: 0.8 }),
    1.2615,
    1.2313,
  ],
  [
    'Adam, 0.12, MultiStepLR gamma 0.5',
    adam(0.12, { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 }),
    1.2613,
    1.2318,
  ],
  [
    'Adam, 0.12, MultiplicativeLR 0.8',
    adam(0.12, { type: 'MultiplicativeLR', factor: 0.8, start: 6, end: 24, every: 2 }),
    1.2615,
    1.2313,
  ],
  [
    'Adam, 0.12, MultiplicativeLR 0.5',
    adam(0.12, { type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20] }),
    1.2613,
    1.2318,
  ],
];

describe('published final values', () => {
  it.each(STABLE)('%s ends within 1e-3 of the published (%f, %f)', (_, cfg, wa, wb) => {
    const t = run(cfg);
    expect(t.diverged).toBeNull();
    expect(Math.abs(t.final.wa - wa)).toBeLessThan(1e-3);
    expect(Math.abs(t.final.wb - wb)).toBeLessThan(1e-3);
  });

  it('lr 0.012 for 100 epochs overshoots to about (3.338, 0.997)', () => {
    const t = run(sgdm(0.012, 100));
    expect(t.final.wa.toFixed(3)).toBe('3.338');
    expect(t.final.wb.toFixed(3)).toBe('0.997');
  });

  it('the scheduled Adam rates end at 0.12 * 0.8^10 and 0.12 * 0.5^4 by update 30', () => {
    const a = run(adam(0.12, { type: 'MultiStepLR', milestones: [4, 8, 10, 12, 14, 16, 18, 20, 22, 24], gamma: 0.8 }));
    const b = run(adam(0.12, { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 }));
    expect(a.lr[29].toFixed(5)).toBe('0.01288');
    expect(b.lr[29]).toBe(0.0075);
  });

  describe('chaotic runs (float32 original vs float64 here)', () => {
    it('SGD momentum lr 0.00015, 100 epochs: still far from the target, as published (1.2022, 1.3981); float64 gives (1.1946, 1.4023)', () => {
      const t = run(sgdm(0.00015, 100));
      expect(t.final.wa).toBe(1.1945885425925833);
      expect(t.final.wb).toBe(1.4022774936470879);
      expect(Math.abs(t.final.wa - 1.2022)).toBeLessThan(0.01);
      expect(Math.abs(t.final.wb - 1.3981)).toBeLessThan(0.01);
    });

    it('Adam lr 0.01 fixed, 100 epochs: short of the target as published (1.1847, 1.2658); float64 gives (1.1770, 1.2689)', () => {
      const t = run(adam(0.01));
      expect(t.final.wa).toBe(1.1769525155404155);
      expect(t.final.wb).toBe(1.2688640484695204);
      expect(Math.abs(t.final.wa - 1.1847)).toBeLessThan(0.01);
    });

    it('Adam lr 0.12 fixed, 100 epochs: near the target as published (1.2630, 1.2349); float64 gives (1.2580, 1.2352)', () => {
      const t = run(adam(0.12));
      expect(t.final.wa).toBe(1.2579803520519444);
      expect(t.final.wb).toBe(1.2352361792858788);
      expect(Math.abs(t.final.wa - 1.263)).toBeLessThan(0.01);
    });
  });
});
