import { describe, expect, it } from 'vitest';
import { torchSum } from '../../src/core/torch-sum';

/** The same pseudo-random values the reference was computed from (MINSTD generator, exact in doubles; magnitudes 1e-6 .. 1e6). */
function values(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 48271) % 2147483647;
    const m = s / 2147483647 - 0.5;
    s = (s * 48271) % 2147483647;
    const e = (s % 13) - 6;
    out[i] = e >= 0 ? m * 10 ** e : m / 10 ** -e;
  }
  return out;
}

// [length, torch.tensor(xs, dtype=float64).sum() with torch 1.13 on x86, Python's left-to-right sum(xs)].
const REFERENCE: [number, number, number][] = [
  [1, -4.999775220639899, -4.999775220639899],
  [3, -9.60654572427616, -9.60654572427616],
  [4, -1.815559085838292e-5, -1.815559085838292e-5],
  [5, -177.90727586240547, -177.90727586240544],
  [15, -153328.91410465116, -153328.9141046512],
  [16, -49517.75511307747, -49517.75511307747],
  [17, -479461.27293422003, -479461.27293422003],
  [31, -729539.0313540816, -729539.0313540816],
  [63, -625676.6460618466, -625676.6460618468],
  [64, -759575.2597403679, -759575.259740368],
  [65, 465289.790471685, 465289.7904716851],
  [100, -432752.8573486409, -432752.85734864074],
  [287, -16087.806260015699, -16087.806260017473],
];

describe('torchSum', () => {
  it.each(REFERENCE)("adds %i values in torch.sum's order, bit for bit", (n, torchValue) => {
    expect(torchSum(values(n, n), n)).toBe(torchValue);
  });

  it('differs from a left-to-right sum where the order matters (so the test can tell them apart)', () => {
    const differing = REFERENCE.filter(([, t, seq]) => t !== seq);
    expect(differing.length).toBeGreaterThan(3);
    for (const [n, , seq] of differing) {
      const xs = values(n, n);
      let s = 0;
      for (const x of xs) s += x;
      expect(s).toBe(seq);
    }
  });

  it('sums only the first `length` entries of a longer buffer', () => {
    expect(torchSum(Float64Array.of(1, 2, 3, 100), 3)).toBe(6);
    expect(torchSum(new Float64Array(8), 0)).toBe(0);
  });
});
