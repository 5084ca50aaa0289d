import { describe, expect, it } from 'vitest';
import { islandAttributes, readIslandData } from '../../src/client/island-data';
import { SWEEP_DATA, type SweepData } from '../../src/client/sweep-data';

const dataset = (attrs: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), v]),
  );

const sweep: SweepData = {
  base: { epochs: 100 },
  lrs: [1e-4, 10, 50],
  width: 400,
  result: [
    { key: 'sgd', finalLoss: [0.2, 0.001, null] },
    { key: 'adam', finalLoss: [0.1, 0.0009, 0.01] },
  ],
};

describe('sweep island data', () => {
  it('round-trips through the data-* attributes, diverged runs as null', () => {
    const attrs = islandAttributes(SWEEP_DATA, sweep);
    expect(attrs['data-island']).toBe('sweep');
    expect(readIslandData(SWEEP_DATA, dataset(attrs))).toEqual({ ok: true, value: sweep });
  });

  it('refuses a malformed rate grid or loss list with a message naming the field', () => {
    const attrs = islandAttributes(SWEEP_DATA, sweep);
    const r1 = readIslandData(SWEEP_DATA, dataset({ ...attrs, 'data-lrs': '[10, 1, 50]' }));
    expect(r1).toEqual({ ok: false, message: expect.stringContaining('data-lrs') });
    const r2 = readIslandData(SWEEP_DATA, dataset({ ...attrs, 'data-result': '[{"key":"sgd","finalLoss":["x"]}]' }));
    expect(r2).toEqual({ ok: false, message: expect.stringContaining('data-result[0].finalLoss[0]') });
    expect(() => islandAttributes(SWEEP_DATA, { ...sweep, width: Number.NaN })).toThrow(/data-width/);
  });
});
