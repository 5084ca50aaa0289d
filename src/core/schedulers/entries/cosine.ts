/** Registry entries of the cosine schedulers (kernels in ../cosine.ts). */
import { int } from '../../params';
import { count, etaMin, type SchedulerEntry } from './entry';

export const COSINE_ENTRIES = {
  CosineAnnealingLR: {
    summary: 'Follows half a cosine from the base rate down to etaMin over tMax steps (and back up after).',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi t}{T_{\max}} \Big)`,
    params: {
      tMax: int({
        torchName: 'T_max',
        label: 'Half period',
        ...count,
        default: 100,
        required: true,
        help: 'Steps of one half-period.',
      }),
      etaMin,
    },
    preview: { type: 'CosineAnnealingLR', tMax: 80, etaMin: 0 },
  },
  CosineAnnealingWarmRestarts: {
    summary: 'Repeats a cosine decay from the base rate to etaMin, restarting with periods growing by tMult.',
    formula: String.raw`\alpha_t = \eta_{\min} + \tfrac{1}{2} (\alpha_0 - \eta_{\min}) \Big( 1 + \cos \frac{\pi T_{cur}}{T_i} \Big),\quad T_i = T_0 T_{mult}^{\,i}`,
    params: {
      t0: int({
        torchName: 'T_0',
        label: 'First period',
        ...count,
        default: 100,
        required: true,
        help: 'Steps of the first period.',
      }),
      tMult: int({
        torchName: 'T_mult',
        label: 'Period growth',
        min: 1,
        max: 100,
        ends: '[]',
        default: 1,
        help: 'Period growth factor.',
      }),
      etaMin,
    },
    preview: { type: 'CosineAnnealingWarmRestarts', t0: 20, tMult: 2, etaMin: 0 },
  },
} as const satisfies Record<string, SchedulerEntry>;
