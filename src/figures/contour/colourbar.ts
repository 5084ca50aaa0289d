/**
 * The colour legend of a contour figure: a vertical bar of the bands in the right margin,
 * ticked at the levels, titled with what the colour encodes.
 */
import type * as Plot from '@observablehq/plot';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Tick label of a level: 0.5, 2, 50, 1k, 2k … */
export function levelLabel(v: number): string {
  if (v >= 1000) return `${Number((v / 1000).toPrecision(3))}k`;
  return String(Number(v.toPrecision(3)));
}

/**
 * Bands are drawn with equal heights (the scale is ordinal in the level index, which is
 * logarithmic in the loss for a 1–2–5 ladder), lowest at the bottom.
 */
export function colourBar(levels: number[], colours: string[], title: string): Plot.RenderFunction {
  return (_i, _s, _v, d, context) => {
    const doc = context.document;
    const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
    g.setAttribute('aria-label', `colour legend: ${title}`);
    g.setAttribute('font-size', '12');
    g.setAttribute('text-anchor', 'start');
    const x0 = d.width - d.marginRight + 14;
    const barW = 12;
    const top = d.marginTop;
    const bottom = d.height - d.marginBottom;
    const n = colours.length;
    const bandH = (bottom - top) / n;
    for (let k = 0; k < n; k++) {
      const r = doc.createElementNS(SVG_NS, 'rect');
      r.setAttribute('x', String(x0));
      r.setAttribute('y', String(Math.round((bottom - (k + 1) * bandH) * 10) / 10));
      r.setAttribute('width', String(barW));
      r.setAttribute('height', String(Math.round(bandH * 10) / 10 + 0.3));
      r.setAttribute('fill', colours[k]);
      g.appendChild(r);
    }
    const frame = doc.createElementNS(SVG_NS, 'rect');
    frame.setAttribute('x', String(x0));
    frame.setAttribute('y', String(top));
    frame.setAttribute('width', String(barW));
    frame.setAttribute('height', String(bottom - top));
    frame.setAttribute('fill', 'none');
    frame.setAttribute('stroke', 'currentColor');
    frame.setAttribute('stroke-width', '0.5');
    g.appendChild(frame);
    levels.forEach((lv, k) => {
      const yy = Math.round((bottom - (k + 1) * bandH) * 10) / 10;
      const tick = doc.createElementNS(SVG_NS, 'path');
      tick.setAttribute('d', `M${x0 + barW},${yy}h4`);
      tick.setAttribute('stroke', 'currentColor');
      g.appendChild(tick);
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(x0 + barW + 6));
      t.setAttribute('y', String(yy));
      t.setAttribute('dy', '0.32em');
      t.setAttribute('fill', 'currentColor');
      t.textContent = levelLabel(lv);
      g.appendChild(t);
    });
    const label = doc.createElementNS(SVG_NS, 'text');
    const lx = x0 + barW + 44;
    const ly = (top + bottom) / 2;
    label.setAttribute('transform', `translate(${lx},${ly}) rotate(90)`);
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('fill', 'currentColor');
    label.textContent = title;
    g.appendChild(label);
    return g;
  };
}
