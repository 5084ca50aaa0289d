/**
 * Scheduler explorer island: the learning-rate curve of any scheduler spec, redrawn on
 * every valid change (computed on the main thread: a few thousand steps are instant).
 */
import { plotChart } from '../../figures/render/browser';
import { runLrCurve, schedulerContext, updatesPerEpoch } from '../../core';
import type { TrainConfig } from '../../core/types';
import { EXPLORER_WIDTH, schedulerExplorerSpec } from '../../figures/scheduler-explorer';
import { configIsland } from '../config-island';
import { bindExports } from '../export';

/** Most steps the explorer draws (a longer run is cut, and says so). */
export const MAX_EXPLORER_STEPS = 20_000;

/** The rate per update of `config`'s scheduler (constant without one). */
export function explorerCurve(config: TrainConfig): { lrs: Float64Array; steps: number; cut: boolean } {
  const all = config.epochs * updatesPerEpoch(config.data.n, config.batchSize);
  const steps = Math.min(all, MAX_EXPLORER_STEPS);
  return { lrs: runLrCurve(config, steps), steps, cut: steps < all };
}

export async function hydrate(root: HTMLElement): Promise<void> {
  const host = root.querySelector<HTMLElement>('[data-plot]');
  if (!host) throw new Error('explorer markup incomplete');
  const logY = root.querySelector<HTMLInputElement>('[data-logy]');
  const width = Number(root.dataset.width) || EXPLORER_WIDTH;

  const render = (config: TrainConfig, t0: number) => {
    const { lrs, steps, cut } = explorerCurve(config);
    const spec = config.scheduler ?? { type: 'constant' };
    const svg = plotChart(
      schedulerExplorerSpec(spec, lrs, { width, logY: logY?.checked ?? false, run: schedulerContext(config) }),
      `Learning rate of ${spec.type} against the update number`,
    );
    host.replaceChildren(svg);
    const last = lrs[steps - 1];
    island.setStatus(
      `${steps.toLocaleString('en-US')} updates${cut ? ' (cut at the explorer’s limit)' : ''}; final learning rate ${Number.isFinite(last) ? last.toPrecision(4) : '–'}.`,
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };
  const island = configIsland(root, render);
  logY?.addEventListener('change', () => render(island.current(), performance.now()));
  logY?.closest('label')?.removeAttribute('hidden');
  bindExports(root, { name: root.id, svg: () => host.querySelector('svg'), traces: () => [] });
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  render(island.current(), performance.now());
}
