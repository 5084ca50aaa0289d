import { describe, expect, it } from 'vitest';
import { runJob, transferables, type JobResult } from '../../src/client/jobs';
import { train, resolveConfig } from '../../src/core';

function finish(job: Parameters<typeof runJob>[0]): { result: JobResult; progress: number[] } {
  const it = runJob(job);
  const progress: number[] = [];
  let s = it.next();
  while (!s.done) {
    progress.push(s.value);
    s = it.next();
  }
  return { result: s.value, progress };
}

describe('worker jobs', () => {
  it('a train job returns the same trace as the core, and the landscape of the first run’s data', () => {
    const { result } = finish({
      kind: 'train',
      configs: [{ epochs: 10, optimizer: { type: 'sgd', lr: 0.012, momentum: 0.9 } }],
      landscape: { waMin: 0, waMax: 4, wbMin: -0.5, wbMax: 3.5, nx: 20, ny: 20 },
    });
    if (result.kind !== 'train') throw new Error('wrong kind');
    const r = result.runs[0];
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cfg = resolveConfig({ epochs: 10, optimizer: { type: 'sgd', lr: 0.012, momentum: 0.9 } });
    if (!cfg.ok) throw new Error('invalid');
    expect(Array.from(r.trace.wa)).toEqual(Array.from(train(cfg.value).wa));
    expect(result.landscape?.values.length).toBe(400);
    expect(r.data.x.length).toBe(512);
  });

  it('an invalid config comes back as errors in its slot, the valid ones still train', () => {
    const { result } = finish({ kind: 'train', configs: [{ optimizer: { lr: -1 } }, { epochs: 2 }] });
    if (result.kind !== 'train') throw new Error('wrong kind');
    expect(result.runs[0]).toMatchObject({ ok: false, errors: [{ path: 'optimizer.lr' }] });
    expect(result.runs[1].ok).toBe(true);
  });

  it('a long train job reports increasing progress between chunks', () => {
    const { progress } = finish({ kind: 'train', configs: [{ epochs: 2000 }] });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p, i) => p > 0 && p <= 1 && (i === 0 || p >= progress[i - 1]))).toBe(true);
  });

  it('a sweep gives one final loss per rate and optimizer, marking divergence', () => {
    const lrs = [0.001, 0.01, 10];
    const { result } = finish({
      kind: 'sweep',
      base: { epochs: 100 },
      variants: [{ key: 'sgdm', optimizer: { type: 'sgd', momentum: 0.9 } }],
      lrs,
    });
    if (result.kind !== 'sweep') throw new Error('wrong kind');
    const s = result.series[0];
    expect(s.key).toBe('sgdm');
    expect(Array.from(s.diverged)).toEqual([0, 0, 1]);
    expect(s.finalLoss[1]).toBeLessThan(0.01);
    expect(s.finalLoss[2]).toBe(Infinity);
    expect(transferables(result).length).toBe(2);
  });
});
