/**
 * The LR range test against a plain PyTorch loop of the same test
 * (scripts/golden/practice_fixtures.py: torch.optim, the rate multiplied by hand after
 * every update, fast.ai's smoothing, stop rule and suggestion rules), plus its own rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FINDER_DEFAULTS,
  finderConfig,
  finderGrowth,
  lrRangeTest,
  smoothLosses,
  type FinderOptions,
} from '../../../src/core/practice/finder';
import { minimumRule, steepestRule, suggestionWindow, valleyRule } from '../../../src/core/practice/suggest';
import type { PartialConfig } from '../../../src/core/types';
import { ROOT } from '../../support/paths';

const DIR = path.join(ROOT, 'test/core/practice/fixtures');

interface FinderFixture {
  name: string;
  run: PartialConfig;
  options: Pick<FinderOptions, 'startLr' | 'endLr' | 'numIt'>;
  growth: number;
  stop: 'blowup' | 'end';
  rows: Record<'lr' | 'loss' | 'smoothed' | 'wa' | 'wb', (number | null)[]>;
  suggestions: Record<'steep' | 'minimum' | 'valley', { lr: number; index: number }>;
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith('finder-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as FinderFixture);

/**
 * The tolerances of test/core/golden.test.ts for updates 1-100 (the range tests are at
 * most 150 updates and the rows past 100 get the same bounds as the golden "late" ones).
 */
const TOL: Record<'early' | 'late', Record<'lr' | 'loss' | 'smoothed' | 'wa' | 'wb', [number, number]>> = {
  early: {
    lr: [1e-9, 1e-15],
    wa: [1e-9, 1e-12],
    wb: [1e-9, 1e-12],
    loss: [1e-7, 1e-12],
    smoothed: [1e-7, 1e-12],
  },
  late: { lr: [1e-7, 1e-15], wa: [1e-7, 1e-10], wb: [1e-7, 1e-10], loss: [1e-5, 1e-10], smoothed: [1e-5, 1e-10] },
};

function unwrap<T>(v: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
}

describe('LR range test against a PyTorch loop of the same test', () => {
  it('has fixtures for the default test, another seed, momentum and Adam', () => {
    expect(fixtures.map((f) => f.name)).toEqual([
      'finder-adam-batch32',
      'finder-default',
      'finder-seed1',
      'finder-sgd-momentum',
    ]);
    expect(fixtures.some((f) => f.stop === 'blowup') && fixtures.some((f) => f.stop === 'end')).toBe(true);
  });

  for (const fx of fixtures) {
    it(`${fx.name}: rates, losses, smoothed losses, parameters, stop and suggestions match torch`, () => {
      const r = unwrap(lrRangeTest({ ...fx.options, run: fx.run }));
      expect(r.length).toBe(fx.rows.lr.length);
      expect(r.stop).toBe(fx.stop);
      expect(
        Math.abs(finderGrowth(fx.options.startLr, fx.options.endLr, fx.options.numIt) / fx.growth - 1),
      ).toBeLessThan(1e-14);
      const cols = { lr: r.lr, loss: r.loss, smoothed: r.smoothed, wa: r.trace.wa, wb: r.trace.wb };
      for (let i = 0; i < r.length; i++) {
        const tol = TOL[i < 100 ? 'early' : 'late'];
        for (const col of ['lr', 'loss', 'smoothed', 'wa', 'wb'] as const) {
          const want = fx.rows[col][i];
          const got = cols[col][i];
          if (want === null) {
            expect(got, `${col}[${i}]`).toBeNaN();
            continue;
          }
          const [rel, abs] = tol[col];
          expect(Math.abs(got - want), `${col}[${i}]: core ${got}, torch ${want}`).toBeLessThanOrEqual(
            rel * Math.abs(want) + abs,
          );
        }
      }
      for (const rule of ['steep', 'minimum', 'valley'] as const) {
        const s = r.suggestions[rule];
        expect(s, rule).not.toBeNull();
        expect(s?.index, rule).toBe(fx.suggestions[rule].index);
        expect(Math.abs((s?.lr ?? NaN) / fx.suggestions[rule].lr - 1), rule).toBeLessThan(1e-9);
      }
    });
  }
});

describe('LR range test defaults on the orbit model', () => {
  it('show the full curve for seeds 9999, 1, 2, 3: flat start, a fall to under half, then a blow-up', () => {
    for (const seed of [9999, 1, 2, 3]) {
      const r = unwrap(lrRangeTest({ run: { ...FINDER_DEFAULTS.run, seed } }));
      expect(r.stop, `seed ${seed}`).toBe('blowup');
      const early = r.smoothed[10];
      // Flat: the first tenth of the curve moves by under 15 %.
      expect(Math.abs(r.smoothed[15] / early - 1), `seed ${seed}`).toBeLessThan(0.15);
      // Falls: the best smoothed loss is under half the flat level, at a rate above 0.1.
      expect(r.best.loss, `seed ${seed}`).toBeLessThan(early / 2);
      expect(r.best.lr, `seed ${seed}`).toBeGreaterThan(0.1);
      // Blows up: the last point is over 4x the best, after the best.
      expect(r.smoothed[r.length - 1], `seed ${seed}`).toBeGreaterThan(4 * r.best.loss);
      expect(r.length - 1, `seed ${seed}`).toBeGreaterThan(r.best.index);
      // The three rules read three different rates, all below the best one.
      const lrs = [r.suggestions.steep?.lr, r.suggestions.minimum?.lr, r.suggestions.valley?.lr];
      expect(new Set(lrs).size, `seed ${seed}`).toBe(3);
      for (const lr of lrs) expect(lr, `seed ${seed}`).toBeLessThan(r.best.lr);
    }
  });

  it('runs as a trainer config: MultiplicativeLR with the growth factor per update, lr = startLr', () => {
    const cfg = unwrap(finderConfig({ startLr: 1e-3, endLr: 10, numIt: 100, run: { batchSize: 32 } }));
    expect(cfg.optimizer.lr).toBe(1e-3);
    expect(cfg.schedulerStep).toBe('update');
    expect(cfg.scheduler).toMatchObject({ type: 'MultiplicativeLR', factor: finderGrowth(1e-3, 10, 100), start: 1 });
    expect(cfg.epochs).toBe(7); // 16 updates per epoch, 100 updates
    const r = unwrap(lrRangeTest({ startLr: 1e-3, endLr: 1, numIt: 100, stopFactor: Infinity, run: {} }));
    expect(r.length).toBe(100);
    expect(r.stop).toBe('end');
    expect(r.lr[99] * finderGrowth(1e-3, 1, 100)).toBeCloseTo(1, 12);
  });

  it('reports bad options and bad run settings as errors, never throws', () => {
    const bad = lrRangeTest({ startLr: -1, endLr: 0.5, numIt: 1.5, beta: 1, stopFactor: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['startLr', 'numIt', 'beta', 'stopFactor']);
    const badRun = lrRangeTest({ run: { batchSize: 0 } });
    expect(badRun.ok).toBe(false);
    if (!badRun.ok) expect(badRun.errors[0].path).toBe('run.batchSize');
  });

  it('reports a diverged run as a result with the curve up to the last finite update', () => {
    const r = unwrap(lrRangeTest({ startLr: 1, endLr: 1e4, numIt: 200, stopFactor: Infinity, run: {} }));
    expect(r.stop).toBe('diverged');
    expect(r.diverged).not.toBeNull();
    expect(r.length).toBeLessThan(200);
    expect(Number.isFinite(r.trace.wa[r.length - 1])).toBe(true);
  });
});

describe('smoothing and suggestion rules', () => {
  it('debias the moving average (a constant loss stays exactly constant) and skip all-masked NaN losses', () => {
    const s = smoothLosses([2, 2, NaN, 2, 2], 5, 0.98, 4);
    for (const v of s.smoothed) expect(v).toBeCloseTo(2, 14);
    expect(s.length).toBe(5);
    expect(s.blewUp).toBe(false);
  });

  it('stop after the first smoothed loss above stopFactor x the best', () => {
    const s = smoothLosses([1, 1, 1, 100, 100, 100], 6, 0, 4);
    expect(s.length).toBe(4);
    expect(s.blewUp).toBe(true);
    expect(s.bestIndex).toBe(0);
  });

  it('steep picks the most negative slope against log lr, minimum the lowest loss, valley about halfway down the longest descent', () => {
    const lrs = [1, 10, 100, 1000, 10000, 1e5];
    expect(steepestRule(lrs, [5, 4.9, 3, 2.8, 2.7, 9])).toBe(1);
    expect(minimumRule([5, 4, 3, 1, 2])).toBe(3);
    // One descent over indices 2..11 (10 points after a rise): start 1 (= 11 - lds 10), L = 10,
    // index 1 + floor(10/3) + floor(10/3/2) = 1 + 3 + 1 = 5.
    expect(valleyRule([1, 2, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1.5, 3, 4])).toBe(5);
  });

  it('read the window fast.ai reads: skip numIt/10 points at the start and 5 at the end, stop at a NaN', () => {
    expect(suggestionWindow(new Float64Array(100), 100)).toEqual([10, 95]);
    const withNaN = new Float64Array(100);
    withNaN[50] = NaN;
    expect(suggestionWindow(withNaN, 100)).toEqual([10, 50]);
    expect(suggestionWindow(new Float64Array(8), 100)).toEqual([0, 8]);
  });
});
