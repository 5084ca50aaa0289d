import { describe, expect, it } from 'vitest';
import { nearestRow, pinKey, pinnedFromUrl } from '../../src/client/cursor-lines';
import { EXPLORER_MARGINS, updateX } from '../../src/figures/update-axis';

describe('the pinned update in the URL', () => {
  it('reads `<id>-update` as a 1-based count and returns it 0-based', () => {
    expect(pinKey('player-14')).toBe('player-14-update');
    expect(pinnedFromUrl('?player-14-update=35', 'player-14')).toBe(34);
    expect(pinnedFromUrl('?runs=abc&playground-update=1', 'playground')).toBe(0);
  });

  it('ignores another island’s pin and anything that is not a positive whole number', () => {
    expect(pinnedFromUrl('?player-3-update=35', 'player-14')).toBeNull();
    for (const bad of ['0', '-2', '3.5', 'abc', '', '1e3x'])
      expect(pinnedFromUrl(`?player-14-update=${bad}`, 'player-14')).toBeNull();
  });
});

describe('the update axis', () => {
  it('puts the first and last update on the frame’s edges', () => {
    expect(updateX(1, 800, 330)).toBe(EXPLORER_MARGINS.left);
    expect(updateX(800, 800, 330)).toBe(330 - EXPLORER_MARGINS.right);
    expect(updateX(400.5, 800, 330)).toBeCloseTo((EXPLORER_MARGINS.left + 330 - EXPLORER_MARGINS.right) / 2, 9);
  });
});

describe('the update nearest a point on the landscape', () => {
  const scales = { x: { domain: [0, 4] }, y: { domain: [-0.5, 3.5] } };
  const run = (wa: number[], wb: number[]) => ({ wa, wb, length: wa.length });

  it('finds the row of whichever run passes closest', () => {
    const a = run([0.1, 0.5, 1, 1.5], [1.8, 1.6, 1.4, 1.3]);
    const b = run([0.1, 0.2, 0.3], [1.8, 2.5, 3]);
    expect(nearestRow([a, b], [1.01, 1.41], scales)).toBe(2);
    expect(nearestRow([a, b], [0.31, 2.99], scales)).toBe(2);
    expect(nearestRow([a, b], [0.21, 2.5], scales)).toBe(1);
  });

  it('finds nothing far from every path, and skips runs that did not train', () => {
    const a = run([0.1, 0.5], [1.8, 1.6]);
    expect(nearestRow([a], [3, 0], scales)).toBeNull();
    expect(nearestRow([null, a], [0.5, 1.6], scales)).toBe(1);
  });
});
