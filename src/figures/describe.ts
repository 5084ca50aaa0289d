/**
 * Text alternatives: a one-paragraph description of what a figure shows with its key
 * numbers, for screen readers (the figure's accessible name) and for the data summary.
 */
import type { FigureDef } from './catalog';
import type { RunSeries } from './types';
import { fmt } from './format';

/** Final position of each run, "label: Wa 1.2611, Wb 1.2324 after 1280 updates". */
export function finalsText(runs: RunSeries[]): string {
  return runs
    .map((r) => {
      const t = r.trace;
      const tail = t.diverged ? `, stopped at update ${t.diverged.update} (${t.diverged.reason})` : '';
      return `${r.label}: Wa ${fmt(t.final.wa, 4)}, Wb ${fmt(t.final.wb, 4)} after ${t.length} updates${tail}`;
    })
    .join('; ');
}

/** The accessible description of a figure. */
export function describeFigure(def: FigureDef, runs: RunSeries[]): string {
  const v = def.view?.domain;
  const area = v ? `Wa from ${v.waMin} to ${v.waMax}, Wb from ${v.wbMin} to ${v.wbMax}` : '';
  switch (def.kind) {
    case 'step-size':
      return `Line chart of the effective step size against the update number, updates 1 to ${def.params?.maxUpdate ?? ''}, for ${runs.map((r) => r.label).join(', ')}. Largest step of each in that range: ${runs
        .map(
          (r) =>
            `${r.label} ${fmt(
              r.trace.stepSize
                .subarray(0, def.params?.maxUpdate ?? r.trace.length)
                .reduce((m, v) => Math.max(m, v), -Infinity),
              3,
            )}`,
        )
        .join(', ')}.`;
    case 'arrows':
      return `Loss contour map over ${area}, with the first ${def.params?.updates ?? 4} updates of ${runs.map((r) => r.label).join(', ')} drawn as arrows from the start (0.1, 1.8).`;
    case 'contour-paths':
      return `Loss contour map over ${area}, low loss blue and high loss red, with the start (0.1, 1.8) and the target marked and the path of each run. Final positions: ${finalsText(runs)}.`;
    case 'orbit-fit': {
      const t = runs[0].trace;
      return `Orbit plot in astronomical units: the 512 noisy data points on the upper half of the transfer ellipse, Earth's and Mars's orbits as dashed circles, and the half-ellipse fitted by ${runs[0].label}, with Wa ${fmt(t.final.wa, 3)} and Wb ${fmt(t.final.wb, 3)} (true values 1.262 and 1.234).`;
    }
    case 'gradients': {
      const t = runs[0].trace;
      const from = def.params?.from ?? 1;
      const to = Math.min(def.params?.to ?? t.length, t.length);
      let ma = 0;
      let mb = 0;
      for (let u = from; u <= to; u++) {
        ma = Math.max(ma, Math.abs(t.dwa[u - 1]));
        mb = Math.max(mb, Math.abs(t.dwb[u - 1]));
      }
      return `Line chart of dLoss/dWa and dLoss/dWb against the update number, updates ${from} to ${to}. The largest magnitude is ${fmt(ma, 3)} for Wa and ${fmt(mb, 3)} for Wb.`;
    }
    case 'learning-rate': {
      const n = def.params?.updates ?? 30;
      return `Step chart of the learning rate for the first ${n} updates: ${runs
        .map(
          (r) => `${r.label} from ${fmt(r.trace.lr[0], 3)} to ${fmt(r.trace.lr[Math.min(n, r.trace.length) - 1], 5)}`,
        )
        .join('; ')}.`;
    }
  }
}
