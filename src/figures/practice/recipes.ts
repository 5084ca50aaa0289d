/**
 * Schedule recipes side by side: the learning rate each recipe sets at every update of
 * the same run, one line per recipe in its own colour and dash, with each phase
 * boundary (end of warmup, start of decay) marked on its line.
 */
import * as Plot from '@observablehq/plot';
import { lrYScale } from '../lr-axis';
import { legendHeight, legendMark, type LegendItem } from '../legend';
import { seriesStyle, type RunMeta } from '../palette';

/** One recipe's curve: its label, the rate per update, and the updates where a phase ends. */
export interface RecipeCurve {
  id: string;
  label: string;
  lrs: ArrayLike<number>;
  /** 0-based updates where one phase hands over to the next (drawn as small ticks). */
  phases?: number[];
  /** Position in the figure's recipe list (picks colour and dash when there is no `meta`). */
  index: number;
  /** What the recipe is (its schedule): picks colour, dash and marker by meaning (palette.ts). */
  meta?: RunMeta;
}

export interface RecipeCurvesOptions {
  width?: number;
  height?: number;
  document?: Document;
}

interface Pt {
  x: number;
  y: number;
}

/** Legend entries of the recipes, in their colours and dashes. */
export function recipeLegend(curves: RecipeCurve[]): LegendItem[] {
  return curves.map((c) => {
    const s = seriesStyle(c);
    return { label: c.label, colour: s.colour, dash: s.dash };
  });
}

/** The points of a curve, thinned to at most `max` (first and last kept) so the SVG stays small. */
export function curvePoints(lrs: ArrayLike<number>, max = 400): Pt[] {
  const n = lrs.length;
  const stride = Math.max(1, Math.ceil(n / max));
  const out: Pt[] = [];
  for (let k = 0; k < n; k += stride) out.push({ x: k, y: lrs[k] });
  if (n > 0 && out[out.length - 1].x !== n - 1) out.push({ x: n - 1, y: lrs[n - 1] });
  return out;
}

/** Plot options of the recipes' learning-rate curves. */
export function recipeCurvesSpec(curves: RecipeCurve[], options: RecipeCurvesOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 640;
  const narrow = width < 480;
  const items = recipeLegend(curves);
  const marginLeft = narrow ? 52 : 62;
  let updates = 1;
  for (const c of curves) updates = Math.max(updates, c.lrs.length);
  return {
    document: options.document,
    width,
    height: options.height ?? (narrow ? 300 : 320),
    marginLeft,
    marginRight: narrow ? 12 : 20,
    marginBottom: 42,
    marginTop: 14 + legendHeight(items, width - marginLeft - 8),
    style: { background: 'transparent', overflow: 'visible' },
    x: { domain: [0, updates - 1], label: 'Update', labelAnchor: 'center', labelArrow: 'none', ticks: narrow ? 4 : 8 },
    // Linear (the recipes are compared by shape), with headroom over the peak (lr-axis.ts).
    y: {
      ...lrYScale(
        curves.flatMap((c) => Array.from(c.lrs)),
        false,
      ),
      label: 'Learning rate',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: narrow ? 4 : 6,
    },
    marks: [
      ...curves.map((c) =>
        Plot.line(curvePoints(c.lrs), {
          x: 'x',
          y: 'y',
          stroke: seriesStyle(c).colour,
          strokeDasharray: seriesStyle(c).dash || undefined,
          strokeWidth: 2,
        }),
      ),
      ...curves.map((c) =>
        Plot.dot(
          (c.phases ?? []).filter((k) => k >= 0 && k < c.lrs.length).map((k) => ({ x: k, y: c.lrs[k] })),
          { x: 'x', y: 'y', r: 3.5, fill: seriesStyle(c).colour, stroke: 'white', strokeWidth: 1 },
        ),
      ),
      legendMark(items),
    ],
  };
}
