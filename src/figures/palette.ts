/**
 * One colour-blind-safe palette (Okabe–Ito) for every figure, so a run keeps its colour
 * from chart to chart. Each colour is a CSS variable with the palette value as fallback:
 * the site theme may retune `--run-1` … `--run-6` (e.g. for a dark background) without
 * touching the figures. Colour is never the only cue: each run also has a marker shape
 * and, in line charts, a dash pattern.
 */

/**
 * Fallback hex values (the site theme's light values of --run-1 … --run-6): blue,
 * vermillion, bluish green, reddish purple, orange, sky blue.
 */
export const RUN_HEX = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;

/** Stroke/fill colour of the i-th run (0-based), as a CSS colour. */
export function runColour(i: number): string {
  const k = ((i % RUN_HEX.length) + RUN_HEX.length) % RUN_HEX.length;
  return `var(--run-${k + 1}, ${RUN_HEX[k]})`;
}

/** Dash patterns for line charts (SVG stroke-dasharray), in run order; "" is solid. */
export const RUN_DASH = ['', '7 3', '2 2', '9 3 2 3', '4 4', '1 3'] as const;

/** Dash pattern of the i-th run. */
export function runDash(i: number): string {
  return RUN_DASH[i % RUN_DASH.length];
}

/** Marker shapes, in run order. */
export const RUN_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
export type MarkerShape = (typeof RUN_MARKERS)[number];

/** Marker shape of the i-th run. */
export function runMarker(i: number): MarkerShape {
  return RUN_MARKERS[i % RUN_MARKERS.length];
}

/**
 * SVG path of a marker of the given shape centred on (0, 0), about `r` in radius.
 * Areas are roughly equal so no run looks more important than another.
 */
export function markerPath(shape: MarkerShape, r = 4.5): string {
  const f = (v: number) => String(Math.round(v * 100) / 100);
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'triangle': {
      const h = r * 1.2;
      return `M0,${f(-h)}L${f(h * 0.95)},${f(h * 0.6)}L${f(-h * 0.95)},${f(h * 0.6)}Z`;
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M0,${f(-d)}L${f(d * 0.8)},0L0,${f(d)}L${f(-d * 0.8)},0Z`;
    }
    case 'star': {
      const pts: string[] = [];
      for (let k = 0; k < 10; k++) {
        const rad = k % 2 === 0 ? r * 1.35 : r * 0.6;
        const t = (Math.PI / 5) * k - Math.PI / 2;
        pts.push(`${f(rad * Math.cos(t))},${f(rad * Math.sin(t))}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const w = r * 0.38;
      return `M${f(-w)},${f(-a)}H${f(w)}V${f(-w)}H${f(a)}V${f(w)}H${f(w)}V${f(a)}H${f(-w)}V${f(w)}H${f(-a)}V${f(-w)}H${f(-w)}Z`;
    }
  }
}

/** Colours of the orbit figure's fixed elements (theme-overridable like the runs). */
export const ORBIT_COLOURS = {
  data: 'var(--data, #009e73)',
  /** The fitted orbit: the text colour, so it has full contrast in either theme. */
  fit: 'currentColor',
  earth: 'var(--earth, #0072b2)',
  mars: 'var(--mars, #d55e00)',
  sun: 'var(--sun, #e69f00)',
  axis: 'var(--axis, #888888)',
} as const;

/** Start and target markers of the contour figures (as in the original: black and yellow). */
export const POINT_COLOURS = {
  start: '#111111',
  target: '#F5D90A',
} as const;
