/*
 * Baseline for scripts/bench.ts: the tutorial's SGD-with-momentum run (512 points,
 * batches of 64, 100 epochs = 800 updates, lr 0.01, momentum 0.9) as a plain scalar C
 * loop: MT19937 data and shuffles, masked MSE gradient, momentum update. Prints one JSON
 * line {"name","medianMs","runs","minMs","wa","wb"}; the time covers data generation and training.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint32_t mt[624];
static int mti;

static void seed_mt(uint32_t s) {
  mt[0] = s;
  for (int i = 1; i < 624; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
  mti = 624;
}

static uint32_t next_u32(void) {
  if (mti >= 624) {
    for (int i = 0; i < 624; i++) {
      uint32_t y = (mt[i] & 0x80000000u) | (mt[(i + 1) % 624] & 0x7fffffffu);
      mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    mti = 0;
  }
  uint32_t y = mt[mti++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

#define N 512
#define BS 64

static double run(double *out_wa, double *out_wb) {
  const double a = 1.261845, b = 1.234378;
  const double c = sqrt(a * a - b * b);
  const float cf = (float)c, af2 = (float)(a * a), bf = (float)b;
  float start = (float)(-(a + c)), end = (float)(a - c);
  float step = (end - start) / (float)(N - 1);
  static double d2[N], y[N];
  static int perm[N];
  seed_mt(9999);
  for (int i0 = 0; i0 < N; i0 += 8) {
    float base = i0 < N / 2 ? (float)((double)start + (double)step * i0) : (float)((double)end - (double)step * (N - 1 - i0));
    for (int j = 0; j < 8; j++) {
      int i = i0 + j;
      float x = base + (float)j * step;
      float xc = x + cf;
      float r = 1.0f - (xc * xc) / af2;
      float clean = bf * sqrtf(r > 0 ? r : 0);
      float u = (float)(next_u32() & 0xffffff) * (1.0f / 16777216.0f);
      y[i] = (double)(clean + (u - 0.5f) * 0.1f);
      double xd = (double)x + (double)cf;
      d2[i] = xd * xd;
    }
  }
  double wa = (double)0.1f, wb = (double)1.8f, va = 0, vb = 0;
  int first = 1;
  for (int epoch = 0; epoch < 100; epoch++) {
    next_u32();
    next_u32();
    for (int i = 0; i < N; i++) perm[i] = i;
    for (int i = 0; i < N - 1; i++) {
      int z = (int)(next_u32() % (uint32_t)(N - i));
      int t = perm[i];
      perm[i] = perm[i + z];
      perm[i + z] = t;
    }
    for (int k = 0; k < N / BS; k++) {
      double wa2 = wa * wa, gwa = 0, gwb = 0;
      int m = 0;
      for (int j = k * BS; j < k * BS + BS; j++) if (1 - d2[perm[j]] / wa2 > 0) m++;
      if (m > 0) {
        double norm = 2.0 / m;
        for (int j = k * BS; j < k * BS + BS; j++) {
          int i = perm[j];
          double q = d2[i] / wa2, r = 1 - q;
          if (!(r > 0)) continue;
          double s = sqrt(r), e = wb * s - y[i], gp = norm * e;
          gwb += gp * s;
          gwa += (gp * wb) / (2 * s) * (q / wa2);
        }
        gwa *= 2 * wa;
      }
      if (first) { va = gwa; vb = gwb; first = 0; }
      else { va = 0.9 * va + gwa; vb = 0.9 * vb + gwb; }
      wa -= 0.01 * va;
      wb -= 0.01 * vb;
    }
  }
  *out_wa = wa;
  *out_wb = wb;
  return 0;
}

static int cmp(const void *p, const void *q) {
  double a = *(const double *)p, b = *(const double *)q;
  return (a > b) - (a < b);
}

int main(int argc, char **argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 51;
  double *ms = malloc(sizeof(double) * runs), wa = 0, wb = 0;
  for (int r = 0; r < runs + 5; r++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    run(&wa, &wb);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (r >= 5) ms[r - 5] = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
  }
  qsort(ms, runs, sizeof(double), cmp);
  printf("{\"name\":\"c-sgdm-100ep\",\"medianMs\":%.4f,\"runs\":%d,\"minMs\":%.4f,\"wa\":%.17g,\"wb\":%.17g}\n", ms[runs / 2], runs, ms[0], wa, wb);
  free(ms);
  return 0;
}
