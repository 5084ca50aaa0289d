/**
 * Browser rendering of a figure spec: the same Plot call as at build time, then the
 * same accessibility clean-up, and a name for the chart so a screen reader announces
 * what it shows rather than its marks.
 */
import * as Plot from '@observablehq/plot';
import { settleMarkLabels } from './aria';

/** Renders Plot options into a detached element labelled `label` (role="img"). */
export function plotChart(options: Plot.PlotOptions, label: string): SVGSVGElement | HTMLElement {
  const el = Plot.plot(options);
  settleMarkLabels(el);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  return el;
}
