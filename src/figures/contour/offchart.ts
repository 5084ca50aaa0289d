/**
 * Runs whose last position lies outside a contour's frame would otherwise just vanish
 * at the edge. Each gets a small arrow on the frame edge, pointing the way it left, in
 * the run's colour, with its final (Wa, Wb) beside it, kept inside the frame.
 */
import type { RunSeries } from '../types';
import type { RunStyle } from '../palette';
import { fmt } from '../format';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Frame of a plot in screen px. */
export interface Frame {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

/** Where an off-chart marker goes: the clamped point, the outward direction, and the label. */
export interface OffChart {
  x: number;
  y: number;
  /** Unit vector pointing out of the frame, towards the real position. */
  dx: number;
  dy: number;
  label: string;
}

/**
 * The off-chart marker of a final position (screen px), or null when it is inside the
 * frame. Non-finite positions (a diverged run) count as off the chart towards the last
 * finite direction only if finite: a NaN run has no place to point at and gets none.
 */
export function offChart(wa: number, wb: number, px: number, py: number, f: Frame): OffChart | null {
  if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
  const x0 = f.marginLeft;
  const x1 = f.width - f.marginRight;
  const y0 = f.marginTop;
  const y1 = f.height - f.marginBottom;
  if (px >= x0 && px <= x1 && py >= y0 && py <= y1) return null;
  const inset = 7;
  const x = Math.min(x1 - inset, Math.max(x0 + inset, px));
  const y = Math.min(y1 - inset, Math.max(y0 + inset, py));
  const len = Math.hypot(px - x, py - y) || 1;
  return { x, y, dx: (px - x) / len, dy: (py - y) / len, label: `off chart: Wa ${fmt(wa, 1)}, Wb ${fmt(wb, 1)}` };
}

/** An SVG group with the off-chart markers of every run that ends outside the frame. */
export function offChartMarks(
  doc: Document,
  runs: RunSeries[],
  styles: RunStyle[],
  sx: (v: number) => number,
  sy: (v: number) => number,
  f: Frame,
): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('data-offchart', '');
  g.setAttribute('font-size', '12');
  runs.forEach((r, k) => {
    const { wa, wb } = r.trace.final;
    const m = offChart(wa, wb, sx(wa), sy(wb), f);
    if (!m) return;
    const s = styles[k];
    const arrow = doc.createElementNS(SVG_NS, 'path');
    const a = Math.atan2(m.dy, m.dx) * (180 / Math.PI);
    arrow.setAttribute('d', 'M7,0L-5,-6L-2,0L-5,6Z');
    arrow.setAttribute('transform', `translate(${m.x.toFixed(1)},${m.y.toFixed(1)}) rotate(${a.toFixed(0)})`);
    arrow.setAttribute('fill', s.colour);
    arrow.setAttribute('stroke', s.casing);
    arrow.setAttribute('stroke-width', '1');
    g.appendChild(arrow);
    const t = doc.createElementNS(SVG_NS, 'text');
    // Label inward from the arrow: to its left on the right edge, below it on the top edge, …
    const right = m.dx > 0.5;
    const left = m.dx < -0.5;
    t.setAttribute('x', String(Math.round(m.x - m.dx * 12)));
    t.setAttribute('y', String(Math.round(m.y - m.dy * 14)));
    t.setAttribute('dy', '0.32em');
    t.setAttribute('text-anchor', right ? 'end' : left ? 'start' : 'middle');
    t.setAttribute('fill', '#111');
    t.setAttribute('stroke', 'white');
    t.setAttribute('stroke-width', '3');
    t.setAttribute('paint-order', 'stroke');
    t.textContent = m.label;
    g.appendChild(t);
  });
  return g;
}
