/**
 * The runs a reader puts together are styled by what they are (figures/run-meaning.ts):
 * optimizer colours when optimizers differ, the ordered learning-rate scale when only the
 * rate differs, another dash for look-alikes, the "you" style for the run being edited.
 */
import { describe, expect, it } from 'vitest';
import { configMetas, configStyles } from '../../src/figures/run-meaning';
import { lrColour, OPTIMIZER_STYLE, runStyle, YOU } from '../../src/figures/palette';

const run = (type: string, lr: number, momentum = 0) => ({ optimizer: { type, lr, momentum } });

describe('colour by meaning for the reader’s runs', () => {
  it('colours runs of different optimizers by optimizer, whatever their position', () => {
    const a = configStyles([run('sgd', 0.01), run('adam', 0.01), run('rmsprop', 0.01), run('sgd', 0.01, 0.9)]);
    expect(a.map((s) => s.colour)).toEqual([
      OPTIMIZER_STYLE.sgd.colour,
      OPTIMIZER_STYLE.adam.colour,
      OPTIMIZER_STYLE.rmsprop.colour,
      OPTIMIZER_STYLE.sgdm.colour,
    ]);
    const b = configStyles([run('adam', 0.01), run('sgd', 0.01)]);
    expect(b[0].colour).toBe(a[1].colour);
    expect(b[1].colour).toBe(a[0].colour);
  });

  it('colours runs of one optimizer that differ by rate on the ordered learning-rate scale', () => {
    const s = configStyles([run('sgd', 0.1), run('sgd', 0.001), run('sgd', 0.01)]);
    expect(s.map((x) => x.colour)).toEqual([lrColour(0.1), lrColour(0.001), lrColour(0.01)]);
  });

  it('gives runs that would look alike another dash', () => {
    const same = configStyles([run('adam', 0.01), run('adam', 0.01)]);
    expect(same[0].colour).toBe(same[1].colour);
    expect(same[0].dash).not.toBe(same[1].dash);
    const mixed = configMetas([run('sgd', 0.01), run('adam', 0.01), run('sgd', 0.1)]);
    expect(mixed.map((m) => m.variant)).toEqual([0, 0, 1]);
  });

  it('draws the reader’s run in the one "you" style, on top of the others', () => {
    const s = configStyles([run('sgd', 0.01), run('adam', 0.01)], 1);
    expect(s[1].colour).toBe(YOU.colour);
    expect(s[1].layer).toBeGreaterThan(s[0].layer);
    expect(s[0]).toEqual(runStyle({ optimizer: 'sgd', lr: 0.01, colourBy: 'optimizer', variant: 0 }));
    expect(configMetas([run('sgd', 0.01)], null)[0].role).toBeUndefined();
  });
});
