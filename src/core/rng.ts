/**
 * PyTorch's CPU generator: the standard 32-bit Mersenne Twister (MT19937) with the
 * draw recipes torch uses for `rand` (float32), `random_` (int64) and `randperm`.
 * Reproducing these bit for bit is what lets the site replay the original runs.
 */

const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;
const TWO_POW_M24 = 1 / 16777216;

/** MT19937 seeded like `torch.manual_seed(seed)` (the seed is taken mod 2^32). */
export class MT19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev mod 2^32 without losing bits to float64 rounding.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  private twist(): void {
    const mt = this.mt;
    // The standard three-part loop: no modulo in the hot path.
    let i = 0;
    for (; i < N - M; i++) {
      const y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
      mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      const y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
      mt[i] = mt[i + M - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    this.index = 0;
  }

  /** Next tempered 32-bit output, as an unsigned integer. */
  nextU32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** One `torch.rand` float32 value in [0, 1): the low 24 bits of a draw times 2^-24 (exact in float32). */
  nextFloat(): number {
    return (this.nextU32() & 0xffffff) * TWO_POW_M24;
  }

  /** One `Tensor.random_()` int64 draw: two u32 draws (high word first) mod 2^63. */
  nextInt64(): bigint {
    const hi = BigInt(this.nextU32());
    const lo = BigInt(this.nextU32());
    return ((hi << 32n) | lo) & 0x7fffffffffffffffn;
  }

  /** `torch.randperm(n)` on the CPU: a forward Fisher-Yates shuffle, swap i with i + (u32 mod (n - i)). */
  randperm(n: number): Int32Array {
    const perm = new Int32Array(n);
    this.randpermInto(perm);
    return perm;
  }

  /** Same draws as `randperm(perm.length)`, written into a preallocated array. */
  randpermInto(perm: Int32Array): void {
    const n = perm.length;
    for (let i = 0; i < n; i++) perm[i] = i;
    // The draw is inlined: a call returning a uint32 above 2^31 would box it on every draw.
    const mt = this.mt;
    let index = this.index;
    for (let i = 0; i < n - 1; i++) {
      if (index >= N) {
        this.twist();
        index = 0;
      }
      let y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      const u = y >>> 0;
      const m = n - i;
      // u mod m without a float remainder: floor(u / m) is exact for u < 2^32, m <= 2^20.
      const z = m <= 1048576 ? u - Math.floor(u / m) * m : u % m;
      const t = perm[i];
      perm[i] = perm[i + z];
      perm[i + z] = t;
    }
    this.index = index;
  }

  /** Skip one int64 draw without allocating a bigint (the DataLoader's unused base seed). */
  skipInt64(): void {
    this.nextU32();
    this.nextU32();
  }
}
