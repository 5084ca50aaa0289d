import type { OptimizerType } from '../../../src/core/types';

export interface TorchCase {
  name: string;
  type: OptimizerType;
  options: Record<string, unknown>;
  /** [step, Wa, Wb] after that many steps. */
  rows: [number, number, number][];
}

/** The gradient sequence the reference runs used. */
export function gradientAt(t: number): [number, number] {
  return [(-1) ** t * 0.3 * t + 0.05, 1 / (t + 1) - 0.2];
}

/** torch 1.13.0a0 float64 reference values for the optimizer tests, written by scripts/golden/make_fixtures.py (`npm run golden`) with torch.optim; gradient g(t) = [(-1)^t 0.3 t + 0.05, 1/(t+1) - 0.2], start (0.1, 1.8). */
export const TORCH_CASES: readonly TorchCase[] = [
  {
    name: 'sgd',
    type: 'sgd',
    options: {},
    rows: [
      [1, 0.10250000000000001, 1.7970000000000002],
      [2, 0.096, 1.7956666666666667],
      [3, 0.1045, 1.7951666666666668],
      [100, -0.10000000000000031, 1.9580272149226141],
    ],
  },
  {
    name: 'sgd momentum 0.9',
    type: 'sgd',
    options: { momentum: 0.9 },
    rows: [
      [1, 0.10250000000000001, 1.7970000000000002],
      [2, 0.09825, 1.7929666666666668],
      [3, 0.102925, 1.7888366666666669],
      [100, -0.42721744053774513, 3.210210237376142],
    ],
  },
  {
    name: 'sgd momentum, dampening, weight decay',
    type: 'sgd',
    options: { lr: 0.02, momentum: 0.8, dampening: 0.3, weightDecay: 0.05 },
    rows: [
      [1, 0.10490000000000001, 1.7922],
      [2, 0.09964657, 1.7828387933333334],
      [3, 0.107274073401, 1.7734018408446668],
      [100, -0.3265786443961394, 2.1995219194012168],
    ],
  },
  {
    name: 'sgd nesterov',
    type: 'sgd',
    options: { momentum: 0.9, nesterov: true, weightDecay: 0.01 },
    rows: [
      [1, 0.104731, 1.793958],
      [2, 0.09437800111, 1.7885080146466665],
      [3, 0.10705179607878909, 1.7836746675258837],
      [100, -0.5665597987010533, 3.023563586602217],
    ],
  },
  {
    name: 'rmsprop',
    type: 'rmsprop',
    options: {},
    rows: [
      [1, 0.19999996000001596, 1.7000000333333223],
      [2, 0.10660521636544595, 1.6592155564632745],
      [3, 0.18413364949950914, 1.6440227642096592],
      [100, 0.11615936896795163, 3.483277892120608],
    ],
  },
  {
    name: 'rmsprop centered, momentum, weight decay',
    type: 'rmsprop',
    options: { lr: 0.005, alpha: 0.9, eps: 1e-6, momentum: 0.5, centered: true, weightDecay: 0.1 },
    rows: [
      [1, 0.11666643518840017, 1.7833334490732704],
      [2, 0.10973596137193987, 1.76512850686573],
      [3, 0.11877556569867781, 1.7487919666566865],
      [100, 0.10351524769684615, 1.9000035920941067],
    ],
  },
  {
    name: 'adam',
    type: 'adam',
    options: {},
    rows: [
      [1, 0.10999999960000002, 1.7900000003333334],
      [2, 0.1054585046800112, 1.7808539479283476],
      [3, 0.10817688777563632, 1.7729020683592454],
      [100, 0.09794185039454269, 2.692291695665796],
    ],
  },
  {
    name: 'adam amsgrad, weight decay',
    type: 'adam',
    options: { lr: 0.05, betas: [0.8, 0.99], eps: 1e-6, weightDecay: 0.1, amsgrad: true },
    rows: [
      [1, 0.14999979166753474, 1.7500001041664497],
      [2, 0.12376813604103494, 1.7022773229638908],
      [3, 0.1385983369121509, 1.6572393816912405],
      [100, 0.07507320853960511, 1.8783571411574163],
    ],
  },
  {
    name: 'adamw',
    type: 'adamw',
    options: {},
    rows: [
      [1, 0.10998999960000003, 1.7898200003333333],
      [2, 0.1054375056800512, 1.7804949659283142],
      [3, 0.10814534502510832, 1.7723650368626191],
      [100, 0.09693678178939578, 2.6708691770310056],
    ],
  },
  {
    name: 'adamw amsgrad',
    type: 'adamw',
    options: { lr: 0.03, weightDecay: 0.2, amsgrad: true },
    rows: [
      [1, 0.12939999880000005, 1.7592000010000002],
      [2, 0.11499911404723359, 1.7212066437790425],
      [3, 0.12246426864982557, 1.6870237652090614],
      [100, 0.047711229718917225, 3.116406954937235],
    ],
  },
];
