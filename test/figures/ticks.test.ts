import { describe, expect, it } from 'vitest';
import { decadeLabel, decades } from '../../src/figures/ticks';

describe('log-axis ticks', () => {
  it('are the powers of ten inside the data range, ignoring zero steps', () => {
    expect(decades([0.00003, 0.2, 0, NaN])).toEqual([1e-4, 1e-3, 1e-2, 1e-1]);
    expect(decades([1e-4, 10])).toEqual([1e-4, 0.001, 0.01, 0.1, 1, 10]);
    expect(decades([0, -1])).toEqual([]);
  });

  it('are written 0.001 … 10, and 1e−4 (true minus) below a thousandth', () => {
    expect(decades([1e-5, 10]).map(decadeLabel)).toEqual(['1e−5', '1e−4', '0.001', '0.01', '0.1', '1', '10']);
  });
});
