/**
 * beta^t as Python computes `beta ** step` (C pow, correctly rounded in practice), using
 * only + - * so every JS engine gets the same bits: the power is carried in double-double
 * (hi + lo, about 106 bits), so rounding it to one double gives the correctly rounded
 * value except in astronomically rare near-ties. A plain running product of doubles
 * would drift by several ulps over thousands of steps.
 */

const SPLITTER = 134217729; // 2^27 + 1 (Dekker/Veltkamp split)

/** pair <- pair * (bh + bl) in double-double, in place; pair = [hi, lo] with |lo| <= ulp(hi) / 2. */
export function ddMul(pair: [number, number], bh: number, bl: number): void {
  const ah = pair[0];
  const al = pair[1];
  const p = ah * bh;
  // Exact error of ah * bh (Dekker's two-product).
  let t = SPLITTER * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLITTER * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  const err = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  const lo = err + (ah * bl + al * bh);
  const s = p + lo;
  pair[0] = s;
  pair[1] = lo - (s - p);
}

/** beta^n in double-double by binary exponentiation, written into `out`. */
export function ddPow(beta: number, n: number, out: [number, number]): void {
  out[0] = 1;
  out[1] = 0;
  const base: [number, number] = [beta, 0];
  let k = n;
  while (k > 0) {
    if (k & 1) ddMul(out, base[0], base[1]);
    k = Math.floor(k / 2);
    if (k > 0) ddMul(base, base[0], base[1]);
  }
}

/** beta^n rounded to a double, the value Python's `beta ** n` gives. */
export function powCorrect(beta: number, n: number): number {
  const out: [number, number] = [1, 0];
  ddPow(beta, n, out);
  return out[0];
}
