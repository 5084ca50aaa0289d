/**
 * The live paths drawn over a static contour figure: per run a haloed polyline and its
 * marker, plus a draggable start point. Updating a run changes three attributes; the
 * figure underneath (fills, iso-lines, axes, legend) is never rebuilt.
 */
import type { Trace } from '../core/types';
import { drawOrder, markerPath, POINT_COLOURS, slotStyle, type RunStyle } from '../figures/palette';
import { simplifyPolyline } from '../figures/render/simplify';
import { offChart } from '../figures/contour/offchart';
import { apply, clampPx, type XYScales } from './scales';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

/**
 * Path data of a run as the screen can show it: the points in SVG units up to the first
 * non-finite one (plus the final point), simplified to a few thousand that keep every
 * turning point. A run of 200,000 updates drawn point by point made two multi-megabyte
 * path strings that froze every hover; exports still carry every update.
 */
export function runPathData(scales: XYScales, trace: Trace): string {
  const n = trace.length;
  const xs = new Float64Array(n + 1);
  const ys = new Float64Array(n + 1);
  let m = 0;
  for (; m < n; m++) {
    const a = trace.wa[m];
    const b = trace.wb[m];
    if (!Number.isFinite(a) || !Number.isFinite(b)) break;
    xs[m] = clampPx(apply(scales.x, a));
    ys[m] = clampPx(apply(scales.y, b));
  }
  if (m === n && Number.isFinite(trace.final.wa) && Number.isFinite(trace.final.wb)) {
    xs[m] = clampPx(apply(scales.x, trace.final.wa));
    ys[m] = clampPx(apply(scales.y, trace.final.wb));
    m++;
  }
  const keep = simplifyPolyline(xs, ys, m);
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (let i = 0; i < keep.length; i++) d += `${i === 0 ? 'M' : 'L'}${r(xs[keep[i]])},${r(ys[keep[i]])}`;
  return d;
}

export interface LiveLayer {
  /** Redraws run `k` from its trace (paths stop at a divergence). */
  setRun(k: number, trace: Trace | null): void;
  /** Moves the start marker. */
  setStart(wa: number, wb: number): void;
  /** Highlights row `row` of run `k` (linked views), or clears with null. */
  highlight(k: number, row: number | null): void;
  root: SVGGElement;
  /** Moves the layer into a re-rendered figure (new landscape), hiding its static paths and start. */
  adopt(next: SVGSVGElement): void;
  /**
   * Restyles the runs by their current meaning (entry k for run k; runs without an entry
   * keep theirs) and restacks them so the reader's run stays on top.
   */
  restyle(next: readonly RunStyle[]): void;
}

/**
 * Creates the layer inside `svg` (above the existing paths layer, which it hides) for
 * `runCount` runs, styled by `opts.styles` (their meaning) or else by palette slot 0..runCount-1.
 */
export function createLiveLayer(
  first: SVGSVGElement,
  scales: XYScales,
  runCount: number,
  idPrefix: string,
  opts: { styles?: RunStyle[] } = {},
): LiveLayer {
  let svg = first;
  svg.querySelectorAll('g[data-role="paths"]').forEach((g) => g.setAttribute('display', 'none'));
  const [x0, x1] = scales.x.range;
  const [y0, y1] = scales.y.range;
  const root = el('g', { class: 'lr-live-layer', 'aria-label': 'live optimisation paths' });
  const defs = el('defs', {}, root);
  const clipId = `${idPrefix}-live-clip`;
  const clip = el('clipPath', { id: clipId }, defs);
  el('rect', { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) }, clip);
  const paths = el(
    'g',
    { 'clip-path': `url(#${clipId})`, fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
    root,
  );
  // Hover marks live in their own composited SVG over the figure: moving one repaints
  // that layer only, never the figure's paths (re-rastering a long run's path on every
  // pointer move cost tens of milliseconds per move).
  const overlay = el('svg', {
    viewBox: `0 0 ${scales.width} ${scales.height}`,
    'aria-hidden': 'true',
    class: 'lr-hover-layer',
  });
  overlay.style.cssText = 'position:absolute;pointer-events:none;will-change:transform;overflow:visible';
  const marks = el('g', {}, overlay);
  const placeOverlay = () => {
    const host = svg.parentElement;
    if (!host) return;
    if (overlay.parentNode !== host) {
      if (getComputedStyle(host).position === 'static') host.style.position = 'relative';
      host.appendChild(overlay);
    }
    // Same box and viewBox as the figure's SVG, so the same coordinates land on the same pixels.
    const a = svg.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    overlay.style.left = `${a.left - h.left - host.clientLeft + host.scrollLeft}px`;
    overlay.style.top = `${a.top - h.top - host.clientTop + host.scrollTop}px`;
    overlay.style.width = `${a.width}px`;
    overlay.style.height = `${a.height}px`;
    const aspect = svg.getAttribute('preserveAspectRatio');
    if (aspect) overlay.setAttribute('preserveAspectRatio', aspect);
  };
  // Each run's style by meaning when given (the reader's run drawn last, on top; references muted), else by slot.
  let styles: RunStyle[] = Array.from({ length: runCount }, (_, k) => opts.styles?.[k] ?? slotStyle(k));
  const runs = Array.from({ length: runCount }, (_, k) => {
    const g = el('g', { 'data-run': k }, paths);
    const halo = el('path', {}, g);
    const line = el('path', { 'data-line': '' }, g);
    const marker = el('path', { stroke: 'white', 'stroke-width': 1 }, g);
    const hi = el('circle', { r: 7, fill: 'none', 'stroke-width': 2, display: 'none' }, marks);
    // A run that ends outside the frame: an arrow on the edge with its final value, as the static figures draw it.
    const off = el('g', { display: 'none', 'font-size': 12, 'data-offchart': k }, root);
    const arrow = el('path', { d: 'M7,0L-5,-6L-2,0L-5,6Z', 'stroke-width': 1 }, off);
    const offText = el(
      'text',
      { dy: '0.32em', fill: '#111', stroke: 'white', 'stroke-width': 3, 'paint-order': 'stroke' },
      off,
    );
    return { g, halo, line, marker, hi, off, arrow, offText, trace: null as Trace | null };
  });
  /** Paints every run in its style and stacks the groups in drawing order (the reader's run last). */
  const paint = () => {
    runs.forEach((r, k) => {
      const s = styles[k];
      const you = s.layer > 1;
      r.g.dataset.style = you ? 'you' : s.layer < 1 ? 'reference' : 'run';
      r.halo.setAttribute('stroke', s.casing);
      r.halo.setAttribute('stroke-width', String(s.width + (you ? 2 : 1)));
      r.halo.setAttribute('stroke-opacity', you ? '0.9' : '0.45');
      r.line.setAttribute('stroke', s.colour);
      r.line.setAttribute('stroke-width', String(s.width));
      r.line.setAttribute('stroke-opacity', String(s.opacity));
      r.line.setAttribute('stroke-dasharray', s.dash || 'none');
      r.marker.setAttribute('d', markerPath(s.marker, you ? 6 : 5));
      r.marker.setAttribute('fill', s.colour);
      r.hi.setAttribute('stroke', s.colour);
      r.arrow.setAttribute('fill', s.colour);
      r.arrow.setAttribute('stroke', s.casing);
    });
    for (const k of drawOrder(
      runs.map((_, k) => k),
      (k) => styles[k],
    ))
      paths.appendChild(runs[k].g);
  };
  paint();
  const frame = {
    width: scales.width,
    height: scales.height,
    marginLeft: Math.min(x0, x1),
    marginRight: scales.width - Math.max(x0, x1),
    marginTop: Math.min(y0, y1),
    marginBottom: scales.height - Math.max(y0, y1),
  };

  // The static Start marker is replaced by a movable one.
  const sx = (v: number) => clampPx(apply(scales.x, v));
  const sy = (v: number) => clampPx(apply(scales.y, v));
  for (const t of svg.querySelectorAll('text')) if (t.textContent === 'Start') t.setAttribute('display', 'none');
  const start = el('g', { class: 'lr-start', cursor: 'grab' }, root);
  el('circle', { r: 6, fill: POINT_COLOURS.start, stroke: 'white', 'stroke-width': 1.5 }, start);
  const label = el(
    'text',
    {
      dy: -13,
      'text-anchor': 'middle',
      'font-size': 12,
      'font-weight': 'bold',
      fill: '#111',
      stroke: 'white',
      'stroke-width': 3,
      'paint-order': 'stroke',
    },
    start,
  );
  label.textContent = 'Start';

  // Above the paths and the Start/Target marks (so no end dot hides under them), below the legends.
  const place = (target: SVGSVGElement) => {
    const legend = target.querySelector('g[aria-label^="colour legend"], g[data-legend]');
    const anchor = target.querySelector('g[data-role="paths"]');
    if (legend?.parentNode) legend.parentNode.insertBefore(root, legend);
    else if (anchor?.parentNode) anchor.parentNode.insertBefore(root, anchor.nextSibling);
    else target.appendChild(root);
  };
  place(svg);

  let startHidden = false;
  let lastStart: [number, number] | null = null;
  return {
    root,
    restyle(next) {
      styles = styles.map((s, k) => next[k] ?? s);
      paint();
    },
    adopt(next) {
      svg = next;
      next.querySelectorAll('g[data-role="paths"]').forEach((g) => g.setAttribute('display', 'none'));
      for (const t of next.querySelectorAll('text')) if (t.textContent === 'Start') t.setAttribute('display', 'none');
      place(next);
      startHidden = false;
      if (lastStart) this.setStart(lastStart[0], lastStart[1]);
    },
    setRun(k, trace) {
      const r = runs[k];
      if (!r) return;
      r.trace = trace;
      if (!trace || trace.length === 0) {
        r.line.setAttribute('d', '');
        r.halo.setAttribute('d', '');
        r.marker.setAttribute('display', 'none');
        r.off.setAttribute('display', 'none');
        return;
      }
      const d = runPathData(scales, trace);
      r.line.setAttribute('d', d);
      r.halo.setAttribute('d', d);
      const fx = Number.isFinite(trace.final.wa) ? trace.final.wa : trace.wa[trace.length - 1];
      const fy = Number.isFinite(trace.final.wb) ? trace.final.wb : trace.wb[trace.length - 1];
      r.marker.setAttribute('display', 'inline');
      r.marker.setAttribute('transform', `translate(${sx(fx).toFixed(1)},${sy(fy).toFixed(1)})`);
      // Unclamped position: clampPx keeps path data finite, the frame test needs the real place.
      const m = offChart(fx, fy, apply(scales.x, fx), apply(scales.y, fy), frame);
      r.off.setAttribute('display', m ? 'inline' : 'none');
      if (!m) return;
      const angle = (Math.atan2(m.dy, m.dx) * 180) / Math.PI;
      r.arrow.setAttribute('transform', `translate(${m.x.toFixed(1)},${m.y.toFixed(1)}) rotate(${angle.toFixed(0)})`);
      r.offText.setAttribute('x', String(Math.round(m.x - m.dx * 12)));
      r.offText.setAttribute('y', String(Math.round(m.y - m.dy * 14)));
      r.offText.setAttribute('text-anchor', m.dx > 0.5 ? 'end' : m.dx < -0.5 ? 'start' : 'middle');
      r.offText.textContent = m.label;
    },
    setStart(wa, wb) {
      lastStart = [wa, wb];
      if (!startHidden) {
        // Hide the static start dot (the one drawn at the tutorial's start).
        for (const c of svg.querySelectorAll('g[aria-label="dot"] circle')) {
          const cx = Number(c.getAttribute('cx'));
          const cy = Number(c.getAttribute('cy'));
          if (Math.abs(cx - sx(0.1)) < 1.5 && Math.abs(cy - sy(1.8)) < 1.5) c.setAttribute('display', 'none');
        }
        startHidden = true;
      }
      start.setAttribute('transform', `translate(${sx(wa).toFixed(1)},${sy(wb).toFixed(1)})`);
    },
    highlight(k, row) {
      const r = runs[k];
      if (!r) return;
      if (row === null || !r.trace || row >= r.trace.length) {
        r.hi.setAttribute('display', 'none');
        return;
      }
      placeOverlay();
      r.hi.setAttribute('display', 'inline');
      r.hi.setAttribute('cx', sx(r.trace.wa[row]).toFixed(1));
      r.hi.setAttribute('cy', sy(r.trace.wb[row]).toFixed(1));
    },
  };
}
