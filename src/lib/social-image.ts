/**
 * The social preview image (Open Graph / Twitter card), drawn at build time from the data
 * of figure 3: the four optimizers' paths on the loss landscape, in the figure's colours,
 * widened to the 1200 × 630 shape the sites show. Pure pixels, no fonts: the card's text
 * comes from the page's title and description.
 */
import { figureDef } from '../figures/catalog';
import { bandOf, levelColours, logGrid, lossLevels, sampleLandscape } from '../figures/contour/levels';
import { parseColour, soften } from '../figures/contour/fill';
import { POINT_COLOURS, runStyle } from '../figures/palette';
import { encodePng } from '../figures/render/png';
import { startAndTarget } from '../experiments/figures';
import { runPreset, tutorialLandscape } from '../experiments/runner';

/** Size of the card every major site crops least (1.91 : 1). */
export const SOCIAL_IMAGE = { width: 1200, height: 630, figure: 3, file: 'social.png' } as const;

type Rgb = [number, number, number];

/** The light-theme value of a palette colour (`var(--run-2, #d55e00)` gives `#d55e00`). */
function lightValue(colour: string): Rgb {
  return parseColour(/^var\(--[\w-]+,\s*([^)]+)\)$/.exec(colour.trim())?.[1] ?? colour);
}

/** A width × height RGBA canvas with anti-aliased thick polylines and discs. */
export class Canvas {
  readonly rgba: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgba = new Uint8ClampedArray(width * height * 4);
  }

  /** Blends `colour` into every pixel by its coverage (0..1). */
  paint(coverage: Float32Array, colour: Rgb): void {
    for (let k = 0; k < coverage.length; k++) {
      const a = coverage[k];
      if (a <= 0) continue;
      for (let c = 0; c < 3; c++) this.rgba[k * 4 + c] += (colour[c] - this.rgba[k * 4 + c]) * a;
    }
  }

  /** Coverage of a polyline of half-width `r` (max over its segments, so joints do not darken). */
  strokeCoverage(xs: number[], ys: number[], r: number): Float32Array {
    const cov = new Float32Array(this.width * this.height);
    for (let s = 0; s + 1 < xs.length || (s === 0 && xs.length === 1); s++) {
      const x0 = xs[s];
      const y0 = ys[s];
      const x1 = xs[Math.min(s + 1, xs.length - 1)];
      const y1 = ys[Math.min(s + 1, ys.length - 1)];
      const dx = x1 - x0;
      const dy = y1 - y0;
      const len2 = dx * dx + dy * dy;
      const minX = Math.max(0, Math.floor((x0 < x1 ? x0 : x1) - r - 1));
      const maxX = Math.min(this.width - 1, Math.ceil((x0 > x1 ? x0 : x1) + r + 1));
      const minY = Math.max(0, Math.floor((y0 < y1 ? y0 : y1) - r - 1));
      const maxY = Math.min(this.height - 1, Math.ceil((y0 > y1 ? y0 : y1) + r + 1));
      for (let py = minY; py <= maxY; py++) {
        for (let px = minX; px <= maxX; px++) {
          const cx = px + 0.5 - x0;
          const cy = py + 0.5 - y0;
          const t = len2 > 0 ? Math.max(0, Math.min(1, (cx * dx + cy * dy) / len2)) : 0;
          const ex = cx - t * dx;
          const ey = cy - t * dy;
          const a = Math.max(0, Math.min(1, r + 0.5 - Math.sqrt(ex * ex + ey * ey)));
          const k = py * this.width + px;
          if (a > cov[k]) cov[k] = a;
        }
      }
    }
    return cov;
  }
}

/** The preview image as PNG bytes. */
export function socialImagePng(): Uint8Array {
  const { width, height } = SOCIAL_IMAGE;
  const def = figureDef(SOCIAL_IMAGE.figure);
  const view = def.view!;
  const own = tutorialLandscape({ ...view.domain, nx: view.samples, ny: view.samples });
  // The figure's levels and colours, over a view widened to the card's shape (Wb as in the
  // figure, Wa extended to the right where the landscape keeps rising).
  const levels = lossLevels(own.values);
  const rgbs = soften(levelColours(levels), 0.15);
  const { wbMin, wbMax, waMin } = view.domain;
  const waMax = waMin + ((wbMax - wbMin) * width) / height;
  const wide = tutorialLandscape({ waMin, waMax, wbMin, wbMax, nx: 240, ny: 126 });
  const logs = logGrid(wide);
  const canvas = new Canvas(width, height);
  const toX = (wa: number) => ((wa - waMin) / (waMax - waMin)) * width;
  const toY = (wb: number) => height - ((wb - wbMin) / (wbMax - wbMin)) * height;
  for (let py = 0; py < height; py++) {
    const wb = wbMax - ((py + 0.5) / height) * (wbMax - wbMin);
    for (let px = 0; px < width; px++) {
      const wa = waMin + ((px + 0.5) / width) * (waMax - waMin);
      const [r, g, b] = rgbs[bandOf(levels, sampleLandscape(wide, wa, wb, logs))];
      const k = (py * width + px) * 4;
      canvas.rgba[k] = r;
      canvas.rgba[k + 1] = g;
      canvas.rgba[k + 2] = b;
      canvas.rgba[k + 3] = 255;
    }
  }
  const { start, target } = startAndTarget();
  const dark: Rgb = [17, 17, 17];
  canvas.paint(canvas.strokeCoverage([toX(target.wa)], [toY(target.wb)], 11), dark);
  canvas.paint(canvas.strokeCoverage([toX(target.wa)], [toY(target.wb)], 9), parseColour(POINT_COLOURS.target));
  for (const run of def.runs) {
    const t = runPreset(run.id);
    const xs = [toX(start.wa)];
    const ys = [toY(start.wb)];
    for (let i = 0; i < t.length; i++) {
      xs.push(toX(t.wa[i]));
      ys.push(toY(t.wb[i]));
    }
    xs.push(toX(t.final.wa));
    ys.push(toY(t.final.wb));
    canvas.paint(canvas.strokeCoverage(xs, ys, 4.5), dark);
    canvas.paint(canvas.strokeCoverage(xs, ys, 3), lightValue(runStyle(run.meta).colour));
  }
  canvas.paint(canvas.strokeCoverage([toX(start.wa)], [toY(start.wb)], 12), dark);
  canvas.paint(canvas.strokeCoverage([toX(start.wa)], [toY(start.wb)], 8), [255, 255, 255]);
  canvas.paint(canvas.strokeCoverage([toX(start.wa)], [toY(start.wb)], 5), dark);
  return encodePng(canvas.rgba, width, height);
}

/**
 * The favicon's drawing (public/favicon.svg: a blue tile, a white descending path, a yellow
 * end point) as a 180 × 180 PNG, for systems that want a raster icon (iOS home screens).
 */
export function touchIconPng(size = 180): Uint8Array {
  const canvas = new Canvas(size, size);
  const k = size / 32;
  const tile = parseColour('#0a5fc2');
  for (let i = 0; i < size * size; i++) {
    canvas.rgba.set([tile[0], tile[1], tile[2], 255], i * 4);
  }
  // The SVG's cubic Bézier M4 8 C10 9 12 24 28 25, sampled.
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= 64; i++) {
    const t = i / 64;
    const u = 1 - t;
    xs.push((u * u * u * 4 + 3 * u * u * t * 10 + 3 * u * t * t * 12 + t * t * t * 28) * k);
    ys.push((u * u * u * 8 + 3 * u * u * t * 9 + 3 * u * t * t * 24 + t * t * t * 25) * k);
  }
  canvas.paint(canvas.strokeCoverage(xs, ys, 1.5 * k), [255, 255, 255]);
  canvas.paint(canvas.strokeCoverage([28 * k], [25 * k], 2.5 * k), parseColour('#f0e442'));
  return encodePng(canvas.rgba, size, size);
}
