import { describe, expect, it } from 'vitest';
import { lrCurve, type SchedulerContext } from '../../../src/core/schedulers';
import type { SchedulerSpec } from '../../../src/core/types';

// Tutorial section 3: Adam, alpha0 = 0.12, scheduler.step() after every mini-batch update.
const ctx: SchedulerContext = { baseLr: 0.12, baseMomentum: 0.9, stepsPerEpoch: 8, totalSteps: 800 };
const curve = (spec: SchedulerSpec): Float64Array => lrCurve(spec, ctx, 30).lr;

const multiStep3 = curve({ type: 'MultiStepLR', milestones: [4, 8, 10, 12, 14, 16, 18, 20, 22, 24], gamma: 0.8 });
const multiStep4 = curve({ type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 });
const mult3 = curve({ type: 'MultiplicativeLR', factor: 0.8, start: 6, end: 24, every: 2 });
const mult4 = curve({ type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20] });

describe('the tutorial’s scheduler cases (figure 15)', () => {
  it('MultiStepLR case 3 decays from 0.12 to 0.12 * 0.8^10 = 0.01288, first used by update 24', () => {
    expect(multiStep3[23]).toBeCloseTo(0.12 * 0.8 ** 9, 15);
    expect(multiStep3[24]).toBeCloseTo(0.12 * 0.8 ** 10, 15);
    expect(multiStep3[24]).toBeCloseTo(0.01288, 5);
    expect(multiStep3[29]).toBe(multiStep3[24]);
  });

  it('MultiStepLR milestone m changes the rate used by update m (0-based), as after the m-th step() call', () => {
    expect(Array.from(multiStep3.slice(0, 5))).toEqual([0.12, 0.12, 0.12, 0.12, 0.12 * 0.8]);
    expect(multiStep4[4]).toBe(0.12);
    expect(multiStep4[5]).toBe(0.06);
  });

  it('MultiStepLR case 4 halves the rate at 5, 10, 15, 20 and ends at 0.0075', () => {
    expect(Array.from([0, 5, 10, 15, 20].map((i) => multiStep4[i]))).toEqual([0.12, 0.06, 0.03, 0.015, 0.0075]);
    expect(multiStep4[29]).toBe(0.0075);
  });

  it('MultiplicativeLR case 3 (0.8 at 6, 8, ..., 24) reaches exactly MultiStepLR case 3’s final rate', () => {
    expect(mult3[29]).toBe(multiStep3[29]);
    // It starts decaying two updates later (its first firing point is 6, not 4) ...
    expect(mult3[5]).toBe(0.12);
    expect(mult3[6]).toBe(0.12 * 0.8);
    // ... and coincides from update 8 on.
    expect(Array.from(mult3.slice(8))).toEqual(Array.from(multiStep3.slice(8)));
  });

  it('MultiplicativeLR case 4 (0.5 at 5, 10, 15, 20) gives MultiStepLR case 4’s curve exactly', () => {
    expect(Array.from(mult4)).toEqual(Array.from(multiStep4));
  });

  it('LambdaLR with the same rules gives the same curves (computed from the base rate)', () => {
    const lambda3 = curve({ type: 'LambdaLR', factor: 0.8, start: 6, end: 24, every: 2 });
    const lambda4 = curve({ type: 'LambdaLR', factor: 0.5, at: [5, 10, 15, 20] });
    for (let i = 0; i < 30; i++) {
      expect(lambda3[i]).toBeCloseTo(mult3[i], 15);
      expect(lambda4[i]).toBeCloseTo(mult4[i], 15);
    }
  });
});
