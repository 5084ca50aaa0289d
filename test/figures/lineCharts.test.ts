import { describe, expect, it } from 'vitest';
import { decades } from '../../src/figures/lineCharts';

describe('log-axis ticks of the step-size chart', () => {
  it('are the powers of ten inside the data range, ignoring zero steps', () => {
    expect(decades([0.00003, 0.2, 0, NaN])).toEqual([1e-4, 1e-3, 1e-2, 1e-1]);
    expect(decades([0, -1])).toEqual([]);
  });
});
