/**
 * The orbit a live run has fitted (figures 4–8 redrawn for the reader's settings): the
 * figures' own orbit spec, rendered in the browser. Loaded on first use, with Plot.
 */
import type { Trace, TrainConfig } from '../core/types';
import { orbitFitSpec } from '../figures/orbitFit';
import { plotChart } from '../figures/render/browser';
import type { RunData } from './jobs';
import { orbitChartLabel } from './chart-labels';

/** Replaces `el`'s chart with the orbit `trace` fitted to `data` under `config`. */
export function drawOrbit(
  el: HTMLElement,
  input: { data: RunData; trace: Trace; config: TrainConfig; optimizerLabel: string; width: number },
): void {
  const { data, trace, config, optimizerLabel, width } = input;
  el.replaceChildren(
    plotChart(
      orbitFitSpec(
        {
          x: data.x,
          y: data.y,
          a: data.a,
          b: data.b,
          c: data.c,
          wa: trace.final.wa,
          wb: trace.final.wb,
          lr: config.optimizer.lr,
          epochs: config.epochs,
          optimizerLabel,
        },
        { width },
      ),
      orbitChartLabel(trace, config, optimizerLabel),
    ),
  );
}
