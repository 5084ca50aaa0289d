import { describe, expect, it } from 'vitest';
import { axisOfOptions } from '../../src/client/playground-axis';

describe('a chart’s own update axis (the playground’s step-size chart)', () => {
  it('reads the frame and the update domain from the options the chart was drawn from', () => {
    const o = { width: 560, height: 340, marginLeft: 62, marginRight: 20, marginTop: 40, marginBottom: 42 };
    expect(axisOfOptions({ ...o, x: { domain: [0, 1280] } })).toEqual({
      x0: 62,
      x1: 540,
      u0: 0,
      u1: 1280,
      top: 40,
      bottom: 298,
    });
  });

  it('gives up (the shared frame applies) when the options do not place the axis', () => {
    expect(axisOfOptions({ width: 560, height: 340 })).toBeNull();
    expect(axisOfOptions({ height: 340, x: { domain: [0, 10] } })).toBeNull();
    expect(axisOfOptions({ width: 560, height: 340, x: { domain: [5, 5] } })).toBeNull();
    expect(axisOfOptions({ width: 560, height: 340, x: { domain: ['a', 'b'] } })).toBeNull();
  });
});
