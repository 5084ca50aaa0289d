import { describe, expect, it } from 'vitest';
import { linspaceF32, makeOrbitData, nextEpochOrder } from '../../src/core/data';
import { MT19937 } from '../../src/core/rng';

const TUTORIAL = { n: 512, a: 1.261845, b: 1.234378, noise: 0.1 };

// torch.linspace(-1.3, 0.7, n) (float32, x86 CPU, torch 1.13): float64 sum of all values and sample entries.
const LINSPACE: [number, number, [number, number][]][] = [
  [
    37,
    -11.099999010562897,
    [
      [0, -1.2999999523162842],
      [1, -1.2444443702697754],
      [7, -0.911111056804657],
      [8, -0.855555534362793],
      [15, -0.46666663885116577],
      [16, -0.411111056804657],
      [17, -0.3555555045604706],
      [18, -0.2999999523162842],
      [19, -0.24444438517093658],
      [31, 0.42222219705581665],
      [32, 0.47777777910232544],
      [35, 0.6444444060325623],
      [36, 0.699999988079071],
    ],
  ],
  [
    100,
    -29.999997640028596,
    [
      [0, -1.2999999523162842],
      [1, -1.279797911643982],
      [7, -1.158585786819458],
      [8, -1.1383837461471558],
      [15, -0.9969695806503296],
      [16, -0.9767676591873169],
      [49, -0.3101009726524353],
      [50, -0.28989893198013306],
      [51, -0.2696969211101532],
      [95, 0.6191918849945068],
      [96, 0.6393939256668091],
      [98, 0.6797979474067688],
      [99, 0.699999988079071],
    ],
  ],
  [
    261,
    -78.29999367007986,
    [
      [0, -1.2999999523162842],
      [1, -1.2923076152801514],
      [7, -1.2461538314819336],
      [8, -1.2384614944458008],
      [15, -1.1846153736114502],
      [16, -1.1769230365753174],
      [129, -0.3076922595500946],
      [130, -0.2999999523162842],
      [131, -0.29230764508247375],
      [255, 0.6615384817123413],
      [256, 0.6692307591438293],
      [259, 0.6923076510429382],
      [260, 0.699999988079071],
    ],
  ],
  [
    1000,
    -299.99998632096685,
    [
      [0, -1.2999999523162842],
      [1, -1.2979979515075684],
      [7, -1.2859859466552734],
      [8, -1.2839839458465576],
      [15, -1.2699699401855469],
      [16, -1.267967939376831],
      [499, -0.3010009825229645],
      [500, -0.29899898171424866],
      [501, -0.29699698090553284],
      [991, 0.6839839816093445],
      [992, 0.6859859824180603],
      [998, 0.6979979872703552],
      [999, 0.699999988079071],
    ],
  ],
  [
    2048,
    -614.3999692446087,
    [
      [0, -1.2999999523162842],
      [1, -1.299022912979126],
      [7, -1.2931606769561768],
      [8, -1.2921836376190186],
      [15, -1.2853443622589111],
      [16, -1.284367322921753],
      [1023, -0.3004884719848633],
      [1024, -0.29951149225234985],
      [1025, -0.29853445291519165],
      [2046, 0.6990229487419128],
      [2047, 0.699999988079071],
    ],
  ],
];

// The original recipe in torch 1.13 (float32): [n, a, b, noise, seed, sum x, sum Y, Y[0], Y[n-1]].
const DATASETS: [number, number, number, number, number, number, number, number, number][] = [
  [100, 1.5, 1.0, 0.3, 42, -111.80339226126671, 78.14613703638315, 0.11502604931592941, -0.1451392024755478],
  [
    37, 1.261845, 1.234378, 0.1, 9999, -9.688332051038742, 34.88168463297188, 0.029061639681458473,
    0.041865624487400055,
  ],
  [
    512, 1.261845, 1.234378, 0.1, 9999, -134.06557118613273, 494.3219891730696, 0.029061639681458473,
    -0.01694348454475403,
  ],
];

const sum = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);

describe('orbit data (bit-identical to the PyTorch float32 data)', () => {
  it('reproduces the published x check values and linspace step', () => {
    const d = makeOrbitData(TUTORIAL, 9999);
    expect(d.x[0]).toBe(-1.5236917734146118);
    expect(d.x[1]).toBe(-1.5187530517578125);
    expect(d.x[7]).toBe(-1.4891207218170166);
    expect(d.x[8]).toBe(-1.4841820001602173);
    expect(d.x[255]).toBe(-0.2643160820007324);
    expect(d.x[256]).toBe(-0.25937753915786743);
    expect(d.x[511]).toBe(0.999998152256012);
    expect(Math.fround(Math.fround(d.x[511] - d.x[0]) / 511)).toBe(0.004938728176057339);
  });

  it('reproduces the published noisy Y check values', () => {
    const d = makeOrbitData(TUTORIAL, 9999);
    expect(d.y[0]).toBe(0.029061639681458473);
    expect(d.y[1]).toBe(0.10408294200897217);
    expect(d.y[255]).toBe(1.2215074300765991);
    expect(d.y[511]).toBe(-0.01694348454475403);
    for (const v of d.y) expect(Math.fround(v)).toBe(v);
  });

  it.each(LINSPACE)('linspace of %i points matches torch bit for bit', (n, total, samples) => {
    const x = linspaceF32(-1.3, 0.7, n);
    for (const [i, v] of samples) expect(x[i]).toBe(v);
    expect(sum(x)).toBe(total);
  });

  it('linspace handles 1 and 2 points', () => {
    expect(Array.from(linspaceF32(-1, 1, 1))).toEqual([-1]);
    expect(Array.from(linspaceF32(-1, 1, 2))).toEqual([-1, 1]);
  });

  it.each(DATASETS)("n=%i a=%f b=%f noise=%f seed=%i matches torch's data", (n, a, b, noise, seed, sx, sy, y0, yl) => {
    const d = makeOrbitData({ n, a, b, noise }, seed);
    expect(sum(d.x)).toBe(sx);
    expect(sum(d.y)).toBe(sy);
    expect(d.y[0]).toBe(y0);
    expect(d.y[n - 1]).toBe(yl);
  });

  it('leaves the generator where the first epoch draws begin', () => {
    const rng = new MT19937(9999);
    makeOrbitData(TUTORIAL, rng);
    const perm = new Int32Array(512);
    nextEpochOrder(rng, perm);
    expect(Array.from(perm.slice(0, 4))).toEqual([404, 308, 8, 140]);
  });

  it('puts noiseless points on the ellipse and keeps the offset c as its float32 value', () => {
    const d = makeOrbitData({ n: 64, a: 2, b: 1, noise: 0 }, 1);
    expect(d.c).toBe(Math.fround(Math.sqrt(3)));
    for (let i = 0; i < d.n; i++) {
      const xc = d.x[i] + d.c;
      expect(Math.abs((xc * xc) / 4 + d.y[i] * d.y[i] - 1)).toBeLessThan(1e-6);
      expect(d.d2[i]).toBe(xc * xc);
    }
  });
});
