/**
 * Build-time rendering for the in-practice page. Each chart is drawn twice, at a desktop
 * width and at a phone width, and CSS shows the one that fits (practice.css): a chart
 * drawn for 640 units and shrunk onto a 360 px screen would print its 10-unit axis text
 * at about 5.5 px, while one drawn for the phone keeps it at full size, with no
 * JavaScript needed.
 */
import type * as Plot from '@observablehq/plot';
import { renderSvg } from '../../figures/render/server';
import { buildContour, type BuiltContour, type LiveRunInput } from '../islands/build';
import type { WDomain } from '../../figures/types';

/** Width of the desktop drawing and of the phone drawing (a 390 px screen has a 358 px column, a 360 px screen 328). */
export const WIDE = 640;
export const NARROW = 340;

/** Markup of one chart at both widths. */
export interface DualSvg {
  wide: string;
  narrow: string;
}

/** Renders `spec(width)` at both widths. */
export function dualSvg(spec: (width: number) => Plot.PlotOptions): DualSvg {
  return { wide: renderSvg(spec(WIDE)), narrow: renderSvg(spec(NARROW)) };
}

/** Adds `data-scales` (the position scales the client draws with) to the root <svg> of `markup`. */
export function withScales(markup: string, scales: BuiltContour['scales']): string {
  const json = JSON.stringify(scales).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return markup.replace(/^<svg\b/, `<svg data-scales="${json}"`);
}

/** Runs on a contour at both widths; each SVG carries its scales for a live layer. */
export function dualContour(
  idPrefix: string,
  runs: LiveRunInput[],
  domain: WDomain,
): { svg: DualSvg; built: BuiltContour } {
  const wide = buildContour(`${idPrefix}-w`, runs, domain, WIDE - 80);
  const narrow = buildContour(`${idPrefix}-n`, runs, domain, NARROW);
  return {
    svg: { wide: withScales(wide.svg, wide.scales), narrow: withScales(narrow.svg, narrow.scales) },
    built: wide,
  };
}
