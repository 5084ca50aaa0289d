import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { inflateSync } from 'node:zlib';
import { fillMark } from '../../../src/figures/contour/fill';
import { isoLines } from '../../../src/figures/contour/isolines';
import { renderSvg } from '../../../src/figures/render/server';
import { pngDataUrl } from '../../../src/figures/render/png';
import type { Landscape } from '../../../src/core/types';

// A landscape that varies with Wa only: loss = 10^(Wa). Its iso-lines must be vertical
// (the original figure drew the lines with Wa and Wb swapped: horizontal here).
function waOnly(): Landscape {
  const nx = 41;
  const ny = 21;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = 10 ** ((2 * i) / (nx - 1));
  return { waMin: 0, waMax: 2, wbMin: 0, wbMax: 1, nx, ny, values };
}

const plot = (marks: Plot.Markish[]) => ({
  width: 260,
  height: 160,
  marginLeft: 30,
  marginRight: 30,
  marginTop: 20,
  marginBottom: 20,
  x: { domain: [0, 2] },
  y: { domain: [0, 1] },
  marks,
});

describe('contour orientation', () => {
  it('draws iso-lines of a Wa-only landscape as vertical lines at the right Wa', () => {
    const svg = renderSvg(plot([isoLines(waOnly(), [10])]));
    const d = /aria-label="contour"[\s\S]*?<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
    const xs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    const ys = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    // loss = 10 at Wa = 1 -> x = 30 + 200 * 1 / 2 = 130 (frame 30..230). The ring also runs
    // along the frame, so look at the vertices away from the left and right edges.
    const inner = xs.filter((x) => x > 35 && x < 225);
    expect(inner.length).toBeGreaterThan(0);
    for (const x of inner) expect(Math.abs(x - 130)).toBeLessThan(1.5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(100);
  });

  it('fills the same landscape with bands that change across Wa and not across Wb', () => {
    const levels = [10];
    const svg = renderSvg(plot([fillMark(waOnly(), levels, ['#0000ff', '#ff0000'], pngDataUrl, 0)]));
    const b64 = /href="data:image\/png;base64,([^"]+)"/.exec(svg)?.[1] ?? '';
    const png = Buffer.from(b64, 'base64');
    const idat = png.subarray(png.indexOf(Buffer.from('IDAT')) + 4);
    const raw = inflateSync(idat.subarray(0, idat.length - 4 - 12));
    const w = 200;
    const pixel = (x: number, y: number) => {
      const row = raw.subarray(y * (w * 3 + 1) + 1, (y + 1) * (w * 3 + 1));
      let r = 0;
      for (let k = 0; k <= x; k++) r = (r + row[k * 3]) & 0xff;
      return r;
    };
    expect(pixel(10, 5)).toBe(0); // low Wa: below the level, blue
    expect(pixel(190, 5)).toBe(255); // high Wa: red
    expect(pixel(10, 110)).toBe(0); // same Wa lower down: unchanged
    expect(pixel(190, 110)).toBe(255);
  });
});
