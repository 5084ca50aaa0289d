/**
 * Learning-rate sweep island: 50 rates per optimizer, each trained for the chosen
 * epochs in the worker (progress shown, a newer request cancels the running one), the
 * final loss plotted against the rate. The optimizer picker chooses which lines the chart
 * shows, at once (the losses of all four are kept), and a link keeps the choice.
 */
import { plotChart } from '../../figures/render/browser';
import type { TrainConfig } from '../../core/types';
import { logSpace, sweepSpec, type SweepSeries, BLOWN_UP } from '../../figures/sweep';
import { sweepOutcome } from '../../figures/outcome';
import type { OptimizerKey } from '../../figures/palette';
import { configIsland } from '../config-island';
import { bindExports } from '../export';
import { request } from '../worker-client';
import type { SweepVariant } from '../protocol';
import type { SweepResult } from '../jobs';
import { readParam } from '../url-state';
import { writeParams } from '../url-writer';
import { parseShown, showParam, shownParam } from '../sweep-picker';
import { islandData } from '../island-data';
import { SWEEP_DATA } from '../sweep-data';

/** The sweep chart's accessible name, at build time and in the browser. */
export const SWEEP_CHART_LABEL = 'Final loss against the learning rate, one line per optimizer';

/** The tutorial's four optimizers (section 2.1), with their labels. */
export const SWEEP_VARIANTS: (SweepVariant & { key: OptimizerKey; label: string })[] = [
  { key: 'sgd', label: 'SGD', optimizer: { type: 'sgd' } },
  { key: 'sgdm', label: 'SGD momentum 0.9', optimizer: { type: 'sgd', momentum: 0.9 } },
  { key: 'rmsprop', label: 'RMSprop', optimizer: { type: 'rmsprop' } },
  { key: 'adam', label: 'Adam', optimizer: { type: 'adam' } },
];
const KEYS = SWEEP_VARIANTS.map((v) => v.key);

/** The built sweep's final losses, for `data-result` (JSON has no Infinity: diverged runs are null). */
export function sweepData(result: SweepResult): { key: string; finalLoss: (number | null)[] }[] {
  return result.series.map((s) => ({
    key: s.key,
    finalLoss: Array.from(s.finalLoss, (v) => (Number.isFinite(v) ? v : null)),
  }));
}

export async function hydrate(root: HTMLElement): Promise<void> {
  const host = root.querySelector<HTMLElement>('[data-plot]');
  const progress = root.querySelector<HTMLProgressElement>('progress');
  if (!host) throw new Error('sweep markup incomplete');
  const data = islandData(root, SWEEP_DATA);
  if (!data) return;
  const width = data.width;
  const lrs = logSpace(...data.lrs);
  const variants = SWEEP_VARIANTS;
  // The build's losses until the reader's settings need a new sweep.
  let result: SweepResult | null =
    data.result.length === variants.length
      ? {
          kind: 'sweep',
          lrs,
          series: data.result.map((s) => ({
            key: s.key,
            finalLoss: Float64Array.from(s.finalLoss, (v) => v ?? Number.POSITIVE_INFINITY),
            diverged: Uint8Array.from(s.finalLoss, (v) => (v === null ? 1 : 0)),
          })),
          errors: [],
        }
      : null;
  let epochs = 0;
  let seconds: string | null = null;

  // The picker: which optimizers the chart shows.
  const picks = Array.from(root.querySelectorAll<HTMLInputElement>('input[data-pick]'));
  const pickMsg = root.querySelector<HTMLElement>('[data-pick-msg]');
  const param = showParam(root.id);
  let shown = parseShown(readParam(location.search, param), KEYS);
  const syncPicks = () => picks.forEach((p) => (p.checked = shown.includes(p.value)));
  syncPicks();

  const draw = () => {
    if (!result) return;
    const series = sweepSeries(result).filter((s) => shown.includes(s.type));
    host.replaceChildren(plotChart(sweepSpec(series, { width }), SWEEP_CHART_LABEL));
    island.setStatus(sweepOutcome(series, epochs, BLOWN_UP) + (seconds ? ` Trained in ${seconds} s.` : ''));
  };

  const render = async (config: TrainConfig, t0: number) => {
    if (progress) {
      progress.hidden = false;
      progress.value = 0;
    }
    island.setStatus('Training the sweep…');
    // The sweep varies type and lr; everything else is the reader's config.
    const { optimizer: _o, ...rest } = config;
    void _o;
    const job = {
      kind: 'sweep' as const,
      base: rest,
      variants: variants.map(({ key, optimizer }) => ({ key, optimizer })),
      lrs,
    };
    const next = await request(root.id, job, (done) => {
      if (progress) progress.value = done;
      island.setStatus(`Training the sweep… ${Math.round(done * 100)}%`);
    });
    if (!next || next.kind !== 'sweep') return;
    if (progress) progress.hidden = true;
    if (next.errors.length) {
      island.setStatus(`${next.errors[0].path} ${next.errors[0].message}`, 'warn');
      return;
    }
    result = next;
    epochs = config.epochs;
    seconds = ((performance.now() - t0) / 1000).toFixed(1);
    draw();
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };
  const island = configIsland(root, render);
  epochs = island.base.epochs;

  const setShown = (next: string[]) => {
    shown = next;
    syncPicks();
    const value = shownParam(shown, KEYS);
    writeParams(param, value === null ? null : [[param, value]]);
  };
  for (const pick of picks) {
    pick.addEventListener('change', () => {
      const next = picks.filter((p) => p.checked).map((p) => p.value);
      // The chart always shows one line at least: the last box cannot be cleared.
      if (next.length === 0) {
        pick.checked = true;
        if (pickMsg) pickMsg.textContent = 'One optimizer at least stays shown.';
        return;
      }
      if (pickMsg) pickMsg.textContent = '';
      const t0 = performance.now();
      setShown(next);
      if (result) draw();
      else void render(island.current(), t0);
      performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
    });
  }
  // Reset returns the picker to the tutorial's view too (the island re-runs its settings).
  root.querySelector('[data-action="reset"]')?.addEventListener('click', () => setShown([...KEYS]));

  bindExports(root, { name: root.id, svg: () => host.querySelector('svg'), traces: () => [] });
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  // The build drew the tutorial's sweep; a shared link's settings need a new one, a shared choice of lines a redraw.
  if (island.current() !== island.base || !result) await render(island.current(), performance.now());
  else if (shown.length !== KEYS.length) draw();
}

/** Figure series of a sweep result, labelled like the tutorial. */
export function sweepSeries(result: SweepResult): SweepSeries[] {
  return result.series.map((s) => ({
    type: s.key,
    label: SWEEP_VARIANTS.find((v) => v.key === s.key)?.label ?? s.key,
    lrs: result.lrs,
    finalLoss: s.finalLoss,
  }));
}
