/**
 * Re-rendering a live contour's background when the reader changes the data (seed,
 * noise): the figures' own contour spec, in the browser, with the fill raster encoded
 * through a canvas. Plot and the spec load only when this first happens.
 */
import type { RunMeta } from '../figures/palette';
import type { Landscape, Trace } from '../core/types';
import { PATH_BUDGET, simplifyPolyline } from '../figures/render/simplify';
import type { WDomain, WPoint } from '../figures/types';
import { loadApart } from './yield-main';

// Named imports only: a dynamic import of the whole Plot namespace would keep every
// mark and transform in the bundle (about 30 KB gzipped more).
const chartCode = loadApart(() =>
  Promise.all([import('../figures/render/browser'), import('../figures/contourPaths')]),
);

/** PNG data URL of RGBA pixels through a canvas (the browser twin of the build's encoder). */
export function canvasPng(rgba: Uint8ClampedArray, width: number, height: number): string {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d');
  if (!ctx) return '';
  const img = ctx.createImageData(width, height);
  img.data.set(rgba);
  ctx.putImageData(img, 0, 0);
  return c.toDataURL('image/png');
}

export interface BackgroundInput {
  idPrefix: string;
  width: number;
  landscape: Landscape;
  domain: WDomain;
  start: WPoint;
  target: WPoint;
  runs: { id: string; label: string; trace: Trace; meta?: RunMeta }[];
}

/**
 * A long trace cut down to the rows worth drawing (at most `budget`, turning points kept,
 * measured on a 1000-unit square over the path's extent): the background figure draws its
 * own copy of each path, and 196,608 rows made two multi-megabyte path strings that only
 * cost memory. Short traces are returned as they are; the full trace stays with the island.
 */
export function thinTrace(trace: Trace, budget = PATH_BUDGET): Trace {
  const n = trace.length;
  if (n <= budget) return trace;
  let [a0, a1, b0, b1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let k = 0; k < n; k++) {
    const a = trace.wa[k];
    const b = trace.wb[k];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    if (a < a0) a0 = a;
    if (a > a1) a1 = a;
    if (b < b0) b0 = b;
    if (b > b1) b1 = b;
  }
  const sa = 1000 / (a1 - a0 || 1);
  const sb = 1000 / (b1 - b0 || 1);
  const xs = Float64Array.from(trace.wa.subarray(0, n), (a) => (Number.isFinite(a) ? (a - a0) * sa : 0));
  const ys = Float64Array.from(trace.wb.subarray(0, n), (b) => (Number.isFinite(b) ? (b - b0) * sb : 0));
  const keep = simplifyPolyline(xs, ys, n, budget);
  const f = (col: Float64Array) => Float64Array.from(keep, (k) => col[k]);
  const i = (col: Int32Array) => Int32Array.from(keep, (k) => col[k]);
  return {
    ...trace,
    length: keep.length,
    epoch: i(trace.epoch),
    minibatch: i(trace.minibatch),
    loss: f(trace.loss),
    wa: f(trace.wa),
    wb: f(trace.wb),
    dwa: f(trace.dwa),
    dwb: f(trace.dwb),
    lr: f(trace.lr),
    va: f(trace.va),
    vb: f(trace.vb),
    sa: f(trace.sa),
    sb: f(trace.sb),
    unitA: f(trace.unitA),
    unitB: f(trace.unitB),
    stepSize: f(trace.stepSize),
    allMasked: Uint8Array.from(keep, (k) => trace.allMasked[k]),
  };
}

/** The contour figure's SVG for a new landscape (same size, margins and legend as the build's). */
export async function renderBackground(input: BackgroundInput): Promise<SVGSVGElement> {
  const [{ renderPlot }, { contourPathsSpec }] = await chartCode();
  const spec = contourPathsSpec(
    {
      runs: input.runs.map((r, index) => ({ ...r, trace: thinTrace(r.trace), index })),
      landscape: input.landscape,
      domain: input.domain,
      start: input.start,
      target: input.target,
    },
    { width: input.width, encodeImage: canvasPng, idPrefix: input.idPrefix, animate: false },
  );
  const el: Element = renderPlot(spec);
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (!svg) throw new Error('contour spec rendered no SVG');
  return svg as SVGSVGElement;
}

/**
 * Rendered backgrounds by data set, least recently shown first out: a reader trying seed
 * after seed must not keep every contour alive (200 seeds once took a page from 17,800
 * DOM nodes to 50,000). The pinned entry (the build's figure) is never evicted.
 */
export class BackgroundCache {
  private readonly items = new Map<string, SVGSVGElement>();

  constructor(
    private readonly pinned: string,
    first: SVGSVGElement,
    /** Backgrounds kept besides the pinned one. */
    readonly limit = 3,
  ) {
    this.items.set(pinned, first);
  }

  get(key: string): SVGSVGElement | undefined {
    const svg = this.items.get(key);
    if (svg && key !== this.pinned) {
      // Re-insert: most recently used last.
      this.items.delete(key);
      this.items.set(key, svg);
    }
    return svg;
  }

  set(key: string, svg: SVGSVGElement): void {
    this.items.delete(key);
    this.items.set(key, svg);
    for (const k of this.items.keys()) {
      if (this.items.size <= this.limit + 1) break;
      if (k !== this.pinned) this.items.delete(k);
    }
  }

  get size(): number {
    return this.items.size;
  }
}
