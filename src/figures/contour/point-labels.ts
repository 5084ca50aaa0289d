/**
 * The "Start" and "Target" labels of a contour figure, each placed on whichever side of
 * its point (above, below, right, left) the fewest path positions cross, so a path that
 * arrives at the target from above does not run through the word.
 */
import type * as Plot from '@observablehq/plot';
import type { WPoint } from '../types';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PointLabel extends WPoint {
  label: string;
}

/** Candidate label placements: offset of the text anchor from the point, and the anchor. */
const SIDES = [
  { dx: 0, dy: -16, anchor: 'middle' },
  { dx: 0, dy: 17, anchor: 'middle' },
  { dx: 12, dy: 0, anchor: 'start' },
  { dx: -12, dy: 0, anchor: 'end' },
] as const;

/** Screen box of a label (approximate bold 12 px text) at a side of (x, y). */
export function labelBox(text: string, x: number, y: number, side: (typeof SIDES)[number]) {
  const w = text.length * 7.6 + 4;
  const h = 15;
  const cx = x + side.dx;
  const left = side.anchor === 'middle' ? cx - w / 2 : side.anchor === 'start' ? cx : cx - w;
  return { x0: left, x1: left + w, y0: y + side.dy - h / 2, y1: y + side.dy + h / 2 };
}

/** Index into SIDES of the side with the fewest of `avoid` (screen points) inside the label box. */
export function bestSide(
  text: string,
  x: number,
  y: number,
  avoid: [number, number][],
  frame?: { x0: number; x1: number; y0: number; y1: number },
): number {
  let best = 0;
  let bestCost = Infinity;
  SIDES.forEach((side, k) => {
    const b = labelBox(text, x, y, side);
    let cost = 0;
    for (const [px, py] of avoid) if (px >= b.x0 && px <= b.x1 && py >= b.y0 && py <= b.y1) cost++;
    // Leaving the frame costs as much as a crowded box: the label would be clipped or collide with the axes.
    if (frame && (b.x0 < frame.x0 || b.x1 > frame.x1 || b.y0 < frame.y0 || b.y1 > frame.y1)) cost += 1e6;
    if (cost < bestCost) {
      bestCost = cost;
      best = k;
    }
  });
  return best;
}

/** Render function drawing the labels, clear of the `paths` (each a list of (Wa, Wb) positions). */
export function pointLabelsMark(points: PointLabel[], paths: WPoint[][]): Plot.RenderFunction {
  return (_i, scales, _v, d, context) => {
    const doc = context.document;
    const sx = scales.x as (v: number) => number;
    const sy = scales.y as (v: number) => number;
    const avoid: [number, number][] = [];
    // Points every ~3 px along each path (a long step between two updates crosses a label too).
    for (const p of paths) {
      const stride = Math.max(1, Math.floor(p.length / 3000));
      for (let k = 0; k < p.length; k += stride) {
        const x = sx(p[k].wa);
        const y = sy(p[k].wb);
        avoid.push([x, y]);
        const q = p[Math.min(p.length - 1, k + stride)];
        const x2 = sx(q.wa);
        const y2 = sy(q.wb);
        const n = Math.min(200, Math.floor(Math.hypot(x2 - x, y2 - y) / 3));
        for (let s = 1; s < n; s++) avoid.push([x + ((x2 - x) * s) / n, y + ((y2 - y) * s) / n]);
      }
    }
    // A label may reach into the left margin, not past the plot's own edges.
    const frame = { x0: 2, x1: d.width - d.marginRight, y0: d.marginTop, y1: d.height - d.marginBottom };
    const g = doc.createElementNS(SVG_NS, 'g');
    g.setAttribute('font-size', '12');
    g.setAttribute('font-weight', 'bold');
    for (const p of points) {
      const x = sx(p.wa);
      const y = sy(p.wb);
      const side = SIDES[bestSide(p.label, x, y, avoid, frame)];
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', (x + side.dx).toFixed(1));
      t.setAttribute('y', (y + side.dy).toFixed(1));
      t.setAttribute('dy', '0.35em');
      t.setAttribute('text-anchor', side.anchor);
      t.setAttribute('fill', '#111');
      t.setAttribute('stroke', 'white');
      t.setAttribute('stroke-width', '3');
      t.setAttribute('paint-order', 'stroke');
      t.textContent = p.label;
      g.appendChild(t);
    }
    return g;
  };
}
