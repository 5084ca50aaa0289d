import { describe, expect, it } from 'vitest';
import { simplifyPathData } from '../../../src/figures/render/simplify';

describe('simplifyPathData', () => {
  it('drops vertices that lie on a straight line and keeps the corners', () => {
    const d = 'M0,0L1,0.01L2,0L3,0L3,1L3,2L3,3';
    expect(simplifyPathData(d, 0.3)).toBe('M0,0L3,0L3,3');
  });

  it('keeps closed rings closed and drops rings that collapse below a triangle', () => {
    expect(simplifyPathData('M0,0L10,0L10,10L0,10Z', 0.3)).toBe('M0,0L10,0L10,10L0,10Z');
    expect(simplifyPathData('M0,0L0.1,0L0.2,0Z', 0.3)).toBe('');
  });

  it('leaves path data with curves or relative commands untouched', () => {
    const d = 'M0,0A5,5 0 1,1 10,0Z';
    expect(simplifyPathData(d)).toBe(d);
    expect(simplifyPathData('m0,0l1,1')).toBe('m0,0l1,1');
  });
});
