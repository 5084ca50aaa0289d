/**
 * The playground's loss curve (the other charts reuse the tutorial's figure specs): the
 * mini-batch loss of each run against the update, log y, one colour and dash per run.
 */
import * as Plot from '@observablehq/plot';
import type { RunSeries } from '../figures/types';
import { runColour, runDash } from '../figures/palette';

/** Loss per update, thinned to at most `maxPoints` per run (every k-th update). */
export function lossCurveSpec(runs: RunSeries[], width = 560, maxPoints = 1200): Plot.PlotOptions {
  const marks: Plot.Markish[] = runs.map((r) => {
    const t = r.trace;
    const step = Math.max(1, Math.ceil(t.length / maxPoints));
    const pts: { x: number; y: number }[] = [];
    for (let k = 0; k < t.length; k += step)
      if (t.loss[k] > 0 && Number.isFinite(t.loss[k])) pts.push({ x: k + 1, y: t.loss[k] });
    return Plot.line(pts, {
      x: 'x',
      y: 'y',
      stroke: runColour(r.index),
      strokeDasharray: runDash(r.index) || undefined,
      strokeWidth: 1.3,
    });
  });
  return {
    width,
    height: 300,
    marginLeft: 56,
    style: { background: 'transparent' },
    x: { label: 'update →' },
    y: { type: 'log', label: '↑ mini-batch loss (MSE)', grid: true },
    marks: [...marks, Plot.frame({ strokeOpacity: 0.3 })],
  };
}
