/**
 * Scheduler explorer: the learning rate a scheduler spec produces, update by update,
 * shown with the PyTorch call that would build the same scheduler (PyTorch's own
 * argument names; `torchCall`, from the core's registry), so a reader can carry the settings over.
 */
import * as Plot from '@observablehq/plot';
import { torchCall } from '../core/schedulers';
import type { SchedulerSpecLike } from '../core/types';
import { EXPLORER_MARGINS, updateX } from './update-axis';
import { lrAxisLabel, lrYScale } from './lr-axis';

export { torchCall };

export interface ExplorerSpecOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** Log y axis (the explorer's checkbox); omitted: log when the rates span more than a decade (lr-axis.ts). */
  logY?: boolean;
  /** Update highlighted by a linked view or the pointer (0-based row). */
  markRow?: number | null;
  /** Y axis title (default "Learning rate"; the explorer's momentum chart says "Momentum"). */
  yLabel?: string;
  /** Line colour (a demo draws the reader's schedule in the 'you' colour). */
  colour?: string;
}

// The shared update axis lives in its own Plot-free module (the players load it alone).
export { EXPLORER_MARGINS, updateX };

/** Default width: one SVG for every screen (shown at most 480 px wide, article.css). */
export const EXPLORER_WIDTH = 400;

/**
 * Plot options: learning rate (or another per-update value) against update (1-based),
 * drawn as a step function. The PyTorch call is shown beside the chart as code (see
 * `torchCall`), not as its title; `_spec` is kept so callers pass the schedule they draw.
 */
export function schedulerExplorerSpec(
  _spec: SchedulerSpecLike,
  lrs: ArrayLike<number>,
  opts: ExplorerSpecOptions = {},
): Plot.PlotOptions {
  const n = lrs.length;
  const y = lrYScale(lrs, opts.logY ?? 'auto');
  const log = y.type === 'log';
  // A long run keeps every change of rate and about 4,000 points besides: a step line of
  // 200,000 points would cost a long task for nothing the chart can show.
  const every = Math.max(1, Math.ceil(n / 4000));
  const finite: { update: number; lr: number }[] = [];
  for (let i = 0; i < n; i++) {
    const v = lrs[i];
    if (!Number.isFinite(v) || (log && v <= 0)) continue;
    if (every > 1 && i % every !== 0 && i !== n - 1 && v === lrs[i - 1] && v === lrs[i + 1]) continue;
    finite.push({ update: i + 1, lr: v });
  }
  const mark =
    opts.markRow != null && opts.markRow < n ? { update: opts.markRow + 1, lr: lrs[opts.markRow] } : undefined;
  return {
    document: opts.document,
    width: opts.width ?? EXPLORER_WIDTH,
    height: opts.height ?? 300,
    // 12-unit text at 400 units: about 10.7 CSS px on a 390 px phone.
    style: { fontSize: '12px' },
    marginLeft: EXPLORER_MARGINS.left,
    marginRight: EXPLORER_MARGINS.right,
    marginBottom: 42,
    x: { label: 'Update', labelAnchor: 'center', labelArrow: 'none', domain: [1, Math.max(2, n)] },
    y: { ...y, label: lrAxisLabel(y, opts.yLabel), labelAnchor: 'center', labelArrow: 'none', grid: true },
    marks: [
      Plot.line(finite, {
        x: 'update',
        y: 'lr',
        curve: 'step-after',
        stroke: opts.colour ?? 'var(--run-1, #0072b2)',
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
