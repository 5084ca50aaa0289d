/**
 * Browser rendering of a figure spec: the same Plot call as at build time, then the
 * same accessibility clean-up, and a name for the chart so a screen reader announces
 * what it shows rather than its marks.
 */
import { plot, type PlotOptions } from '@observablehq/plot';
import { settleMarkLabels } from './aria';
import { uniqueClipIds } from './ids';

/**
 * Renders Plot options into a detached element with the build's accessibility clean-up
 * and clip ids that cannot collide with the build's figures on the same page.
 */
export function renderPlot(options: PlotOptions): SVGSVGElement | HTMLElement {
  const el = plot(options);
  settleMarkLabels(el);
  uniqueClipIds(el);
  return el;
}

/** Renders Plot options into a detached element labelled `label` (role="img"). */
export function plotChart(options: PlotOptions, label: string): SVGSVGElement | HTMLElement {
  const el = renderPlot(options);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  return el;
}
