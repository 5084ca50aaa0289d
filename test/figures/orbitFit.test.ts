import { describe, expect, it } from 'vitest';
import { fittedY, orbitFitSpec } from '../../src/figures/orbitFit';
import { renderSvg } from '../../src/figures/render/server';

describe('orbit fit', () => {
  it('is the upper half-ellipse where the root is real and 0 outside, as the original drew it', () => {
    expect(fittedY(1.261845, 1.234378, 0.26185, -0.26185)).toBeCloseTo(1.234378, 12);
    expect(fittedY(1.261845, 1.234378, 0.26185, 0.999995)).toBeCloseTo(0, 2);
    expect(fittedY(1, 1, 0, 1.5)).toBe(0);
  });

  it('prints the fitted equation, learning rate, epochs and the unit', () => {
    const svg = renderSvg(
      orbitFitSpec({
        x: [-1, 0, 1],
        y: [0.5, 1, 0.5],
        a: 1.261845,
        b: 1.234378,
        c: 0.26185,
        wa: 3.3381,
        wb: 0.9973,
        lr: 0.012,
        epochs: 100,
        optimizerLabel: 'SGD with momentum',
      }),
    );
    expect(svg).toContain('(x + 0.262)² / 3.338² + y² / 0.997² = 1');
    expect(svg).toContain('Learning rate 0.012, 100 epochs');
    expect(svg).toContain('in units of AU');
    for (const label of ['Sun', 'Earth', 'Mars']) expect(svg).toContain(`>${label}<`);
  });
});
