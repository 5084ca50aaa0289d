/**
 * The filled loss bands as one raster <image> (light SVG: a few kilobytes of PNG instead
 * of thousands of vector polygons), in the iso-lines' (Wa across, Wb up) orientation.
 */
import * as Plot from '@observablehq/plot';
import type { Landscape } from '../../core/types';
import type { ImageEncoder } from '../types';
import { bandOf, logGrid, sampleLandscape } from './levels';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parses "#rrggbb" or "rgb(r, g, b)" into bytes. */
export function parseColour(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c.trim());
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgb\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i.exec(c.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`parseColour: unsupported colour ${c}`);
}

/**
 * Mixes band colours towards white by `amount` (0 = as is), so the coloured paths on top
 * stay readable over the saturated ends of the ramp.
 */
export function soften(colours: string[], amount: number): [number, number, number][] {
  return colours.map((c) => parseColour(c).map((v) => Math.round(v + (255 - v) * amount)) as [number, number, number]);
}

/**
 * A Plot render function drawing the bands of `landscape` as an image covering the frame,
 * one image pixel per CSS pixel. Without an encoder it draws nothing.
 */
export function fillMark(
  landscape: Landscape,
  levels: number[],
  colours: string[],
  encode: ImageEncoder | undefined,
  softenBy = 0.15,
): Plot.RenderFunction {
  const rgbs = soften(colours, softenBy);
  return (_index, scales, _values, dimensions, context) => {
    const g = context.document.createElementNS(SVG_NS, 'g') as SVGGElement;
    g.setAttribute('aria-hidden', 'true');
    const x = scales.x;
    const y = scales.y;
    if (!encode || !x || !y) return g;
    const left = dimensions.marginLeft;
    const top = dimensions.marginTop;
    const w = Math.round(dimensions.width - dimensions.marginRight - left);
    const h = Math.round(dimensions.height - dimensions.marginBottom - top);
    // Invert the linear scales from two known points (the render API gives the forward map only).
    const xa = x(0) as number;
    const xb = x(1) as number;
    const ya = y(0) as number;
    const yb = y(1) as number;
    const rgba = new Uint8ClampedArray(w * h * 4);
    const logs = logGrid(landscape);
    for (let py = 0; py < h; py++) {
      const wb = (top + py + 0.5 - ya) / (yb - ya);
      for (let px = 0; px < w; px++) {
        const wa = (left + px + 0.5 - xa) / (xb - xa);
        const band = bandOf(levels, sampleLandscape(landscape, wa, wb, logs));
        const [r, gg, b] = rgbs[band];
        const k = (py * w + px) * 4;
        rgba[k] = r;
        rgba[k + 1] = gg;
        rgba[k + 2] = b;
        rgba[k + 3] = 255;
      }
    }
    const img = context.document.createElementNS(SVG_NS, 'image') as SVGImageElement;
    img.setAttribute('x', String(left));
    img.setAttribute('y', String(top));
    img.setAttribute('width', String(w));
    img.setAttribute('height', String(h));
    img.setAttribute('preserveAspectRatio', 'none');
    img.setAttribute('href', encode(rgba, w, h));
    g.appendChild(img);
    return g;
  };
}
