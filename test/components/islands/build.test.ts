import { describe, expect, it } from 'vitest';
import { animatedFigure, choose, presetFor } from '../../../src/components/islands/build';
import { PRESETS } from '../../../src/experiments/presets';
import { figureDef } from '../../../src/figures/catalog';

// The lookups the island components use: an unknown id fails the build, naming the known ones.
describe('island components look ids up strictly at build time', () => {
  it('fails on an unknown preset id, naming the component and the known ids', () => {
    expect(() => presetFor('foo', 'AnimatedFigure')).toThrow(
      /^Unknown preset "foo" in <AnimatedFigure>: known ids are "sgd-0\.01-160", .*"adam-0\.12-multiplicative-0\.5"$/,
    );
    expect(presetFor('sgdm-0.012-100', 'TuningDemo')).toBe(PRESETS.find((p) => p.id === 'sgdm-0.012-100'));
  });

  it('fails on a figure number that is not an animated contour figure', () => {
    expect(() => animatedFigure(99)).toThrow('Unknown figure 99 in <AnimatedFigure>: known ids are 3, 9, 12, 14, 16');
    expect(() => animatedFigure(1)).toThrow(/Unknown figure 1 in <AnimatedFigure>/);
    // The static figure components look figures up by number through figureDef: same kind of message.
    expect(() => figureDef(17)).toThrow(
      'Unknown figure 17: known figures are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16',
    );
  });

  it('fails on an unknown option of a component prop', () => {
    const table = { multistep: 1, multiplicative: 2 };
    expect(choose(table, 'multistep', 'SchedulerDemo', 'kind')).toBe(1);
    expect(() => choose(table, 'cosine', 'SchedulerDemo', 'kind')).toThrow(
      'Unknown kind "cosine" in <SchedulerDemo>: known ids are "multistep", "multiplicative"',
    );
    expect(() => choose(table, 'toString', 'SchedulerDemo', 'kind')).toThrow(/Unknown kind "toString"/);
  });
});
