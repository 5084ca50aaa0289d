/**
 * An in-figure legend (inside the SVG, so the figure stands alone): one entry per run
 * with its line sample (colour + dash) and marker shape, laid out in rows in the top margin.
 */
import type * as Plot from '@observablehq/plot';
import { drawOrder, markerPath, seriesStyle, type MarkerShape } from './palette';
import type { RunSeries } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LegendItem {
  label: string;
  colour: string;
  dash?: string;
  marker?: MarkerShape;
  /** Draw the line sample (default true); false for point-only series. */
  line?: boolean;
  /** Line sample width (default 2). */
  width?: number;
}

/** Runs sorted for drawing: the reader's run last, muted references first. */
export function inDrawOrder<T extends Pick<RunSeries, 'index' | 'meta'>>(runs: readonly T[]): T[] {
  return drawOrder(runs, seriesStyle);
}

/**
 * Legend entries of a run list in the figures' run styles: colour always, plus the line
 * dash and the marker shape where the figure draws them (contours: markers; line charts: dashes).
 */
export function runLegend(
  runs: Pick<RunSeries, 'label' | 'index' | 'meta'>[],
  style: { dash?: boolean; marker?: boolean } = { marker: true },
): LegendItem[] {
  return runs.map((r) => {
    const s = seriesStyle(r);
    return {
      label: r.label,
      colour: s.colour,
      ...(style.dash ? { dash: s.dash } : {}),
      ...(style.marker ? { marker: s.marker } : {}),
      ...(s.layer === 2 ? { width: 3 } : {}),
    };
  });
}

const FONT = 12;
const CHAR_W = 7.2;
const SAMPLE_W = 24;
const ROW_H = 18;

/** Rows of items for a given width (deterministic, approximate text widths). */
export function legendRows(items: LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const it of items) {
    const w = SAMPLE_W + 8 + it.label.length * CHAR_W + 16;
    if (used > 0 && used + w > width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(it);
    used += w;
  }
  return rows;
}

/** Height the legend needs in the top margin. */
export function legendHeight(items: LegendItem[], width: number): number {
  return items.length === 0 ? 0 : legendRows(items, width).length * ROW_H + 6;
}

/**
 * The legend as an SVG group, entries laid out from (marginLeft, 6) within `width`. A
 * live island calls it directly to relabel a figure drawn at build time.
 */
export function drawLegend(doc: Document, items: LegendItem[], width: number, marginLeft: number): SVGGElement {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('role', 'group');
  g.setAttribute('aria-label', 'legend');
  g.setAttribute('data-legend', '');
  g.setAttribute('font-size', String(FONT));
  g.setAttribute('text-anchor', 'start');
  const rows = legendRows(items, width - marginLeft - 8);
  rows.forEach((row, r) => {
    let x = marginLeft;
    const y = 6 + r * ROW_H + ROW_H / 2;
    for (const it of row) {
      if (it.line !== false) {
        const line = doc.createElementNS(SVG_NS, 'path');
        line.setAttribute('d', `M${x},${y}h${SAMPLE_W}`);
        line.setAttribute('stroke', it.colour);
        line.setAttribute('stroke-width', String(it.width ?? 2));
        if (it.dash) line.setAttribute('stroke-dasharray', it.dash);
        g.appendChild(line);
      }
      if (it.marker) {
        const m = doc.createElementNS(SVG_NS, 'path');
        m.setAttribute('d', markerPath(it.marker, 4));
        m.setAttribute('transform', `translate(${x + SAMPLE_W / 2},${y})`);
        m.setAttribute('fill', it.colour);
        m.setAttribute('stroke', 'white');
        m.setAttribute('stroke-width', '0.8');
        g.appendChild(m);
      }
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(x + SAMPLE_W + 6));
      t.setAttribute('y', String(y));
      t.setAttribute('dy', '0.32em');
      t.setAttribute('fill', 'currentColor');
      t.textContent = it.label;
      g.appendChild(t);
      x += SAMPLE_W + 8 + it.label.length * CHAR_W + 16;
    }
  });
  return g;
}

/** Render function drawing the legend from (marginLeft, 6). */
export function legendMark(items: LegendItem[]): Plot.RenderFunction {
  return (_i, _s, _v, d, context) => drawLegend(context.document, items, d.width, d.marginLeft);
}
