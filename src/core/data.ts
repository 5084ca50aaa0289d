/**
 * The orbit data set, built exactly as the original PyTorch script built it in float32
 * (see reference-rng.md): `linspace` as the x86 CPU kernel computes it, the noise from the
 * seeded generator, every intermediate rounded to float32 with Math.fround.
 */
import { MT19937 } from './rng';
import type { DataConfig } from './types';

const f32 = Math.fround;

/** The data a run trains on: float32 values stored as float64. */
export interface OrbitData {
  n: number;
  /** Inputs, evenly spaced from -(a + c) to a - c. */
  x: Float64Array;
  /** Noisy targets. */
  y: Float64Array;
  /** True semi-axes. */
  a: number;
  b: number;
  /**
   * Centre offset sqrt(a^2 - b^2) rounded to float32: the original module held it as a
   * float32 value, and float64 training converts that value (this, not the float64
   * offset, gives the published first-batch gradient -0.097034).
   */
  c: number;
  /** (x + c)^2 in float64, precomputed for the model and the landscape. */
  d2: Float64Array;
}

/** Centre offset of the ellipse, sqrt(a^2 - b^2) (float64, as Python computes it). */
export function centreOffset(a: number, b: number): number {
  return Math.sqrt(a * a - b * b);
}

/**
 * torch.linspace(start, end, n) in float32 as the vectorised CPU kernel computes it:
 * blocks of 8 from the front or the back (whichever half the block starts in), the tail
 * beyond 16 * floor(n / 16) element by element.
 */
export function linspaceF32(startIn: number, endIn: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n <= 0) return out;
  const start = f32(startIn);
  const end = f32(endIn);
  if (n === 1) {
    out[0] = start;
    return out;
  }
  const step = f32(f32(end - start) / (n - 1));
  const halfway = Math.floor(n / 2);
  const blocked = 16 * Math.floor(n / 16);
  for (let i0 = 0; i0 < blocked; i0 += 8) {
    // step * i0 is exact in float64, so one fround gives the kernel's single rounding.
    const base = i0 < halfway ? f32(start + step * i0) : f32(end - step * (n - 1 - i0));
    for (let j = 0; j < 8; j++) out[i0 + j] = f32(base + f32(j * step));
  }
  for (let i = blocked; i < n; i++) {
    out[i] = i < halfway ? f32(start + step * i) : f32(end - step * (n - 1 - i));
  }
  return out;
}

/**
 * Draws the data set from `rng` (or a fresh generator seeded with `seed`): n float draws
 * for the noise, in x order. The generator is left where a training loop continues.
 *
 * y = b * sqrt(1 - (x + c)^2 / a^2) + (u - 0.5) * noise, in float32. Where float32
 * rounding pushes the value under the root below zero (possible only at the two ends),
 * it is taken as 0 instead of giving NaN; for the tutorial's data this never happens.
 */
export function makeOrbitData(cfg: DataConfig, seedOrRng: number | MT19937): OrbitData {
  const rng = typeof seedOrRng === 'number' ? new MT19937(seedOrRng) : seedOrRng;
  const { n, a, b, noise } = cfg;
  const c = centreOffset(a, b);
  const x = linspaceF32(-(a + c), a - c, n);
  const c32 = f32(c);
  const b32 = f32(b);
  const a2 = f32(a * a);
  const half = f32(0.5);
  const width = f32(noise);
  const y = new Float64Array(n);
  const d2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xc = f32(x[i] + c32);
    const r = f32(1 - f32(f32(xc * xc) / a2));
    const clean = f32(b32 * f32(Math.sqrt(r > 0 ? r : 0)));
    const u = rng.nextFloat();
    y[i] = f32(clean + f32(f32(u - half) * width));
    const xd = x[i] + c32;
    d2[i] = xd * xd;
  }
  return { n, x, y, a, b, c: c32, d2 };
}

/**
 * Advances `rng` by one epoch of the 2021 DataLoader: one int64 draw (the iterator's
 * unused base seed), then randperm(n) from the same generator, written into `perm`.
 * Mini-batch k of the epoch is perm[k * batchSize ..], the last one possibly partial.
 */
export function nextEpochOrder(rng: MT19937, perm: Int32Array): void {
  rng.skipInt64();
  rng.randpermInto(perm);
}
