/**
 * The update cursor's small shared parts, for every island whose views share one cursor
 * (the contour demos' timelines, the players, the playground): the vertical line on a
 * per-update chart, the update under the pointer, and the pinned update in the URL
 * (`?<island id>-update=35`, 1-based there, 0-based here). No chart code: a player loads
 * this without Plot.
 */
import { updateX } from '../figures/update-axis';
import { readParam, writeParam } from './url-state';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Plot's default top margin and the charts' bottom margin: the cursor spans the frame. */
const TOP = 20;
const BOTTOM = 42;
const FALLBACK_WIDTH = 330;

const lines = new WeakMap<SVGSVGElement, SVGLineElement>();

/**
 * Where a chart puts its updates, for a chart with a frame of its own (the playground's
 * step-size chart: figure 1's frame, a legend on top, updates 0 to n): update `u0` at
 * x = `x0`, `u1` at `x1` (1-based updates, SVG units), the plot area from y = `top` to
 * `bottom`. Charts without one use the shared update frame (update-axis.ts).
 */
export interface UpdateAxis {
  x0: number;
  x1: number;
  u0: number;
  u1: number;
  top: number;
  bottom: number;
}
const axes = new WeakMap<SVGSVGElement, UpdateAxis>();

/** Gives the chart `svg` its own update axis (before its cursor line is first drawn). */
export function setUpdateAxis(svg: SVGSVGElement, axis: UpdateAxis): void {
  axes.set(svg, axis);
}

/** The chart's update axis: its own, else the shared frame for `total` updates. */
function axisOf(svg: SVGSVGElement, total: number): UpdateAxis {
  const own = axes.get(svg);
  if (own) return own;
  const width = widthOf(svg);
  const n = Math.max(2, total);
  return {
    x0: updateX(1, n, width),
    x1: updateX(n, n, width),
    u0: 1,
    u1: n,
    top: TOP,
    bottom: Number(svg.getAttribute('height')) - BOTTOM,
  };
}
const xOfUpdate = (a: UpdateAxis, u: number) => a.x0 + ((u - a.u0) / (a.u1 - a.u0)) * (a.x1 - a.x0);
const updateOfX = (a: UpdateAxis, x: number) => a.u0 + ((x - a.x0) / (a.x1 - a.x0)) * (a.u1 - a.u0);

/** The URL key of an island's pinned update. */
export const pinKey = (id: string): string => `${id}-update`;

/** Reads the pinned update (1-based in the URL, 0-based here); null when absent or not a count. */
export function pinnedFromUrl(search: string, id: string): number | null {
  const raw = readParam(search, pinKey(id));
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 ? n - 1 : null;
}

/** Writes (or, for null, removes) the pinned update in the address bar, keeping everything else. */
export function savePin(id: string, row: number | null): void {
  const search = writeParam(location.search, pinKey(id), row === null ? null : String(row + 1));
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

const widthOf = (svg: SVGSVGElement) => Number(svg.getAttribute('width')) || FALLBACK_WIDTH;

/** The cursor line of the chart in `host` (made once per SVG, so a redrawn chart gets a new one). */
export function cursorLine(host: HTMLElement): SVGLineElement | null {
  const svg = host.querySelector('svg');
  if (!svg) return null;
  let line = lines.get(svg);
  if (!line) {
    line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('class', 'lr-cursor');
    line.setAttribute('stroke', 'currentColor');
    line.setAttribute('stroke-width', '1.5');
    const axis = axisOf(svg, 2);
    line.setAttribute('y1', String(axis.top));
    line.setAttribute('y2', String(axis.bottom));
    line.setAttribute('pointer-events', 'none');
    svg.appendChild(line);
    lines.set(svg, line);
  }
  return line;
}

/**
 * Puts the cursor of the chart in `host` on update `row` (0-based) of `total`, solid when
 * pinned, dashed when it only follows the pointer; null hides it. Touches attributes only
 * when they change: a player calls this every frame.
 */
export function placeCursor(host: HTMLElement, row: number | null, total: number, solid: boolean): void {
  const line = cursorLine(host);
  if (!line) return;
  const set = (name: string, value: string) => {
    if (line.getAttribute(name) !== value) line.setAttribute(name, value);
  };
  if (row === null || total <= 0) return set('display', 'none');
  const x = xOfUpdate(axisOf(line.ownerSVGElement!, total), row + 1).toFixed(1);
  set('x1', x);
  set('x2', x);
  set('display', 'inline');
  set('stroke-dasharray', solid ? '' : '3 2');
}

/** The update (0-based) under the pointer on the chart in `host`, or null outside its frame. */
export function rowAtPointer(
  host: HTMLElement,
  ev: { clientX: number; clientY: number },
  total: number,
): number | null {
  const svg = host.querySelector('svg');
  const ctm = svg?.getScreenCTM();
  if (!svg || !ctm || total <= 0) return null;
  const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
  const axis = axisOf(svg, total);
  const x0 = xOfUpdate(axis, 1);
  const x1 = xOfUpdate(axis, total);
  if (p.x < x0 - 8 || p.x > x1 + 8) return null;
  return Math.max(0, Math.min(total - 1, Math.round(updateOfX(axis, p.x)) - 1));
}

/**
 * The update (0-based) of any run nearest to the landscape point `p` (data units, each
 * axis measured against its span), or null when no path passes within 2% of the frame.
 */
export function nearestRow(
  traces: readonly ({ wa: ArrayLike<number>; wb: ArrayLike<number>; length: number } | null)[],
  p: [number, number],
  scales: { x: { domain: number[] }; y: { domain: number[] } },
): number | null {
  const sx = Math.abs(scales.x.domain[1] - scales.x.domain[0]) || 1;
  const sy = Math.abs(scales.y.domain[1] - scales.y.domain[0]) || 1;
  let best: number | null = null;
  let bestD = 0.0004;
  for (const t of traces) {
    if (!t) continue;
    for (let k = 0; k < t.length; k++) {
      const d = ((t.wa[k] - p[0]) / sx) ** 2 + ((t.wb[k] - p[1]) / sy) ** 2;
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
  }
  return best;
}
