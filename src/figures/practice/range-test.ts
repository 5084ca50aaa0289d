/**
 * The LR range test ("LR finder"): the smoothed mini-batch loss of one run whose rate
 * grows exponentially, against that rate on a log axis, with each suggestion rule marked
 * where it lands on the curve. The raw mini-batch losses are drawn faintly behind, so the
 * reader sees how much the smoothing hides.
 */
import * as Plot from '@observablehq/plot';
import { legendMark, type LegendItem } from '../legend';
import { lrFrame } from './lr-frame';
import { lrColour, markerPath, type MarkerShape } from '../palette';
import { decadeLabel, decades } from '../ticks';

/** The suggestion rules the page compares, in the order they are drawn and listed. */
export const SUGGESTION_RULES = ['steep', 'minimum', 'valley'] as const;
export type SuggestionRule = (typeof SUGGESTION_RULES)[number];

/**
 * A rule's name on the page and its mark: shape and dash never change between figures.
 * A suggestion is a learning rate, so its colour is that rate's colour on the site's
 * ordered learning-rate scale (suggestionColour); shape, dash and label tell the rules apart.
 */
export const SUGGESTION_STYLE: Record<SuggestionRule, { label: string; marker: MarkerShape; dash: string }> = {
  steep: { label: 'steepest slope', marker: 'triangle', dash: '6 3' },
  minimum: { label: 'minimum ÷ 10', marker: 'square', dash: '2 3' },
  valley: { label: 'valley', marker: 'diamond', dash: '9 3 2 3' },
};

/** Colour of a suggested rate: its place on the ordered learning-rate scale. */
export function suggestionColour(lr: number): string {
  return lrColour(lr);
}

/** One suggestion as the figure draws it; lr null when the rule found nothing (drawn as absent). */
export interface SuggestionPoint {
  rule: SuggestionRule;
  lr: number | null;
}

/** What the range-test figure needs: one row per update taken. */
export interface RangeTestView {
  /** Learning rate used by each update. */
  lrs: ArrayLike<number>;
  /** Raw mini-batch loss of each update (NaN for an all-masked batch). */
  losses: ArrayLike<number>;
  /** Bias-corrected exponential moving average of the losses. */
  smoothed: ArrayLike<number>;
  suggestions: SuggestionPoint[];
  /** True when the test stopped early because the smoothed loss blew up. */
  stoppedEarly: boolean;
}

export interface RangeTestOptions {
  width?: number;
  height?: number;
  document?: Document;
}

interface Row {
  lr: number;
  loss: number;
}

/** The smoothed loss at the update whose rate is nearest `lr` in log terms (for placing a marker). */
export function smoothedAt(view: RangeTestView, lr: number): number {
  let best = NaN;
  let bestD = Infinity;
  for (let i = 0; i < view.lrs.length; i++) {
    const d = Math.abs(Math.log(view.lrs[i]) - Math.log(lr));
    if (d < bestD && Number.isFinite(view.smoothed[i])) {
      bestD = d;
      best = view.smoothed[i];
    }
  }
  return best;
}

/**
 * The y range shown: from just under the lowest smoothed loss to a little over the
 * highest, so a blow-up at the end is visible without flattening the valley. Raw losses
 * beyond it are drawn on its edge.
 */
export function lossDomain(view: RangeTestView): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < view.smoothed.length; i++) {
    const v = view.smoothed[i];
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (!(hi > lo)) return [0, Number.isFinite(hi) ? Math.max(1, hi * 2) : 1];
  const pad = (hi - lo) * 0.08;
  return [Math.max(0, lo - pad), hi + pad];
}

/** Legend entries: the curve, the raw losses, and each rule that found a rate. */
export function rangeTestLegend(view: RangeTestView): LegendItem[] {
  return [
    { label: 'smoothed loss', colour: 'currentColor' },
    { label: 'mini-batch loss', colour: 'currentColor', dash: '1 3' },
    ...view.suggestions
      .filter((s): s is SuggestionPoint & { lr: number } => s.lr !== null)
      .map((s) => {
        const st = SUGGESTION_STYLE[s.rule];
        return { label: st.label, colour: suggestionColour(s.lr), marker: st.marker, dash: st.dash };
      }),
  ];
}

/** Plot options of the range-test figure. */
export function rangeTestSpec(view: RangeTestView, options: RangeTestOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 640;
  const narrow = width < 480;
  const [y0, y1] = lossDomain(view);
  const smooth: Row[] = [];
  const raw: Row[] = [];
  for (let i = 0; i < view.lrs.length; i++) {
    const lr = view.lrs[i];
    if (!(lr > 0)) continue;
    if (Number.isFinite(view.smoothed[i])) smooth.push({ lr, loss: view.smoothed[i] });
    const l = view.losses[i];
    if (Number.isFinite(l)) raw.push({ lr, loss: Math.min(Math.max(l, y0), y1) });
  }
  const items = rangeTestLegend(view);
  const marginLeft = narrow ? 48 : 60;
  const lrs = smooth.map((r) => r.lr);
  const marks = view.suggestions
    .filter((s): s is SuggestionPoint & { lr: number } => s.lr !== null && s.lr > 0)
    .map((s) => ({
      ...s,
      loss: smoothedAt(view, s.lr),
      style: SUGGESTION_STYLE[s.rule],
      colour: suggestionColour(s.lr),
    }));
  return {
    ...lrFrame({
      document: options.document,
      width,
      height: options.height,
      narrow,
      marginLeft,
      items,
      ticks: decades(lrs).filter((_, k, all) => !narrow || all.length <= 5 || k % 2 === 0),
      tickFormat: decadeLabel,
    }),
    y: {
      domain: [y0, y1],
      label: 'Mini-batch loss, MSE',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: narrow ? 4 : 6,
    },
    marks: [
      Plot.line(raw, { x: 'lr', y: 'loss', stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '1 3' }),
      Plot.line(smooth, { x: 'lr', y: 'loss', stroke: 'currentColor', strokeWidth: 2 }),
      // One rule and one marker per suggestion, each in its rule's colour, dash and shape.
      ...marks.map((m) => Plot.ruleX([m.lr], { stroke: m.colour, strokeWidth: 1.5, strokeDasharray: m.style.dash })),
      ...marks.map((m): Plot.RenderFunction => (_i, scales, _v, _d, context) => {
        const doc = context.document;
        const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
        const x = scales.x?.(m.lr) ?? 0;
        const y = scales.y?.(Math.min(Math.max(m.loss, y0), y1)) ?? 0;
        path.setAttribute('d', markerPath(m.style.marker, 6));
        path.setAttribute('transform', `translate(${x},${y})`);
        path.setAttribute('fill', m.colour);
        path.setAttribute('stroke', 'white');
        path.setAttribute('stroke-width', '1.2');
        path.setAttribute('data-rule', m.rule);
        const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
        title.textContent = `${m.style.label}: lr ${m.lr.toPrecision(3)}`;
        path.appendChild(title);
        return path;
      }),
      ...(view.stoppedEarly
        ? [
            Plot.text([smooth[smooth.length - 1]].filter(Boolean), {
              x: 'lr',
              y: 'loss',
              text: () => 'stopped: loss blew up',
              textAnchor: 'end',
              dx: -6,
              dy: -2,
              fill: 'currentColor',
            }),
          ]
        : []),
      legendMark(items),
    ],
  };
}
