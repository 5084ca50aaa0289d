/**
 * Re-rendering a live contour's background when the reader changes the data (seed,
 * noise): the figures' own contour spec, in the browser, with the fill raster encoded
 * through a canvas. Plot and the spec load only when this first happens.
 */
import type { Landscape, Trace } from '../core/types';
import type { WDomain, WPoint } from '../figures/types';

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
  runs: { id: string; label: string; trace: Trace }[];
}

/** The contour figure's SVG for a new landscape (same size, margins and legend as the build's). */
export async function renderBackground(input: BackgroundInput): Promise<SVGSVGElement> {
  // Named imports only: a dynamic import of the whole Plot namespace would keep every
  // mark and transform in the bundle (about 30 KB gzipped more).
  const [{ renderPlot }, { contourPathsSpec }] = await Promise.all([
    import('../figures/render/browser'),
    import('../figures/contourPaths'),
  ]);
  const spec = contourPathsSpec(
    {
      runs: input.runs.map((r, index) => ({ ...r, index })),
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
