/**
 * What every contour figure shares: the filled loss bands, iso-lines, colour legend,
 * start and target markers, equal-aspect Wa/Wb axes.
 */
import * as Plot from '@observablehq/plot';
import type { Landscape } from '../../core/types';
import type { FigureOptions, WDomain, WPoint } from '../types';
import { POINT_COLOURS } from '../palette';
import { levelColours, lossLevels } from './levels';
import { fillMark } from './fill';
import { isoLines } from './isolines';
import { colourBar } from './colourbar';
import { pointLabelsMark } from './point-labels';

export interface ContourBaseInput {
  landscape: Landscape;
  domain: WDomain;
  start: WPoint;
  /** Omit when the target lies outside the view. */
  target?: WPoint;
  /** Paths (positions in Wa, Wb) the Start/Target labels should keep clear of. */
  avoid?: WPoint[][];
}

/** Margins of every contour figure; the left one leaves room for 12-unit tick labels (phones). */
export const CONTOUR_MARGINS = { marginLeft: 54, marginRight: 92, marginBottom: 40 } as const;

/**
 * Width of a contour figure's coordinate system: narrow enough that its 12-unit text is
 * still 10.5 CSS px on a 390 px phone (shown about 358 px wide), with one SVG for every
 * screen; wider screens show it at most 1.2 times this size (article.css).
 */
export const CONTOUR_WIDTH = 400;

/** Font size of every text of a contour figure (axes, legend, colour bar, labels). */
export const CONTOUR_FONT = 12;

export const COLOUR_BAR_TITLE = 'loss, sum of squared errors (log)';

/** Marks and scale options of the contour background. */
export function contourBase(input: ContourBaseInput, options: FigureOptions) {
  const { landscape, domain, start, target } = input;
  const levels = lossLevels(landscape.values);
  const colours = levelColours(levels);
  const points: { wa: number; wb: number; label: string; colour: string }[] = [
    { ...start, label: 'Start', colour: POINT_COLOURS.start },
  ];
  if (target) points.push({ ...target, label: 'Target', colour: POINT_COLOURS.target });
  const under: Plot.Markish[] = [
    fillMark(landscape, levels, colours, options.encodeImage),
    isoLines(landscape, levels),
    Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.6 }),
    // The target's disc goes under the paths (runs end on it); the start's over them.
    Plot.dot(points.slice(1), { x: 'wa', y: 'wb', r: 5, fill: 'colour' }),
  ];
  const over: Plot.Markish[] = [
    // A ring, not a disc: the runs' final markers usually sit right on the target and must stay visible.
    Plot.dot(points.slice(0, 1), { x: 'wa', y: 'wb', r: 6, fill: 'colour' }),
    Plot.dot(points, { x: 'wa', y: 'wb', r: 7, fill: 'none', stroke: '#111', strokeWidth: 4.5 }),
    Plot.dot(points, { x: 'wa', y: 'wb', r: 7, fill: 'none', stroke: 'colour', strokeWidth: 2.5 }),
    pointLabelsMark(points, input.avoid ?? []),
    colourBar(levels, colours, COLOUR_BAR_TITLE),
  ];
  return {
    levels,
    under,
    over,
    scales: {
      x: {
        domain: [domain.waMin, domain.waMax],
        label: 'Wa',
        nice: false,
        grid: false,
        labelAnchor: 'center' as const,
        labelArrow: 'none' as const,
      },
      y: {
        domain: [domain.wbMin, domain.wbMax],
        label: 'Wb',
        nice: false,
        grid: false,
        labelAnchor: 'center' as const,
        labelArrow: 'none' as const,
      },
      color: { type: 'identity' as const },
    },
    margins: CONTOUR_MARGINS,
  };
}

/**
 * Height giving one unit of Wa the same length on screen as one unit of Wb (Plot's
 * aspectRatio option rounds through its own defaults; this is exact).
 */
export function equalAspectHeight(width: number, marginTop: number, domain: WDomain): number {
  const m = CONTOUR_MARGINS;
  const frameW = width - m.marginLeft - m.marginRight;
  return Math.round(
    marginTop + m.marginBottom + (frameW * (domain.wbMax - domain.wbMin)) / (domain.waMax - domain.waMin),
  );
}
