import { describe, expect, it } from 'vitest';
import { powCorrect } from '../../../src/core/optimizers';
import { adam } from '../../../src/core/optimizers/adam';
import { optimizerDefaults } from '../../../src/core/config';
import type { AdamConfig } from '../../../src/core/types';

// Python's `beta ** float(k)` (CPython 3.11, glibc), which torch's Adam uses for its bias corrections.
const PYTHON_POWERS: [number, [number, number][]][] = [
  [
    0.9,
    [
      [1, 0.9],
      [2, 0.81],
      [7, 0.4782969000000001],
      [100, 2.6561398887587544e-5],
      [1280, 2.6940898912356196e-59],
      [3200, 3.7673000021539096e-147],
      [77777, 0.0],
      [200000, 0.0],
    ],
  ],
  [
    0.999,
    [
      [1, 0.999],
      [2, 0.998001],
      [7, 0.993020965034979],
      [100, 0.9047921471137089],
      [1280, 0.2778592948684866],
      [3200, 0.04069699315707305],
      [77777, 1.6031632627123084e-34],
      [200000, 1.252117820117096e-87],
    ],
  ],
  [
    0.8,
    [
      [1, 0.8],
      [2, 0.6400000000000001],
      [7, 0.20971520000000007],
      [100, 2.0370359763344975e-10],
      [1280, 9.01951841695117e-125],
      [3200, 7.726065296048e-311],
      [77777, 0.0],
      [200000, 0.0],
    ],
  ],
  [
    0.95,
    [
      [1, 0.95],
      [2, 0.9025],
      [7, 0.6983372960937497],
      [100, 0.0059205292203339975],
      [1280, 3.063478027367096e-29],
      [3200, 5.19441835287244e-72],
      [77777, 0.0],
      [200000, 0.0],
    ],
  ],
];

describe('beta^t for the bias corrections', () => {
  it.each(PYTHON_POWERS)("powCorrect(%f, k) equals Python's beta ** k", (beta, rows) => {
    for (const [k, want] of rows) expect(powCorrect(beta, k)).toBe(want);
  });

  it("the running double-double product in Adam's state stays equal to the direct power", () => {
    const opt = adam(optimizerDefaults('adam') as AdamConfig);
    let s = opt.init([0, 0]);
    for (let t = 1; t <= 3200; t++) {
      s = opt.update([0.1, 0.1], s, [0, 0], { lr: 0.001 }).state;
      if (t % 160 === 0) {
        expect(s.beta2Power[0]).toBe(powCorrect(0.999, t));
        expect(s.beta1Power[0]).toBe(powCorrect(0.9, t));
      }
    }
    expect(s.beta2Power[0]).toBe(0.04069699315707305);
  });

  it('a naive running product of doubles would drift (why the double-double is needed)', () => {
    let p = 1;
    for (let t = 0; t < 1280; t++) p *= 0.999;
    expect(p).not.toBe(0.2778592948684866);
    expect(powCorrect(0.999, 1280)).toBe(0.2778592948684866);
  });
});
