/**
 * Every run of the tutorial, as plain JSON (a deep-partial TrainConfig: whatever is not
 * written is the tutorial's default, see DEFAULT_CONFIG), with the final (Wa, Wb) the
 * original article published for it. Ids are stable: figures, prose (<RunValue>), data
 * files and the reproducibility page all refer to runs by these ids.
 */
import type { PartialConfig } from '../core/types';

export interface Preset {
  id: string;
  /** Short label for legends, e.g. "SGD momentum, lr 0.012". */
  label: string;
  /** Tutorial section anchor the run belongs to. */
  section: 'step-size' | 'tuning' | 'multisteplr' | 'multiplicativelr';
  config: PartialConfig;
  /** Final (Wa, Wb) printed by the original (float32 PyTorch), 4 decimals. */
  published: { wa: number; wb: number };
  /**
   * True for the runs the brief flags as chaotic: a 1/y_pred term near the ellipse's end
   * makes them sensitive to float32 vs float64 rounding, so the site's final may differ.
   */
  sensitive?: boolean;
}

const sgdm = (lr: number) => ({ type: 'sgd' as const, lr, momentum: 0.9 });
const adam = (lr: number) => ({ type: 'adam' as const, lr });

/** The seventeen runs, in the order of the article's results table. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'sgd-0.01-160',
    label: 'SGD',
    section: 'step-size',
    config: { epochs: 160, optimizer: { type: 'sgd', lr: 0.01 } },
    published: { wa: 1.2611, wb: 1.2324 },
  },
  {
    id: 'sgdm-0.01-160',
    label: 'SGD momentum',
    section: 'step-size',
    config: { epochs: 160, optimizer: sgdm(0.01) },
    published: { wa: 1.2613, wb: 1.2322 },
  },
  {
    id: 'rmsprop-0.01-160',
    label: 'RMSprop',
    section: 'step-size',
    config: { epochs: 160, optimizer: { type: 'rmsprop', lr: 0.01 } },
    published: { wa: 1.2617, wb: 1.2348 },
  },
  {
    id: 'adam-0.01-160',
    label: 'Adam',
    section: 'step-size',
    config: { epochs: 160, optimizer: adam(0.01) },
    published: { wa: 1.2608, wb: 1.232 },
  },
  {
    id: 'sgdm-0.012-100',
    label: 'lr 0.012',
    section: 'tuning',
    config: { epochs: 100, optimizer: sgdm(0.012) },
    published: { wa: 3.3381, wb: 0.9973 },
  },
  {
    id: 'sgdm-0.01-100',
    label: 'lr 0.01',
    section: 'tuning',
    config: { epochs: 100, optimizer: sgdm(0.01) },
    published: { wa: 1.2611, wb: 1.2322 },
  },
  {
    id: 'sgdm-0.005-100',
    label: 'lr 0.005',
    section: 'tuning',
    config: { epochs: 100, optimizer: sgdm(0.005) },
    published: { wa: 1.2614, wb: 1.2325 },
  },
  {
    id: 'sgdm-0.001-100',
    label: 'lr 0.001',
    section: 'tuning',
    config: { epochs: 100, optimizer: sgdm(0.001) },
    published: { wa: 1.2612, wb: 1.2325 },
  },
  {
    id: 'sgdm-0.00015-100',
    label: 'lr 0.00015',
    section: 'tuning',
    config: { epochs: 100, optimizer: sgdm(0.00015) },
    published: { wa: 1.2022, wb: 1.3981 },
    sensitive: true,
  },
  {
    id: 'sgdm-0.012-400',
    label: 'lr 0.012, 400 epochs',
    section: 'tuning',
    config: { epochs: 400, optimizer: sgdm(0.012) },
    published: { wa: 1.2618, wb: 1.233 },
  },
  {
    id: 'sgdm-0.00015-400',
    label: 'lr 0.00015, 400 epochs',
    section: 'tuning',
    config: { epochs: 400, optimizer: sgdm(0.00015) },
    published: { wa: 1.2607, wb: 1.2345 },
  },
  {
    id: 'adam-0.01-100',
    label: 'lr 0.01 fixed',
    section: 'multisteplr',
    config: { epochs: 100, optimizer: adam(0.01) },
    published: { wa: 1.1847, wb: 1.2658 },
    sensitive: true,
  },
  {
    id: 'adam-0.12-100',
    label: 'lr 0.12 fixed',
    section: 'multisteplr',
    config: { epochs: 100, optimizer: adam(0.12) },
    published: { wa: 1.263, wb: 1.2349 },
    sensitive: true,
  },
  {
    id: 'adam-0.12-multistep-0.8',
    label: '0.12, MultiStepLR γ 0.8',
    section: 'multisteplr',
    config: {
      epochs: 100,
      optimizer: adam(0.12),
      scheduler: { type: 'MultiStepLR', milestones: [4, 8, 10, 12, 14, 16, 18, 20, 22, 24], gamma: 0.8 },
    },
    published: { wa: 1.2615, wb: 1.2313 },
  },
  {
    id: 'adam-0.12-multistep-0.5',
    label: '0.12, MultiStepLR γ 0.5',
    section: 'multisteplr',
    config: {
      epochs: 100,
      optimizer: adam(0.12),
      scheduler: { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 },
    },
    published: { wa: 1.2613, wb: 1.2318 },
  },
  {
    id: 'adam-0.12-multiplicative-0.8',
    label: '0.12, MultiplicativeLR × 0.8',
    section: 'multiplicativelr',
    config: {
      epochs: 100,
      optimizer: adam(0.12),
      scheduler: { type: 'MultiplicativeLR', factor: 0.8, start: 6, end: 24, every: 2 },
    },
    published: { wa: 1.2615, wb: 1.2313 },
  },
  {
    id: 'adam-0.12-multiplicative-0.5',
    label: '0.12, MultiplicativeLR × 0.5',
    section: 'multiplicativelr',
    config: {
      epochs: 100,
      optimizer: adam(0.12),
      scheduler: { type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20] },
    },
    published: { wa: 1.2613, wb: 1.2318 },
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset with this id; throws at build time on a typo so a broken reference never ships. */
export function presetById(id: string): Preset {
  const p = findPreset(id);
  if (!p) throw new Error(`Unknown experiment preset "${id}". Known: ${PRESETS.map((q) => q.id).join(', ')}`);
  return p;
}
