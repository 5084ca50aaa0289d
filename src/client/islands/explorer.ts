/**
 * Scheduler explorer island: the learning-rate curve of any scheduler spec (and the
 * momentum, for schedulers that cycle it), redrawn on every valid change, with the
 * PyTorch call as copyable code (computed on the main thread: a few thousand steps are
 * instant). A scheduler driven by a metric (ReduceLROnPlateau) reads the loss of an
 * actual training run of the tutorial's model with these settings, trained in the worker:
 * its curve is the rate that run used, and the status says which run it was.
 */
import { plotChart } from '../../figures/render/browser';
import { runLrCurve, schedulerContext, schedulerEntry, updatesPerEpoch } from '../../core';
import { lrCurve } from '../../core/schedulers';
import type { TrainConfig } from '../../core/types';
import { schedulerExplorerSpec, torchCall } from '../../figures/scheduler-explorer';
import { configIsland } from '../config-island';
import { EXPLORER_DATA, islandData } from '../island-data';
import { bindExports } from '../export';
import { errorText } from '../url-state';
import { request } from '../worker-client';
import { optimizerName } from '../../figures/format';
import { explorerChartLabel, nameChart } from '../chart-labels';

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

/** True when `config`'s scheduler steps on a metric (ReduceLROnPlateau): its curve needs a real run's loss. */
export function needsRun(config: TrainConfig): boolean {
  return config.scheduler !== null && schedulerEntry(config.scheduler.type)?.cadence === 'epoch-metric';
}

/** Which run drives a metric scheduler's curve, in words for the status line. */
export function drivingRun(config: TrainConfig): string {
  const o = config.optimizer;
  return (
    `The rate of an actual training run of the tutorial’s model: ${optimizerName(o)}, lr ${o.lr}, ` +
    `${config.epochs} epochs of batch ${config.batchSize} on the tutorial’s data (seed ${config.seed}, noise ${config.data.noise}); ` +
    `${config.scheduler?.type ?? 'the scheduler'} steps after each epoch with that epoch’s mean mini-batch loss.`
  );
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
  const data = islandData(root, EXPLORER_DATA);
  if (!data) return;
  const { width } = data;

  let seq = 0;
  const render = async (config: TrainConfig, t0: number) => {
    const mine = ++seq;
    let curve = explorerCurve(config);
    let note = '';
    if (needsRun(config)) {
      // Never the curve of a made-up metric: train the run, and draw the rates it used.
      island.setStatus('Training the run whose loss drives ReduceLROnPlateau…');
      const steps = curve.steps;
      const result = await request(
        root.id,
        {
          kind: 'train',
          configs: [{ ...config, epochs: Math.ceil(steps / updatesPerEpoch(config.data.n, config.batchSize)) }],
        },
        (done) => island.setStatus(`Training the run whose loss drives ReduceLROnPlateau… ${Math.round(done * 100)}%`),
      );
      if (mine !== seq || !result || result.kind !== 'train') return; // superseded by a newer change
      const run = result.runs[0];
      if (!run.ok)
        return island.setStatus(run.errors.length ? errorText(run.errors[0]) : 'The run was refused.', 'warn');
      const t = run.trace;
      const used = Math.min(steps, t.length);
      curve = { lrs: t.lr.slice(0, used), momentum: null, steps: used, cut: curve.cut };
      note = ` ${drivingRun(config)}${t.diverged ? ` The run ${t.diverged.reason} at update ${t.diverged.update}; the curve stops there.` : ''}`;
    }
    if (mine !== seq) return;
    const { lrs, momentum, steps, cut } = curve;
    const spec = config.scheduler ?? { type: 'constant' };
    host.replaceChildren(
      plotChart(
        schedulerExplorerSpec(spec, lrs, { width, logY: logY?.checked ?? false }),
        explorerChartLabel(spec.type),
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
      `${steps.toLocaleString('en-US')} updates${cut ? ' (cut at the explorer’s limit)' : ''}; final learning rate ${Number.isFinite(last) ? last.toPrecision(4) : '–'}.${note}`,
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };
  const island = configIsland(root, render, { base: data.base });
  logY?.addEventListener('change', () => void render(island.current(), performance.now()));
  logY?.closest('label')?.removeAttribute('hidden');
  root.querySelector('[data-copy-call]')?.addEventListener('click', () => {
    navigator.clipboard
      .writeText(code.textContent ?? '')
      .then(() => island.setStatus('Copied the PyTorch call.'))
      .catch(() => island.setStatus('Select the code above to copy it.', 'warn'));
  });
  bindExports(root, { name: root.id, svg: () => host.querySelector('svg'), traces: () => [] });
  // The build drew the tutorial's curve, code and status: only a shared link's settings (or
  // a restored log axis, or a metric scheduler's run) need a render on hydration. Redrawing
  // the same chart was a long task while the tutorial hydrated (issue 11 item 8).
  const current = island.current();
  if (current !== island.base || logY?.checked || needsRun(current)) await render(current, performance.now());
  else nameChart(host.firstElementChild, explorerChartLabel((current.scheduler ?? { type: 'constant' }).type));
}
