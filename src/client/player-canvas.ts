/**
 * Canvas drawing of the animation: paths are drawn incrementally on one canvas (only
 * the new segments each frame; a backward jump redraws the prefix), markers and the
 * readout on a second canvas cleared every frame. Coordinates are the SVG's viewBox
 * units, precomputed once per run, so a frame costs a few line segments.
 */
import { markerPath, type RunStyle } from '../figures/palette';
import { apply, clampPx, type XYScales } from './scales';

export interface CanvasRun {
  /** Screen x, y per position (rows, then the final point). */
  xy: Float32Array;
  /** Positions (rows + 1), cut at the first non-finite one. */
  count: number;
  /** How the run is drawn (by meaning, from the figure's catalog entry). */
  style: RunStyle;
}

/** Screen positions of a run's rows and final point. */
export function screenPoints(
  scales: XYScales,
  wa: ArrayLike<number>,
  wb: ArrayLike<number>,
  rows: number,
  final: [number, number],
): Float32Array {
  const xy = new Float32Array((rows + 1) * 2);
  let n = 0;
  for (let k = 0; k <= rows; k++) {
    const a = k < rows ? wa[k] : final[0];
    const b = k < rows ? wb[k] : final[1];
    if (!Number.isFinite(a) || !Number.isFinite(b)) break;
    xy[2 * n] = clampPx(apply(scales.x, a));
    xy[2 * n + 1] = clampPx(apply(scales.y, b));
    n++;
  }
  return xy.subarray(0, n * 2);
}

/** The cursor's ring: update `row` (0-based) of run `run`, or of every run when `run` is null. */
export interface Ring {
  run: number | null;
  row: number;
}

export class PlayerCanvas {
  private paths: CanvasRenderingContext2D;
  private heads: CanvasRenderingContext2D;
  private drawn: number[] = [];
  private colours: string[] = [];
  private markers: Path2D[] = [];
  private scale = 1;

  constructor(
    private host: HTMLElement,
    private svg: SVGSVGElement,
    private scales: XYScales,
    private runs: CanvasRun[],
  ) {
    host.style.position = 'relative';
    const mk = () => {
      const c = document.createElement('canvas');
      c.className = 'lr-overlay';
      c.style.position = 'absolute';
      c.style.pointerEvents = 'none';
      // No box until resize() places it over the chart: a default 300x150 canvas sitting
      // below the chart and then jumping onto it counts as a layout shift.
      Object.assign(c.style, { left: '0px', top: '0px', width: '0px', height: '0px' });
      c.width = 0;
      c.height = 0;
      c.setAttribute('aria-hidden', 'true');
      host.appendChild(c);
      return c.getContext('2d')!;
    };
    this.paths = mk();
    this.heads = mk();
    this.markers = runs.map((r) => new Path2D(markerPath(r.style.marker, 5)));
    // Sized (and first drawn) when the observer reports the figure's box, after the browser's
    // own layout: measuring here would force a layout of the whole page inside hydration.
    new ResizeObserver(() => this.resize()).observe(svg);
  }

  private sized = false;

  private resize(): void {
    if (!this.sized) {
      const cs = getComputedStyle(this.svg);
      this.colours = this.runs.map((r) => resolveColour(r.style.colour, cs));
      this.sized = true;
    }
    const rect = this.svg.getBoundingClientRect();
    const hostRect = this.host.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.scale = (rect.width / this.scales.width) * dpr;
    for (const ctx of [this.paths, this.heads]) {
      const c = ctx.canvas;
      // SVG elements have no offsetLeft/Top: position from the bounding boxes.
      c.style.left = `${rect.left - hostRect.left + this.host.scrollLeft}px`;
      c.style.top = `${rect.top - hostRect.top + this.host.scrollTop}px`;
      c.style.width = `${rect.width}px`;
      c.style.height = `${rect.height}px`;
      c.width = Math.round(rect.width * dpr);
      c.height = Math.round(rect.height * dpr);
      ctx.setTransform(this.scale, 0, 0, this.scale, 0, 0);
      // Clip to the plot frame, like the static figure.
      const [x0, x1] = this.scales.x.range;
      const [y0, y1] = this.scales.y.range;
      ctx.beginPath();
      ctx.rect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
      ctx.clip();
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
    }
    this.drawn = this.runs.map(() => 0);
    if (this.last) this.draw(...this.last);
  }

  private last: [number, string, Ring | null] | null = null;

  /**
   * Draws frame `f` (positions 0..f+1 of each run, each clamped to its own length), and
   * the cursor's ring: on one run, or (run null) on every run long enough (ahead of the
   * frame too: pointing at a later update of a timeline shows where each run will be).
   */
  draw(frame: number, readout: string, ring: Ring | null = null): void {
    this.last = [frame, readout, ring];
    if (!this.sized) return; // drawn once the canvases have their size
    const rewind = this.runs.some((r, k) => Math.min(frame + 1, r.count - 1) < this.drawn[k]);
    if (rewind) {
      this.paths.clearRect(0, 0, this.scales.width, this.scales.height);
      this.drawn = this.runs.map(() => 0);
    }
    this.runs.forEach((r, k) => {
      const upto = Math.min(frame + 1, r.count - 1);
      const from = this.drawn[k];
      if (upto <= from) return;
      const ctx = this.paths;
      // Halo under the new segments, then the line from one segment back, so the new
      // halo never leaves a notch in the line already drawn.
      ctx.beginPath();
      ctx.moveTo(r.xy[2 * from], r.xy[2 * from + 1]);
      for (let i = from + 1; i <= upto; i++) ctx.lineTo(r.xy[2 * i], r.xy[2 * i + 1]);
      // A faint, thin casing as in the static figure (palette.ts): a dense fold stays the run's colour, not a white smear.
      ctx.strokeStyle = 'rgba(255,255,255,0.45)';
      ctx.lineWidth = r.style.width + 1;
      ctx.stroke();
      const back = Math.max(0, from - 1);
      ctx.beginPath();
      ctx.moveTo(r.xy[2 * back], r.xy[2 * back + 1]);
      for (let i = back + 1; i <= upto; i++) ctx.lineTo(r.xy[2 * i], r.xy[2 * i + 1]);
      ctx.strokeStyle = this.colours[k];
      ctx.lineWidth = r.style.width;
      ctx.stroke();
      this.drawn[k] = upto;
    });

    const h = this.heads;
    h.clearRect(0, 0, this.scales.width, this.scales.height);
    this.runs.forEach((r, k) => {
      const i = Math.min(frame + 1, r.count - 1);
      if (i < 0) return;
      h.save();
      h.translate(r.xy[2 * i], r.xy[2 * i + 1]);
      h.fillStyle = this.colours[k];
      h.strokeStyle = 'white';
      h.lineWidth = 1;
      h.fill(this.markers[k]);
      h.stroke(this.markers[k]);
      h.restore();
    });
    if (ring) {
      this.runs.forEach((r, k) => {
        if ((ring.run !== null && ring.run !== k) || ring.row >= r.count) return;
        h.beginPath();
        h.arc(r.xy[2 * ring.row], r.xy[2 * ring.row + 1], 7, 0, Math.PI * 2);
        h.strokeStyle = this.colours[k];
        h.lineWidth = 2;
        h.stroke();
      });
    }
    const x = Math.min(this.scales.x.range[0], this.scales.x.range[1]) + 6;
    const y = Math.min(this.scales.y.range[0], this.scales.y.range[1]) + 6;
    h.font = '11px system-ui, sans-serif';
    const w = h.measureText(readout).width + 12;
    h.fillStyle = 'rgba(255,255,255,0.85)';
    h.fillRect(x, y, w, 18);
    h.fillStyle = '#111';
    h.textBaseline = 'middle';
    h.fillText(readout, x + 6, y + 9);
  }
}

/** Resolves "var(--run-1, #E69F00)" against the page's custom properties. */
function resolveColour(c: string, cs: CSSStyleDeclaration): string {
  const m = /^var\((--[\w-]+)(?:,\s*([^)]+))?\)$/.exec(c);
  if (!m) return c;
  return cs.getPropertyValue(m[1]).trim() || m[2]?.trim() || '#000';
}
