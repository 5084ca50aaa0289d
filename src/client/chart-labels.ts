/**
 * The names the live charts carry (role="img" with an aria-label), in one place for the
 * chart drawn in the browser and for the build's chart an island keeps on hydration (the
 * same picture needs the same name). No chart code: islands load this without Plot.
 */
import type { Trace, TrainConfig } from '../core/types';

/** The update-cursor charts of the contour demos (src/client/timeline.ts draws them with these names). */
export const TIMELINE_LABELS: Readonly<Record<string, string>> & { lr: string; loss: string } = {
  lr: 'Learning rate of your run against the update number',
  loss: 'Mini-batch loss of your run and the reference runs against the update number',
};

/** The orbit a run fits (figures 4–8 redrawn for the reader's settings). */
export function orbitChartLabel(trace: Trace, config: TrainConfig, optimizerLabel: string): string {
  return (
    `Orbit fitted by ${optimizerLabel}, learning rate ${config.optimizer.lr}, ${config.epochs} epochs: ` +
    `Wa ${trace.final.wa.toFixed(4)}, Wb ${trace.final.wb.toFixed(4)}, against the data and the true orbits`
  );
}

/** The scheduler explorer's curve. */
export const explorerChartLabel = (schedulerType: string): string =>
  `Learning rate of ${schedulerType} against the update number`;

/** Names a chart as the browser's renderer does (figures/render/browser.ts plotChart). */
export function nameChart(chart: Element | null | undefined, label: string): void {
  chart?.setAttribute('role', 'img');
  chart?.setAttribute('aria-label', label);
}
