/**
 * Figures 4–8, 10, 11: the orbit a run has fitted, drawn over the data, with Earth's and
 * Mars's orbits, the Sun, and the fitted equation — all in astronomical units at equal aspect.
 */
import * as Plot from '@observablehq/plot';
import type { FigureOptions } from './types';
import { ORBIT_COLOURS } from './palette';
import { fmt, fmtLr } from './format';
import { legendHeight, legendMark, type LegendItem } from './legend';

export interface OrbitFitInput {
  /** The data set's points. */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** True semi-axes and centre offset. */
  a: number;
  b: number;
  c: number;
  /** Fitted parameters (final of the run). */
  wa: number;
  wb: number;
  lr: number;
  epochs: number;
  /** e.g. "SGD momentum". */
  optimizerLabel: string;
}

/** y of the fitted half-ellipse at x (0 where the root's argument is negative, as in the original figure). */
export function fittedY(wa: number, wb: number, c: number, x: number): number {
  const r = 1 - ((x + c) * (x + c)) / (wa * wa);
  return r > 0 ? wb * Math.sqrt(r) : 0;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The 512 data points as one path of zero-length round-capped strokes: a dot each, at a
 * fraction of the bytes of 512 <circle> elements.
 */
function pointCloud(points: { x: number; y: number }[], colour: string): Plot.RenderFunction {
  return (_i, scales, _v, _d, context) => {
    const sx = scales.x as (v: number) => number;
    const sy = scales.y as (v: number) => number;
    const r1 = (v: number) => Math.round(v * 10) / 10;
    const path = context.document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', points.map((p) => `M${r1(sx(p.x))},${r1(sy(p.y))}h0`).join(''));
    path.setAttribute('stroke', colour);
    path.setAttribute('stroke-width', '2.4');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('fill', 'none');
    path.setAttribute('aria-label', 'data points');
    return path;
  };
}

function circle(radius: number, n = 180) {
  return Array.from({ length: n + 1 }, (_, k) => {
    const t = (2 * Math.PI * k) / n;
    return { x: radius * Math.cos(t), y: radius * Math.sin(t) };
  });
}

/** Plot options for the orbit-fit figure. */
export function orbitFitSpec(input: OrbitFitInput, options: FigureOptions = {}): Plot.PlotOptions {
  // Small-multiple size: 11-unit text stays >= 10 CSS px two to a row on a desktop and
  // one to a row on a 390 px phone.
  const width = options.width ?? 340;
  const items: LegendItem[] = [
    { label: `data (${input.x.length} noisy points)`, colour: ORBIT_COLOURS.data, marker: 'circle', line: false },
    { label: 'fitted orbit', colour: ORBIT_COLOURS.fit },
    { label: "Earth's orbit", colour: ORBIT_COLOURS.earth, dash: '5 3' },
    { label: "Mars's orbit", colour: ORBIT_COLOURS.mars, dash: '2 3' },
  ];
  const margin = { marginLeft: 44, marginRight: 16, marginTop: 10 + legendHeight(items, width - 52), marginBottom: 40 };
  const frame = width - margin.marginLeft - margin.marginRight;
  const { a, c } = input;
  const points = Array.from({ length: input.x.length }, (_, i) => ({ x: input.x[i], y: input.y[i] }));
  let xmin = Infinity;
  let xmax = -Infinity;
  for (let i = 0; i < input.x.length; i++) {
    xmin = Math.min(xmin, input.x[i]);
    xmax = Math.max(xmax, input.x[i]);
  }
  const fit = Array.from({ length: 241 }, (_, k) => {
    const x = xmin + ((xmax - xmin) * k) / 240;
    return { x, y: fittedY(input.wa, input.wb, c, x) };
  });
  const earthR = a - c;
  const marsR = a + c;
  const bodies = [
    { x: 0, y: 0, label: 'Sun', colour: ORBIT_COLOURS.sun, r: 6, dx: 10, dy: 12 },
    { x: earthR, y: 0, label: 'Earth', colour: ORBIT_COLOURS.earth, r: 3.5, dx: 8, dy: 12 },
    { x: -marsR, y: 0, label: 'Mars', colour: ORBIT_COLOURS.mars, r: 3.5, dx: 8, dy: 12 },
  ];
  const eq = `(x + ${c.toFixed(3)})² / ${fmt(input.wa, 3)}² + y² / ${fmt(input.wb, 3)}² = 1`;
  const corner = [`Learning rate ${fmtLr(input.lr)}, ${input.epochs} epochs`, `Fitted by ${input.optimizerLabel}:`, eq];
  const text = (
    lines: string[],
    x: number,
    y: number,
    anchor: 'start' | 'end',
    extra: Partial<Plot.TextOptions> = {},
  ) =>
    Plot.text([lines.join('\n')], {
      x: () => x,
      y: () => y,
      text: (d: string) => d,
      textAnchor: anchor,
      lineAnchor: 'top',
      fontSize: 11,
      fill: 'currentColor',
      ...extra,
    });
  return {
    width,
    height: Math.round(frame + margin.marginTop + margin.marginBottom),
    ...margin,
    style: { background: 'transparent', overflow: 'visible', fontSize: '11px' },
    x: { domain: [-2, 2], label: 'x (AU)', labelAnchor: 'center', labelArrow: 'none', ticks: width < 420 ? 4 : 8 },
    y: { domain: [-2, 2], label: 'y (AU)', labelAnchor: 'center', labelArrow: 'none', ticks: width < 420 ? 4 : 8 },
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.ruleX([0], { stroke: ORBIT_COLOURS.axis, strokeDasharray: '5 4' }),
      Plot.ruleY([0], { stroke: ORBIT_COLOURS.axis, strokeDasharray: '5 4' }),
      Plot.line(circle(earthR), {
        x: 'x',
        y: 'y',
        stroke: ORBIT_COLOURS.earth,
        strokeDasharray: '5 3',
        strokeWidth: 1.2,
      }),
      Plot.line(circle(marsR), {
        x: 'x',
        y: 'y',
        stroke: ORBIT_COLOURS.mars,
        strokeDasharray: '2 3',
        strokeWidth: 1.2,
      }),
      pointCloud(points, ORBIT_COLOURS.data),
      Plot.line(fit, { x: 'x', y: 'y', stroke: ORBIT_COLOURS.fit, strokeWidth: 2.6 }),
      Plot.dot(bodies, { x: 'x', y: 'y', r: 'r', fill: 'colour', stroke: 'currentColor', strokeWidth: 0.6 }),
      Plot.text(bodies, {
        x: 'x',
        y: 'y',
        text: 'label',
        dx: 8,
        dy: 12,
        textAnchor: 'start',
        fontSize: 11,
        fill: 'colour',
      }),
      Plot.text(['Earth orbit (radius a − c)'], {
        x: () => 0,
        y: () => -earthR,
        text: (d: string) => d,
        dy: -14,
        fontSize: 11,
        fill: ORBIT_COLOURS.earth,
        stroke: 'var(--bg, white)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      Plot.text(['Mars orbit (radius a + c)'], {
        x: () => 0,
        y: () => -marsR,
        text: (d: string) => d,
        dy: -14,
        fontSize: 11,
        fill: ORBIT_COLOURS.mars,
        stroke: 'var(--bg, white)',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
      text(corner, -1.92, 1.92, 'start'),
      text(['in units of AU'], 1.92, -1.78, 'end', { fontSize: 11 }),
      legendMark(items),
    ],
    r: { type: 'identity' },
    color: { type: 'identity' },
  };
}
