/**
 * The orbit figure under a live contour: redrawn for each run it fits, or, when the run
 * diverged, kept from the last run that did and marked as such. The chart code (and
 * Plot with it) loads on the first redraw.
 */
import type { Trace, TrainConfig } from '../core/types';
import { optimizerName } from '../figures/format';
import type { RunData } from './jobs';
import { nameChart, orbitChartLabel } from './chart-labels';
import { loadApart } from './yield-main';

const chartCode = loadApart(() => import('./orbit-chart'));

export interface LiveOrbit {
  /**
   * Shows the orbit `trace` fits to `data`. `current` says whether this run is still the
   * newest; false is returned (and nothing drawn) once a newer one has started.
   */
  show(data: RunData, trace: Trace, config: TrainConfig, current: () => boolean): Promise<boolean>;
  /** Keeps the build's orbit (the tutorial's run, `trace`), named as a redrawn one would be. */
  keep(trace: Trace, config: TrainConfig): void;
}

/** The island's orbit figure (`[data-chart="orbit"]`), or null when it has none. */
export function liveOrbit(root: HTMLElement): LiveOrbit | null {
  const chart = root.querySelector<HTMLElement>('[data-chart="orbit"]');
  if (!chart) return null;
  const note = chart.closest('figure')?.querySelector('figcaption');
  const caption = note?.textContent ?? '';
  const width = Number(chart.querySelector('svg')?.getAttribute('width')) || 560;
  return {
    keep(trace, config) {
      nameChart(chart.firstElementChild, orbitChartLabel(trace, config, optimizerName(config.optimizer)));
    },
    async show(data, trace, config, current) {
      if (trace.diverged || !Number.isFinite(trace.final.wa) || !Number.isFinite(trace.final.wb)) {
        chart.setAttribute('data-stale', '');
        if (note) note.textContent = 'This run diverged, so it fits no orbit; above is the last run that did.';
        return true;
      }
      const { drawOrbit } = await chartCode();
      if (!current()) return false;
      drawOrbit(chart, { data, trace, config, optimizerLabel: optimizerName(config.optimizer), width });
      chart.removeAttribute('data-stale');
      if (note) note.textContent = caption;
      return true;
    },
  };
}
