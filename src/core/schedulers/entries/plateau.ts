/** Registry entry of ReduceLROnPlateau (kernel in ../plateau.ts): stepped per epoch with the epoch's loss, never nested. */
import { choice, int, num } from '../../params';
import { BIG, rate, type SchedulerEntry } from './entry';

export const PLATEAU_ENTRIES = {
  ReduceLROnPlateau: {
    summary: 'Cuts the rate by factor when the epoch loss stops improving for longer than patience epochs.',
    formula: String.raw`\alpha \leftarrow \max(\mathit{factor}\, \alpha,\ \alpha_{min}) \text{ after } \mathit{patience} + 1 \text{ epochs without improvement}`,
    params: {
      mode: choice({
        torchName: 'mode',
        label: 'Better is',
        options: ['min', 'max'],
        default: 'min',
        help: 'Whether lower or higher metric values are better.',
      }),
      factor: num({
        torchName: 'factor',
        label: 'Cut factor',
        min: 0,
        max: 1,
        ends: '()',
        default: 0.1,
        help: 'Multiplier applied on a plateau.',
      }),
      patience: int({
        torchName: 'patience',
        label: 'Patience',
        min: 0,
        max: BIG,
        ends: '[]',
        default: 10,
        help: 'Bad epochs tolerated.',
      }),
      threshold: num({
        torchName: 'threshold',
        label: 'Threshold',
        min: 0,
        max: 1,
        ends: '[]',
        default: 1e-4,
        help: 'Smallest change that counts as an improvement.',
      }),
      thresholdMode: choice({
        torchName: 'threshold_mode',
        label: 'Threshold is',
        options: ['rel', 'abs'],
        default: 'rel',
        help: 'Threshold relative to the best value, or absolute.',
      }),
      cooldown: int({
        torchName: 'cooldown',
        label: 'Cooldown',
        min: 0,
        max: BIG,
        ends: '[]',
        default: 0,
        help: 'Epochs ignored after a cut.',
      }),
      minLr: num({ torchName: 'min_lr', label: 'Lowest rate', ...rate, default: 0, help: 'Floor of the rate.' }),
      eps: num({
        torchName: 'eps',
        label: 'Smallest cut',
        min: 0,
        max: 1,
        ends: '[]',
        default: 1e-8,
        help: 'Smaller cuts are skipped.',
      }),
    },
    nestable: false,
    cadence: 'epoch-metric',
    preview: { type: 'ReduceLROnPlateau', factor: 0.5, patience: 2 },
  },
} as const satisfies Record<string, SchedulerEntry>;
