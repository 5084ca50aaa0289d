/**
 * fma(a, b, c) = a * b + c with a single rounding, using only + - * and bit tests.
 *
 * Why: torch's x86 CPU kernels for `add_(x, alpha=k)` and `addcmul_` are compiled with
 * fused multiply-add, so `p.add_(d, alpha=-lr)` is fma(-lr, d, p) there, not p + (-lr * d).
 * The two differ in the last bit now and then, and the sensitive runs amplify that. This
 * emulation (Boldo & Melquiond's algorithm: exact product, exact sum, one rounding to
 * odd, one rounding to nearest) gives the correctly rounded result, the same on every
 * JavaScript engine. Outside the range where the exact product is representable
 * (|a|, |b| or |a * b| above 2^995, |a * b| below 2^-969) it falls back to a * b + c.
 */

const SPLITTER = 134217729; // 2^27 + 1
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;
const BIG = 2 ** 995;
const SMALL = 2 ** -969;

/** x + y rounded to odd: when inexact, the neighbour of RN(x + y) whose last bit is 1. */
function addRoundOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const err = x - (s - bb) + (y - bb);
  if (err === 0) return s;
  f64[0] = s;
  if ((u32[LO] & 1) === 1) return s;
  // Step one ulp towards the exact value: up in magnitude if err has the sign of s.
  if (err > 0 === s > 0) {
    u32[LO] = (u32[LO] + 1) >>> 0;
    if (u32[LO] === 0) u32[HI] = (u32[HI] + 1) >>> 0;
  } else {
    if (u32[LO] === 0) u32[HI] = (u32[HI] - 1) >>> 0;
    u32[LO] = (u32[LO] - 1) >>> 0;
  }
  return f64[0];
}

/** a * b + c rounded once (to nearest, ties to even). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = p < 0 ? -p : p;
  const aa = a < 0 ? -a : a;
  const ab = b < 0 ? -b : b;
  if (!(ap < BIG && ap > SMALL && aa < BIG && ab < BIG) || c === 0 || !(c - c === 0)) return p + c;
  // Exact product p + e (Dekker).
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  // Exact sum th + tl = c + p (Knuth's TwoSum).
  const th = c + p;
  const bv = th - c;
  const tl = c - (th - bv) + (p - bv);
  return th + addRoundOdd(tl, e);
}
