/**
 * Scheduler explorer island: the learning-rate curve of any scheduler spec (and the
 * momentum, for schedulers that cycle it), redrawn on every valid change, with the
 * PyTorch call as copyable code (computed on the main thread: a few thousand steps are
 * instant).
 */
import { plotChart } from '../../figures/render/browser';
import { runLrCurve, schedulerContext, updatesPerEpoch } from '../../core';
import { lrCurve } from '../../core/schedulers';
import type { TrainConfig } from '../../core/types';
import { EXPLORER_WIDTH, schedulerExplorerSpec, torchCall } from '../../figures/scheduler-explorer';
import { configIsland } from '../config-island';
import { bindExports } from '../export';

/** Most steps the explorer draws (a longer run is cut, and says so). */
export const MAX_EXPLORER_STEPS = 20_000;

/** The rate (and momentum, or null) per update of `config`'s scheduler (constant without one). */
export function explorerCurve(config: TrainConfig): {
  lrs: Float64Array;
  momentum: Float64Array | null;
  steps: number;
  cut: boolean;
} {
  const all = config.epochs * updatesPerEpoch(config.data.n, config.batchSize);
  const steps = Math.min(all, MAX_EXPLORER_STEPS);
  // Momentum only where a scheduler cycles it (CyclicLR, OneCycleLR), which step every update.
  const momentum = config.scheduler ? lrCurve(config.scheduler, schedulerContext(config), steps).momentum : null;
  return { lrs: runLrCurve(config, steps), momentum, steps, cut: steps < all };
}

/** The PyTorch call that builds `config`'s scheduler (its length filled in where PyTorch needs one). */
export function explorerCall(config: TrainConfig): string {
  return torchCall(config.scheduler ?? { type: 'constant' }, schedulerContext(config));
}

export async function hydrate(root: HTMLElement): Promise<void> {
  const host = root.querySelector<HTMLElement>('[data-plot]');
  const momentumHost = root.querySelector<HTMLElement>('[data-chart="momentum"]');
  const code = root.querySelector<HTMLElement>('[data-torch-call]');
  if (!host || !code) throw new Error('explorer markup incomplete');
  const logY = root.querySelector<HTMLInputElement>('[data-logy]');
  const width = Number(root.dataset.width) || EXPLORER_WIDTH;

  const render = (config: TrainConfig, t0: number) => {
    const { lrs, momentum, steps, cut } = explorerCurve(config);
    const spec = config.scheduler ?? { type: 'constant' };
    host.replaceChildren(
      plotChart(
        schedulerExplorerSpec(spec, lrs, { width, logY: logY?.checked ?? false }),
        `Learning rate of ${spec.type} against the update number`,
      ),
    );
    const cycles = momentum !== null && momentum.some((m, i) => i > 0 && m !== momentum[0]);
    if (momentumHost) {
      momentumHost.hidden = !cycles;
      momentumHost.replaceChildren(
        ...(cycles
          ? [
              plotChart(
                schedulerExplorerSpec(spec, momentum, { width, height: 200, yLabel: 'Momentum (beta1)' }),
                `Momentum that ${spec.type} sets against the update number`,
              ),
            ]
          : []),
      );
    }
    code.textContent = explorerCall(config);
    const last = lrs[steps - 1];
    island.setStatus(
      `${steps.toLocaleString('en-US')} updates${cut ? ' (cut at the explorer’s limit)' : ''}; final learning rate ${Number.isFinite(last) ? last.toPrecision(4) : '–'}.`,
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };
  const island = configIsland(root, render);
  logY?.addEventListener('change', () => render(island.current(), performance.now()));
  logY?.closest('label')?.removeAttribute('hidden');
  root.querySelector('[data-copy-call]')?.addEventListener('click', () => {
    navigator.clipboard
      .writeText(code.textContent ?? '')
      .then(() => island.setStatus('Copied the PyTorch call.'))
      .catch(() => island.setStatus('Select the code above to copy it.', 'warn'));
  });
  bindExports(root, { name: root.id, svg: () => host.querySelector('svg'), traces: () => [] });
  render(island.current(), performance.now());
}
