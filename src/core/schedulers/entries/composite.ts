/** Registry entries of the schedulers that hold others, SequentialLR and ChainedScheduler (kernels in ../composite.ts). */
import { ints, schedulerList } from '../../params';
import { count, MAX_INNER_SCHEDULERS, type SchedulerEntry } from './entry';

const inner = schedulerList({
  torchName: 'schedulers',
  label: 'Schedulers',
  maxLength: MAX_INNER_SCHEDULERS,
  default: null,
  required: true,
  help: 'The schedulers (no SequentialLR, ChainedScheduler or ReduceLROnPlateau inside).',
});

export const COMPOSITE_ENTRIES = {
  SequentialLR: {
    summary: 'Runs one scheduler after another, switching at the milestones.',
    formula: String.raw`\alpha_t = S_i(t - m_{i-1}) \quad \text{for } m_{i-1} \le t < m_i`,
    params: {
      schedulers: inner,
      milestones: ints({
        torchName: 'milestones',
        label: 'Switch points',
        ...count,
        maxLength: MAX_INNER_SCHEDULERS - 1,
        order: 'increasing',
        default: null,
        required: true,
        help: 'Step counts at which the next scheduler takes over (one fewer than schedulers).',
      }),
    },
    nestable: false,
    check(s, _raw, path) {
      const ms = s.milestones as number[];
      const n = (s.schedulers as unknown[]).length;
      if (ms.length === n - 1) return [];
      return [
        {
          path: `${path}.milestones`,
          message: `must have one entry fewer than schedulers (${n - 1}); got ${ms.length}`,
        },
      ];
    },
    preview: {
      type: 'SequentialLR',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 20 },
        { type: 'CosineAnnealingLR', tMax: 80 },
      ],
      milestones: [20],
    },
  },
  ChainedScheduler: {
    summary: 'Steps several schedulers together, so their multipliers compose.',
    formula: String.raw`\alpha_t = S_n(\cdots S_2(S_1(\alpha_{t-1})))`,
    params: { schedulers: inner },
    nestable: false,
    preview: {
      type: 'ChainedScheduler',
      schedulers: [
        { type: 'LinearLR', startFactor: 0.1, totalIters: 20 },
        { type: 'ExponentialLR', gamma: 0.98 },
      ],
    },
  },
} as const satisfies Record<string, SchedulerEntry>;
