/**
 * Build-time rendering of a figure spec: Observable Plot with a linkedom document, the
 * contour fills encoded as PNG data URLs, and coordinates rounded so the inline SVG
 * stays small and stable from build to build.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { FigureOptions } from '../types';
import { pngDataUrl } from './png';
import { settleMarkLabels } from './aria';

/** Options a spec needs when it runs on the server. */
export function serverOptions(
  idPrefix: string,
  width?: number,
): Required<Pick<FigureOptions, 'encodeImage' | 'idPrefix'>> & FigureOptions {
  return { encodeImage: pngDataUrl, idPrefix, ...(width ? { width } : {}) };
}

/** Rounds every decimal number in a string to `digits` places (drops trailing zeros). */
export function roundNumbers(s: string, digits: number): string {
  const k = 10 ** digits;
  return s.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (m) => {
    const v = Math.round(Number(m) * k) / k;
    return String(Object.is(v, -0) ? 0 : v);
  });
}

/** Geometry attributes whose numbers are rounded to 0.1 px. */
const GEOMETRY = /\s(d|points|transform|x|y|x1|y1|x2|y2|cx|cy|r|width|height|viewBox)="([^"]*)"/g;

/** Plot's element for `options`, drawn with a server-side DOM and the browser's accessibility clean-up. */
export function plotOnServer(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document } as Plot.PlotOptions);
  settleMarkLabels(el);
  return el;
}

/**
 * The markup of a plotted element: the plot's <svg> (if Plot wrapped it in a <figure>
 * for a legend, the wrapper's SVGs concatenated), geometry rounded to 0.1 px. Data URLs
 * are left untouched.
 */
export function svgMarkup(el: Element): string {
  const html =
    el.tagName.toLowerCase() === 'figure'
      ? Array.from(el.querySelectorAll(':scope > svg'))
          .map((s) => s.outerHTML)
          .join('')
      : el.outerHTML;
  return html.replace(GEOMETRY, (_m, name: string, value: string) => ` ${name}="${roundNumbers(value, 1)}"`);
}

/** Renders Plot options to SVG markup (see `svgMarkup`). */
export function renderSvg(options: Plot.PlotOptions): string {
  return svgMarkup(plotOnServer(options));
}

/**
 * Renders Plot options to SVG markup labelled `label` (role="img"), as `plotChart` names the
 * chart it draws in the browser: a live island's static chart reads the same before hydration.
 */
export function renderSvgChart(options: Plot.PlotOptions, label: string): string {
  const el = plotOnServer(options);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  return svgMarkup(el);
}
