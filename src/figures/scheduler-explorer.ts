/**
 * Scheduler explorer: the learning rate a scheduler spec produces, update by update,
 * titled with the PyTorch call that would build the same scheduler (PyTorch's own
 * argument names), so a reader can carry the settings over.
 */
import * as Plot from '@observablehq/plot';
import { torchCall, type SchedulerRun } from '../core/schedulers';
import type { SchedulerSpecLike } from '../core/types';

export { torchCall };

export interface ExplorerSpecOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** Log y axis (useful for exponential decays). */
  logY?: boolean;
  /** Update highlighted by a linked view or the pointer (0-based row). */
  markRow?: number | null;
  /** The run the scheduler steps in (fills what PyTorch needs in the title's call, e.g. OneCycleLR's total_steps). */
  run?: SchedulerRun;
}

/** "stepSize" -> "step_size"; keeps names PyTorch spells with capitals ("T_max") when given. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Default width: one SVG for every screen (shown at most 480 px wide, article.css). */
export const EXPLORER_WIDTH = 400;

/** Plot options: learning rate against update (1-based), drawn as a step function. */
export function schedulerExplorerSpec(
  spec: SchedulerSpecLike,
  lrs: ArrayLike<number>,
  opts: ExplorerSpecOptions = {},
): Plot.PlotOptions {
  const rows = Array.from({ length: lrs.length }, (_, i) => ({ update: i + 1, lr: lrs[i] }));
  const finite = rows.filter((r) => Number.isFinite(r.lr) && (!opts.logY || r.lr > 0));
  const mark = opts.markRow != null ? rows[opts.markRow] : undefined;
  return {
    document: opts.document,
    width: opts.width ?? EXPLORER_WIDTH,
    height: opts.height ?? 300,
    // 12-unit text at 400 units: about 10.7 CSS px on a 390 px phone.
    style: { fontSize: '12px' },
    marginLeft: 64,
    marginBottom: 42,
    title: torchCall(spec, opts.run ?? null),
    x: { label: 'Update', labelAnchor: 'center', labelArrow: 'none', domain: [1, Math.max(2, rows.length)] },
    y: {
      type: opts.logY ? 'log' : 'linear',
      label: 'Learning rate',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      zero: !opts.logY,
    },
    marks: [
      Plot.line(finite, {
        x: 'update',
        y: 'lr',
        curve: 'step-after',
        stroke: 'var(--run-1, #0072b2)',
        strokeWidth: 1.75,
      }),
      ...(mark && Number.isFinite(mark.lr)
        ? [
            Plot.dot([mark], { x: 'update', y: 'lr', fill: 'var(--accent, currentColor)', r: 4 }),
            Plot.text([mark], {
              x: 'update',
              y: 'lr',
              text: (d: { update: number; lr: number }) => `update ${d.update}: lr ${d.lr.toPrecision(4)}`,
              dy: -10,
              fill: 'currentColor',
            }),
          ]
        : []),
    ],
  };
}
