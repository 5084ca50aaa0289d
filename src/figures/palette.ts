/**
 * Colour by meaning. Every figure, island and the playground style a run from what it
 * is, never from where it sits in a list:
 * - an optimizer has one colour, dash and marker everywhere (Okabe–Ito base, so the
 *   palette stays apart under the common colour-vision deficiencies);
 * - learning rates share one ordered scale (small rates cool and dark, large rates warm
 *   and light), so "larger" looks larger in every figure;
 * - schedules (section 3) have their own two hues;
 * - a figure that contrasts outcomes (the stability limit's run just below it, which settles,
 *   and the one just above, which is thrown out) colours them by outcome: stable blue,
 *   unstable vermillion (a pair that stays apart under the common colour-vision deficiencies);
 * - the reader's own run has one "you" style, thick and in the text colour with a
 *   contrasting casing, and is drawn on top; reference runs beside it are muted.
 * Colour is never the only cue: each style carries a dash pattern and a marker shape.
 * Theme-dependent colours are CSS variables with the light value as fallback.
 */

/** Fallback hex values of --run-1 … --run-6 (light theme). */
export const RUN_HEX = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;

/** Colour of palette slot i (0-based), as a CSS colour. Prefer `runStyle` (by meaning). */
export function runColour(i: number): string {
  const k = ((i % RUN_HEX.length) + RUN_HEX.length) % RUN_HEX.length;
  return `var(--run-${k + 1}, ${RUN_HEX[k]})`;
}

/** Dash patterns (SVG stroke-dasharray) by slot; "" is solid. */
export const RUN_DASH = ['', '7 3', '2 2', '9 3 2 3', '4 4', '1 3'] as const;

/** Dash pattern of slot i. Prefer `runStyle`. */
export function runDash(i: number): string {
  return RUN_DASH[((i % RUN_DASH.length) + RUN_DASH.length) % RUN_DASH.length];
}

/** Marker shapes. */
export const RUN_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'] as const;
export type MarkerShape = (typeof RUN_MARKERS)[number];

/** Marker shape of slot i. Prefer `runStyle`. */
export function runMarker(i: number): MarkerShape {
  return RUN_MARKERS[((i % RUN_MARKERS.length) + RUN_MARKERS.length) % RUN_MARKERS.length];
}

/** The optimizers as a reader tells them apart (SGD with momentum is its own line). */
export type OptimizerKey = 'sgd' | 'sgdm' | 'rmsprop' | 'adam' | 'adamw';

/** The schedules a figure tells apart by hue: section 3's two, and the in-practice page's three recipes. */
export type ScheduleKey = 'multistep' | 'multiplicative' | 'warmup-cosine' | 'one-cycle' | 'warmup-stable-decay';

/** Outcomes a figure tells apart by colour: a run that settles, and one thrown out (diverging or never settling). */
export type Outcome = 'stable' | 'unstable';

/** What a run is, as far as its looks go. */
export interface RunMeta {
  optimizer?: OptimizerKey;
  /** The (initial) learning rate. */
  lr?: number;
  /** A learning-rate schedule (section 3) or schedule recipe (the in-practice page), if the run has one. */
  schedule?: ScheduleKey;
  /** What the run came to, for a figure about that difference (colourBy 'outcome'). */
  outcome?: Outcome;
  /** Which property picks the colour; default: schedule, else optimizer, else lr. */
  colourBy?: 'optimizer' | 'lr' | 'schedule' | 'outcome';
  /** Second run of the same kind in one figure (e.g. 100 vs 400 epochs, γ 0.5 vs 0.8): another dash and marker. */
  variant?: number;
  /** The reader's run ('you') or a run shown for comparison ('reference'); omit in the article's figures. */
  role?: 'you' | 'reference';
}

/** How a run is drawn. */
export interface RunStyle {
  colour: string;
  /** stroke-dasharray; "" is solid. */
  dash: string;
  marker: MarkerShape;
  /** Line width in px. */
  width: number;
  /** Stroke opacity (reference runs are muted). */
  opacity: number;
  /** Casing drawn under the line (a thin outline that keeps it apart from the background). */
  casing: string;
  /** Drawing order: higher on top ('you' is always highest). */
  layer: number;
}

/** One colour, dash and marker per optimizer (the prose names the colours: orange, pink, blue, green, vermillion). */
export const OPTIMIZER_STYLE: Record<
  OptimizerKey,
  { colour: string; dash: string; marker: MarkerShape; name: string }
> = {
  sgd: { colour: runColour(4), dash: '2 2', marker: 'circle', name: 'orange' },
  sgdm: { colour: runColour(3), dash: '', marker: 'square', name: 'pink' },
  rmsprop: { colour: runColour(0), dash: '7 3', marker: 'triangle', name: 'blue' },
  adam: { colour: runColour(2), dash: '9 3 2 3', marker: 'diamond', name: 'green' },
  adamw: { colour: runColour(1), dash: '4 4', marker: 'cross', name: 'vermillion' },
};

/** The optimizer key of a config ({ type, momentum }): SGD with momentum > 0 is 'sgdm'. */
export function optimizerKey(config: { type: string; momentum?: number }): OptimizerKey {
  if (config.type === 'sgd') return (config.momentum ?? 0) > 0 ? 'sgdm' : 'sgd';
  if (config.type === 'rmsprop' || config.type === 'adam' || config.type === 'adamw') return config.type;
  return 'sgd';
}

/**
 * Ordered learning-rate scale: stops from small (blue, violet) to large (orange, gold), hue
 * and lightness rising with the rate. One set of colours serves both themes, so every stop
 * sits in the narrow lightness band (CIELAB L* 45 to 56) that reads at 3:1 or more against
 * the page and the surface of both the light and the dark theme (WCAG 1.4.11; the gold end
 * was 2.2:1 on the light surface): the rate is told by hue first, lightness second, and dash
 * and marker always (test/figures/theme-contrast.test.ts). Hues and chromas were picked so
 * the tutorial's five rates stay apart under simulated deuteranopia, protanopia and
 * tritanopia too (test/figures/palette-distance.test.ts). The knots put the tutorial's rates
 * (0.00015 … 0.012, 0.12) on separate stops; between knots the position is linear in
 * log10(lr), so the map is monotonic for any rate and the same rate has the same colour in
 * every figure.
 */
const LR_STOPS = ['#5b5cd3', '#9954a0', '#c34485', '#df3456', '#b77113', '#aa7d02'] as const;
const LR_KNOTS: readonly [number, number][] = [
  [1e-5, 0],
  [1.5e-4, 0.02],
  [1e-3, 0.22],
  [5e-3, 0.42],
  [1e-2, 0.62],
  [1.2e-2, 0.78],
  [0.12, 0.92],
  [10, 1],
];

/** Position of a rate on the learning-rate scale, in [0, 1], non-decreasing in lr. */
export function lrPosition(lr: number): number {
  if (!(lr > 0)) return 0;
  const l = Math.log10(lr);
  const first = LR_KNOTS[0];
  const last = LR_KNOTS[LR_KNOTS.length - 1];
  if (l <= Math.log10(first[0])) return first[1];
  if (l >= Math.log10(last[0])) return last[1];
  for (let k = 1; k < LR_KNOTS.length; k++) {
    const [x1, p1] = LR_KNOTS[k];
    const [x0, p0] = LR_KNOTS[k - 1];
    const a = Math.log10(x0);
    const b = Math.log10(x1);
    if (l <= b) return p0 + ((l - a) / (b - a)) * (p1 - p0);
  }
  return last[1];
}

const hex2 = (v: number) =>
  Math.round(Math.min(255, Math.max(0, v)))
    .toString(16)
    .padStart(2, '0');

/** Colour of a learning rate on the ordered scale (hex). */
export function lrColour(lr: number): string {
  const t = lrPosition(lr) * (LR_STOPS.length - 1);
  const i = Math.min(LR_STOPS.length - 2, Math.floor(t));
  const f = t - i;
  const c = (s: string, o: number) => parseInt(s.slice(1 + o, 3 + o), 16);
  const a = LR_STOPS[i];
  const b = LR_STOPS[i + 1];
  return `#${[0, 2, 4].map((o) => hex2(c(a, o) + (c(b, o) - c(a, o)) * f)).join('')}`;
}

/** Dash and marker of a learning rate: by decade band, so neighbouring rates differ in more than colour. */
function lrShape(lr: number): { dash: string; marker: MarkerShape } {
  const bands: [number, string, MarkerShape][] = [
    [3e-4, '1 3', 'cross'],
    [3e-3, '2 2', 'diamond'],
    [7.5e-3, '9 3 2 3', 'triangle'],
    [1.1e-2, '', 'square'],
    [5e-2, '7 3', 'star'],
  ];
  for (const [hi, dash, marker] of bands) if (lr < hi) return { dash, marker };
  return { dash: '4 4', marker: 'circle' };
}

/**
 * Hues of the schedules. MultiStepLR and MultiplicativeLR are shown together (figure 15
 * and the demos), so they take hues far apart in both themes (blue and reddish purple:
 * the dark theme's blue and sky blue were two lightnesses of one hue). The recipes are
 * never shown beside section 3's schedules; they take three hues apart from each other
 * and from Adam's green (all three recipe runs are Adam).
 */
const SCHEDULE_STYLE: Record<ScheduleKey, { colour: string; markers: MarkerShape[] }> = {
  multistep: { colour: runColour(0), markers: ['square', 'triangle'] },
  multiplicative: { colour: runColour(3), markers: ['diamond', 'cross'] },
  'warmup-cosine': { colour: runColour(0), markers: ['square'] },
  'one-cycle': { colour: runColour(1), markers: ['triangle'] },
  'warmup-stable-decay': { colour: runColour(3), markers: ['diamond'] },
};

/** Dash of each recipe (so the recipes differ in more than colour). */
const RECIPE_DASH: Partial<Record<ScheduleKey, string>> = {
  'warmup-cosine': '',
  'one-cycle': '7 3',
  'warmup-stable-decay': '2 2',
};

const VARIANT_DASH = ['', '6 3', '2 2'];

/**
 * Colour, dash and marker of each outcome. Two rates a few percent apart would be nearly
 * one colour on the learning-rate scale; when the figure is about what they came to, that
 * is what the colour says (the labels still give each rate).
 */
const OUTCOME_STYLE: Record<Outcome, [string, string, MarkerShape]> = {
  stable: [runColour(0), '', 'circle'],
  unstable: [runColour(1), '6 3', 'cross'],
};

/** Colour and casing of the reader's run (theme variables: near-black in light, near-white in dark). */
export const YOU = { colour: 'var(--you, #111111)', casing: 'var(--you-casing, #ffffff)' } as const;

/** The style of a run with these properties (see the module comment). */
export function runStyle(meta: RunMeta): RunStyle {
  const by = meta.colourBy ?? (meta.schedule ? 'schedule' : meta.optimizer ? 'optimizer' : 'lr');
  const variant = meta.variant ?? 0;
  let colour: string;
  let dash: string;
  let marker: MarkerShape;
  if (by === 'outcome' && meta.outcome) {
    [colour, dash, marker] = OUTCOME_STYLE[meta.outcome];
  } else if (by === 'schedule' && meta.schedule) {
    const s = SCHEDULE_STYLE[meta.schedule];
    colour = s.colour;
    marker = s.markers[variant % s.markers.length];
    dash = RECIPE_DASH[meta.schedule] ?? VARIANT_DASH[variant % VARIANT_DASH.length];
  } else if (by === 'lr' && meta.lr !== undefined) {
    colour = lrColour(meta.lr);
    ({ dash, marker } = lrShape(meta.lr));
    if (variant > 0) {
      // Same rate band, another run (more epochs, the other side of a limit): another dash and marker.
      dash = VARIANT_DASH[variant % VARIANT_DASH.length] || '6 3';
      marker = RUN_MARKERS[(RUN_MARKERS.indexOf(marker) + variant) % RUN_MARKERS.length];
    }
  } else {
    const o = OPTIMIZER_STYLE[meta.optimizer ?? 'sgd'];
    colour = o.colour;
    marker = o.marker;
    dash = variant > 0 ? VARIANT_DASH[variant % VARIANT_DASH.length] : o.dash;
  }
  if (meta.role === 'you')
    return { colour: YOU.colour, dash: '', marker: 'star', width: 2.6, opacity: 1, casing: YOU.casing, layer: 2 };
  const muted = meta.role === 'reference';
  return {
    colour,
    dash,
    marker,
    width: muted ? 1.3 : 1.6,
    opacity: muted ? 0.6 : 1,
    casing: 'var(--run-casing, #ffffff)',
    layer: muted ? 0 : 1,
  };
}

/** The style of palette slot i (for callers that only have a position; prefer meaning). */
export function slotStyle(i: number): RunStyle {
  return {
    colour: runColour(i),
    dash: runDash(i),
    marker: runMarker(i),
    width: 1.6,
    opacity: 1,
    casing: 'var(--run-casing, #ffffff)',
    layer: 1,
  };
}

/** Runs in drawing order: muted references first, the reader's run last (on top); stable otherwise. */
export function drawOrder<T>(items: readonly T[], style: (t: T) => RunStyle): T[] {
  return items
    .map((t, k) => ({ t, k, layer: style(t).layer }))
    .sort((a, b) => a.layer - b.layer || a.k - b.k)
    .map((e) => e.t);
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

/** The style of a figure's run: by its meaning when it has one, else by its slot. */
export function seriesStyle(run: { meta?: RunMeta; index?: number }): RunStyle {
  return run.meta ? runStyle(run.meta) : slotStyle(run.index ?? 0);
}
