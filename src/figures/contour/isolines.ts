/**
 * Thin iso-lines of a landscape at the contour levels, as a Plot render function.
 *
 * Plot's own contour mark would do, but it brings its raster interpolators (and with them
 * d3-delaunay and d3-random) into every page that redraws a contour: about 11 KB of
 * gzipped JavaScript for a grid that never needs interpolating. d3-contour's marching
 * squares on the grid we already have gives the same lines.
 */
import type * as Plot from '@observablehq/plot';
import { contours } from 'd3-contour';
import type { Landscape } from '../../core/types';
import { logGrid } from './levels';
import { simplifyPathData } from '../render/simplify';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Pt = [number, number];

/** Axis-aligned clip rectangle in screen pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Clips a segment to `r` (Liang–Barsky). Returns the visible part or null. Used instead
 * of an SVG clip-path so the figure needs no document-unique id.
 */
export function clipSegment(a: Pt, b: Pt, r: Rect): [Pt, Pt] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - r.left],
    [dx, r.right - a[0]],
    [-dy, a[1] - r.top],
    [dy, r.bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** Absolute M/L path data of a ring's visible parts (a ring leaving the rectangle splits). */
export function clippedRingPath(ring: Pt[], r: Rect): string {
  let d = '';
  let pen: Pt | null = null;
  for (let i = 1; i < ring.length; i++) {
    const seg = clipSegment(ring[i - 1], ring[i], r);
    if (!seg) {
      pen = null;
      continue;
    }
    const [p, q] = seg;
    if (!pen || pen[0] !== p[0] || pen[1] !== p[1]) d += `M${p[0]},${p[1]}`;
    d += `L${q[0]},${q[1]}`;
    // Where the segment was cut short, the next one starts elsewhere: lift the pen.
    pen = q[0] === ring[i][0] && q[1] === ring[i][1] ? q : null;
  }
  return d;
}

/**
 * Iso-lines of `landscape` at `levels`, one <path> per level, clipped to the frame.
 * Contoured in log(loss), like the fill's interpolation, so lines and band edges
 * coincide. Grid samples sit at cell centres, so the grid's outer edges lie half a cell
 * outside [waMin, waMax] × [wbMin, wbMax].
 */
export function isoLines(landscape: Landscape, levels: number[]): Plot.RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const g = context.document.createElementNS(SVG_NS, 'g') as SVGGElement;
    g.setAttribute('aria-hidden', 'true');
    g.setAttribute('aria-label', 'contour');
    g.setAttribute('fill', 'none');
    g.setAttribute('stroke', '#1a1a1a');
    g.setAttribute('stroke-opacity', '0.4');
    g.setAttribute('stroke-width', '0.6');
    const x = scales.x;
    const y = scales.y;
    if (!x || !y || levels.length === 0) return g;
    const { nx, ny, waMin, waMax, wbMin, wbMax } = landscape;
    const dx = (waMax - waMin) / (nx - 1);
    const dy = (wbMax - wbMin) / (ny - 1);
    const rect: Rect = {
      left: dimensions.marginLeft,
      top: dimensions.marginTop,
      right: dimensions.width - dimensions.marginRight,
      bottom: dimensions.height - dimensions.marginBottom,
    };
    const toScreen = ([gx, gy]: number[]): Pt => [
      x(waMin - dx / 2 + gx * dx) as number,
      y(wbMin - dy / 2 + gy * dy) as number,
    ];
    const generator = contours().size([nx, ny]).thresholds(levels.map(Math.log));
    for (const level of generator(Array.from(logGrid(landscape)))) {
      let d = '';
      for (const polygon of level.coordinates) {
        for (const ring of polygon) d += clippedRingPath(ring.map(toScreen), rect);
      }
      if (!d) continue;
      const path = context.document.createElementNS(SVG_NS, 'path') as SVGPathElement;
      path.setAttribute('d', simplifyPathData(d));
      g.appendChild(path);
    }
    return g;
  };
}
