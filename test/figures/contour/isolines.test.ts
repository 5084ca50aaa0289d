import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { clipSegment, clippedRingPath, isoLines, type Rect } from '../../../src/figures/contour/isolines';
import { renderSvg } from '../../../src/figures/render/server';
import type { Landscape } from '../../../src/core/types';

const rect: Rect = { left: 0, top: 0, right: 10, bottom: 10 };

/** A tilted bowl with elliptic levels that cross the frame edges. */
function bowl(): Landscape {
  const nx = 61;
  const ny = 41;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const wa = (3 * i) / (nx - 1) - 1;
      const wb = (2 * j) / (ny - 1) - 0.5;
      values[j * nx + i] = 0.01 + (wa - 0.8) ** 2 + 3 * (wb - 0.4) ** 2 + (wa - 0.8) * (wb - 0.4);
    }
  }
  return { waMin: -1, waMax: 2, wbMin: -0.5, wbMax: 1.5, nx, ny, values };
}

const frame = {
  width: 400,
  height: 300,
  marginLeft: 40,
  marginRight: 20,
  marginTop: 20,
  marginBottom: 30,
  x: { domain: [-1, 2] },
  y: { domain: [-0.5, 1.5] },
};

function vertices(svg: string, label: string): [number, number][] {
  const g = new RegExp(`<g[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
  return [...g.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

type Seg = [[number, number], [number, number]];

/** The straight pieces of every path in the group (M starts a new polyline). */
function segments(svg: string, label: string): Seg[] {
  const g = new RegExp(`<g[^>]*aria-label="${label}"[^>]*>([\\s\\S]*?)</g>`).exec(svg)?.[1] ?? '';
  const out: Seg[] = [];
  for (const m of g.matchAll(/ d="([^"]+)"/g)) {
    let prev: [number, number] | null = null;
    for (const c of m[1].matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
      if (c[1] === 'Z') continue;
      const p: [number, number] = [Number(c[2]), Number(c[3])];
      if (c[1] === 'L' && prev) out.push([prev, p]);
      prev = p;
    }
  }
  return out;
}

function distanceToSegments(p: [number, number], segs: Seg[]): number {
  let best = Infinity;
  for (const [a, b] of segs) {
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

describe('clipSegment', () => {
  it('keeps a segment inside the rectangle as it is', () => {
    expect(clipSegment([1, 1], [9, 9], rect)).toEqual([
      [1, 1],
      [9, 9],
    ]);
  });

  it('cuts a crossing segment at the edge it crosses', () => {
    expect(clipSegment([5, 5], [15, 5], rect)).toEqual([
      [5, 5],
      [10, 5],
    ]);
    expect(clipSegment([-5, 2], [5, 2], rect)).toEqual([
      [0, 2],
      [5, 2],
    ]);
  });

  it('drops a segment wholly outside, including one parallel to an edge', () => {
    expect(clipSegment([11, 0], [11, 10], rect)).toBeNull();
    expect(clipSegment([-3, -3], [-1, 20], rect)).toBeNull();
  });
});

describe('clippedRingPath', () => {
  it('lifts the pen where a ring leaves the rectangle and comes back', () => {
    const d = clippedRingPath(
      [
        [2, 2],
        [8, 2],
        [8, 20],
        [2, 20],
        [2, 2],
      ],
      rect,
    );
    expect(d).toBe('M2,2L8,2L8,10M2,10L2,2');
  });

  it('is empty for a ring entirely outside', () => {
    expect(
      clippedRingPath(
        [
          [20, 20],
          [30, 20],
          [20, 20],
        ],
        rect,
      ),
    ).toBe('');
  });
});

describe('isoLines', () => {
  it("draws the lines Plot's contour mark draws, inside the frame only", () => {
    const landscape = bowl();
    const levels = [0.05, 0.2, 0.5, 1, 2];
    const oursSvg = renderSvg({ ...frame, marks: [isoLines(landscape, levels)] });
    const ours = vertices(oursSvg, 'contour');
    const logs = Array.from(landscape.values, Math.log);
    const dx = 3 / 60;
    const dy = 2 / 40;
    const referenceSvg = renderSvg({
      ...frame,
      marks: [
        Plot.contour(logs, {
          width: landscape.nx,
          height: landscape.ny,
          x1: -1 - dx / 2,
          x2: 2 + dx / 2,
          y1: -0.5 - dy / 2,
          y2: 1.5 + dy / 2,
          thresholds: levels.map(Math.log),
          stroke: 'black',
        }),
      ],
    });
    const reference = vertices(referenceSvg, 'contour');
    expect(ours.length).toBeGreaterThan(50);
    expect(reference.length).toBeGreaterThan(ours.length);
    // Every vertex we keep lies on Plot's line (to the 0.3 px thinning tolerance plus
    // rounding) and within the frame (40..380 × 20..270).
    const referenceSegs = segments(referenceSvg, 'contour');
    for (const p of ours) {
      expect(distanceToSegments(p, referenceSegs)).toBeLessThan(0.5);
      expect(p[0]).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(p[0]).toBeLessThanOrEqual(380 + 1e-9);
      expect(p[1]).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(p[1]).toBeLessThanOrEqual(270 + 1e-9);
    }
    // ...and every one of Plot's vertices inside the frame is near one of ours.
    const inside = reference.filter(([x, y]) => x > 41 && x < 379 && y > 21 && y < 269);
    const ourSegs = segments(oursSvg, 'contour');
    for (const p of inside) expect(distanceToSegments(p, ourSegs)).toBeLessThan(0.5);
  });

  it('draws one path per level that crosses the view', () => {
    const svg = renderSvg({ ...frame, marks: [isoLines(bowl(), [0.2, 1, 1e6])] });
    const g = /<g[^>]*aria-label="contour"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(g.match(/<path/g)?.length).toBe(2);
  });
});
