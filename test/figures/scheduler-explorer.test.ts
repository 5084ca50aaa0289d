import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { schedulerExplorerSpec, snakeCase, torchCall } from '../../src/figures/scheduler-explorer';

describe('scheduler explorer figure', () => {
  it('writes the PyTorch call with PyTorch argument names', () => {
    expect(torchCall({ type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 })).toBe(
      'MultiStepLR(optimizer, milestones=[5, 10, 15, 20], gamma=0.5)',
    );
    expect(torchCall({ type: 'StepLR', stepSize: 30, gamma: 0.1 })).toBe('StepLR(optimizer, step_size=30, gamma=0.1)');
    expect(torchCall({ type: 'CosineAnnealingLR', tMax: 10, etaMin: 0 })).toBe(
      'CosineAnnealingLR(optimizer, T_max=10, eta_min=0)',
    );
    expect(torchCall({ type: 'X', flag: true, mode: "it's" })).toBe("X(optimizer, flag=True, mode='it\\'s')");
  });

  it('writes a factor rule as the Python lambda it stands for', () => {
    expect(
      torchCall({ type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20], start: 1, end: null, every: 1 }),
    ).toBe('MultiplicativeLR(optimizer, lr_lambda=lambda t: 0.5 if t in (5, 10, 15, 20) else 1.0)');
    expect(torchCall({ type: 'MultiplicativeLR', factor: 0.8, at: null, start: 6, end: 24, every: 2 })).toBe(
      'MultiplicativeLR(optimizer, lr_lambda=lambda t: 0.8 if 6 <= t <= 24 and (t - 6) % 2 == 0 else 1.0)',
    );
    expect(torchCall({ type: 'LambdaLR', factor: 0.5, at: [3], start: 1, end: null, every: 1 })).toBe(
      'LambdaLR(optimizer, lr_lambda=lambda t: 0.5 ** sum(1 for s in range(1, t + 1) if s in (3,)))',
    );
  });

  it('converts camelCase to snake_case', () => {
    expect(snakeCase('lrLambda')).toBe('lr_lambda');
    expect(snakeCase('gamma')).toBe('gamma');
  });

  it('renders the rate as a step line at build time, titled with the call', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const lrs = Array.from({ length: 30 }, (_, i) => 0.12 * 0.5 ** Math.floor((i + 1) / 5));
    const fig = Plot.plot(
      schedulerExplorerSpec({ type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 }, lrs, {
        document,
        markRow: 4,
      }),
    ) as unknown as Element;
    expect(fig.outerHTML).toContain('MultiStepLR(optimizer, milestones=[5, 10, 15, 20], gamma=0.5)');
    expect(fig.querySelectorAll('g[aria-label="line"] path').length).toBe(1);
    expect(fig.outerHTML).toContain('update 5: lr 0.06000');
  });

  it('drops non-positive rates on a log axis instead of failing', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const spec = schedulerExplorerSpec({ type: 'LinearLR' }, [0, 0.1, 0.2], { logY: true, document });
    expect(spec.y?.type).toBe('log');
    const d =
      (Plot.plot(spec) as unknown as Element).querySelector('g[aria-label="line"] path')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|Infinity/);
  });
});
