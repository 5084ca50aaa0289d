/**
 * Inputs shared by the figure specs. A spec is a pure function from these plain values
 * (traces, landscapes, data) to Observable Plot options; it never touches a DOM of its
 * own, so the same call renders at build time (linkedom) and in the browser.
 */
import type { Trace } from '../core/types';
import type { RunMeta } from './palette';

/** One run as a figure draws it: a trace plus how to name it. */
export interface RunSeries {
  /** Preset id (or any stable id) of the run. */
  id: string;
  /** Short human label, e.g. "SGD momentum, lr 0.012, 100 epochs". */
  label: string;
  trace: Trace;
  /** What the run is (optimizer, learning rate, schedule, role): picks colour, dash and marker. */
  meta?: RunMeta;
  /** Position in the figure's run list; picks the palette slot of runs without `meta`. */
  index: number;
}

/** A point in parameter space. */
export interface WPoint {
  wa: number;
  wb: number;
}

/** A rectangle of parameter space (what a contour figure shows). */
export interface WDomain {
  waMin: number;
  waMax: number;
  wbMin: number;
  wbMax: number;
}

/**
 * Turns RGBA pixels into an image URL. At build time a PNG data URL (node:zlib), in the
 * browser a canvas. Specs that draw a raster need it; without it they draw no fill.
 */
export type ImageEncoder = (rgba: Uint8ClampedArray, width: number, height: number) => string;

/** Options every spec accepts. */
export interface FigureOptions {
  /** Width in CSS pixels of the SVG's coordinate system (it scales down responsively). Default per kind. */
  width?: number;
  /** Encoder for raster fills (contour figures). */
  encodeImage?: ImageEncoder;
  /**
   * Prefix for ids inside the SVG (defs, masks): must be unique on the page, e.g. "fig-9".
   * Default "fig".
   */
  idPrefix?: string;
}
