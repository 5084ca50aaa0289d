import { describe, expect, it } from 'vitest';
import { fma } from '../../../src/core/optimizers/fma';

// An independent reference: a * b + c in exact BigInt arithmetic, rounded once to nearest-even.
function parts(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const bits = new BigUint64Array(new Float64Array([x]).buffer)[0];
  const sign = bits >> 63n ? -1n : 1n;
  const ex = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  return ex === 0 ? [sign * frac, -1074] : [sign * (frac | (1n << 52n)), ex - 1075];
}
function round(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  let shift = a.toString(2).length - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const s = BigInt(shift);
    const q = a >> s;
    const rem = a - (q << s);
    const half = 1n << (s - 1n);
    a = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  const v = Number(a) * 2 ** e;
  return neg ? -v : v;
}
function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  const [mc, ec] = parts(c);
  const e = Math.min(ea + eb, ec);
  return round(((ma * mb) << BigInt(ea + eb - e)) + (mc << BigInt(ec - e)), e);
}

describe('fma emulation', () => {
  it('is correctly rounded on 50,000 random triples, including near-cancellations', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let mismatches = 0;
    for (let i = 0; i < 50_000; i++) {
      const a = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 60 - 30);
      const b = (rnd() - 0.5) * 2 ** Math.floor(rnd() * 60 - 30);
      const c =
        i % 3 === 0
          ? (rnd() - 0.5) * 2 ** Math.floor(rnd() * 60 - 30)
          : i % 3 === 1
            ? -(a * b) * (1 + (rnd() - 0.5) * 2 ** -40)
            : -(a * b) + (rnd() - 0.5) * Math.abs(a * b) * 2 ** -50;
      const got = fma(a, b, c);
      const want = exactFma(a, b, c);
      if (got !== want) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('differs from a separate multiply and add where the product is inexact', () => {
    const a = 1 + 2 ** -30;
    const c = -(1 + 2 ** -29);
    expect(a * a + c).toBe(0);
    expect(fma(a, a, c)).toBe(2 ** -60);
  });

  it('passes infinities, NaN and zeros through like a * b + c', () => {
    expect(fma(Infinity, 1, 1)).toBe(Infinity);
    expect(fma(NaN, 1, 1)).toBeNaN();
    expect(fma(2, 3, 0)).toBe(6);
    expect(fma(0, 3, 5)).toBe(5);
    expect(fma(1e300, 1e300, 1)).toBe(Infinity);
  });
});
