/**
 * The frame both of the page's learning-rate charts share (the range test and the stability
 * sweep): size, margins that make room for the legend, and a log x axis of learning rates,
 * so the two read as one figure language on a desktop and a phone.
 */
import type * as Plot from '@observablehq/plot';
import { legendHeight, type LegendItem } from '../legend';

export interface LrFrameOptions {
  document?: Document;
  width: number;
  height?: number;
  narrow: boolean;
  marginLeft: number;
  /** The legend drawn above the frame: its height sets the top margin. */
  items: LegendItem[];
  ticks: number[];
  tickFormat: (v: number) => string;
}

/** Plot options for the frame and the x axis; the caller adds `y` and `marks`. */
export function lrFrame(o: LrFrameOptions): Plot.PlotOptions & { x: Plot.ScaleOptions } {
  return {
    document: o.document,
    width: o.width,
    height: o.height ?? (o.narrow ? 340 : 380),
    marginLeft: o.marginLeft,
    marginRight: o.narrow ? 12 : 20,
    marginBottom: 42,
    marginTop: 16 + legendHeight(o.items, o.width - o.marginLeft - 8),
    style: { background: 'transparent', overflow: 'visible' },
    x: {
      type: 'log',
      label: 'Learning rate (log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      ticks: o.ticks,
      tickFormat: o.tickFormat,
    },
  };
}
