/**
 * Learning-rate sweep island: 50 rates per optimizer, each trained for the chosen
 * epochs in the worker (progress shown, a newer request cancels the running one), the
 * final loss plotted against the rate.
 */
import { plotChart } from '../../figures/render/browser';
import type { TrainConfig } from '../../core/types';
import { logSpace, sweepRows, sweepSpec, type SweepSeries, BLOWN_UP, SWEEP_WIDTH } from '../../figures/sweep';
import { configIsland } from '../config-island';
import { bindExports } from '../export';
import { request } from '../worker-client';
import type { SweepVariant } from '../protocol';
import type { SweepResult } from '../jobs';

/** The sweep chart's accessible name, at build time and in the browser. */
export const SWEEP_CHART_LABEL = 'Final loss against the learning rate, one line per optimizer';

/** The tutorial's four optimizers (section 2.1), with their labels. */
export const SWEEP_VARIANTS: (SweepVariant & { label: string })[] = [
  { key: 'sgd', label: 'SGD', optimizer: { type: 'sgd' } },
  { key: 'sgdm', label: 'SGD momentum 0.9', optimizer: { type: 'sgd', momentum: 0.9 } },
  { key: 'rmsprop', label: 'RMSprop', optimizer: { type: 'rmsprop' } },
  { key: 'adam', label: 'Adam', optimizer: { type: 'adam' } },
];

export async function hydrate(root: HTMLElement): Promise<void> {
  const host = root.querySelector<HTMLElement>('[data-plot]');
  const progress = root.querySelector<HTMLProgressElement>('progress');
  if (!host) throw new Error('sweep markup incomplete');
  const width = Number(root.dataset.width) || SWEEP_WIDTH;
  const [lo, hi, count] = JSON.parse(root.dataset.lrs ?? '[1e-4, 10, 50]') as [number, number, number];
  const lrs = logSpace(lo, hi, count);
  const variants = SWEEP_VARIANTS;
  let series: SweepSeries[] = [];

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
    const result = await request(root.id, job, (done) => {
      if (progress) progress.value = done;
      island.setStatus(`Training the sweep… ${Math.round(done * 100)}%`);
    });
    if (!result || result.kind !== 'sweep') return;
    if (progress) progress.hidden = true;
    if (result.errors.length) {
      island.setStatus(`${result.errors[0].path} ${result.errors[0].message}`, 'warn');
      return;
    }
    series = sweepSeries(result);
    host.replaceChildren(plotChart(sweepSpec(series, { width }), SWEEP_CHART_LABEL));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const diverged = sweepRows(series).rows.filter((r) => r.diverged).length;
    island.setStatus(
      `${variants.length * lrs.length} runs of ${config.epochs} epochs in ${seconds} s; ${diverged} diverged or ended above a loss of ${BLOWN_UP}.`,
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };
  const island = configIsland(root, render);
  bindExports(root, { name: root.id, svg: () => host.querySelector('svg'), traces: () => [] });
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  // The build drew the tutorial's sweep; only a shared link's settings need a new one.
  if (island.current() !== island.base) await render(island.current(), performance.now());
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
