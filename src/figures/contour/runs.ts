/**
 * Runs drawn as paths on a contour: a haloed polyline per run and its marker at the
 * current position. With `animate`, the paths draw themselves and the markers travel
 * along them with SMIL (no JavaScript): one update per frame of a compressed clock, the
 * readout stepping with them, shorter runs stopping at their own last update, looping.
 * Under prefers-reduced-motion (and in print) the animated layer is hidden and the final
 * frame shown.
 */
import type * as Plot from '@observablehq/plot';
import type { Trace } from '../../core/types';
import type { RunSeries } from '../types';
import { drawOrder, markerPath, seriesStyle } from '../palette';
import { offChartMarks } from './offchart';
import { readout } from '../format';
import { screenPath, type ScreenPath } from './polyline';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface RunsMarkOptions {
  animate: boolean;
  idPrefix: string;
  /** Updates shown per second of animation (then clamped to [minSeconds, maxSeconds]). */
  updatesPerSecond?: number;
  minSeconds?: number;
  maxSeconds?: number;
  /** Pause on the final frame before looping (s). */
  holdSeconds?: number;
  /** Number of key frames the clock is sampled at (the readout steps at these). */
  keyFrames?: number;
}

/** Readout of the frame where `updates` updates have been taken on the longest run (1-based epoch/minibatch). */
export function readoutAt(trace: Trace, updates: number): string {
  if (updates <= 0 || trace.length === 0) return readout(0, 0, 0);
  const row = Math.min(updates, trace.length) - 1;
  return readout(trace.epoch[row] + 1, trace.minibatch[row] + 1, row + 1);
}

/** The animation clock: duration and the update count at each key frame. */
export function animationClock(frames: number, o: RunsMarkOptions): { seconds: number; hold: number; keys: number[] } {
  const seconds = Math.min(o.maxSeconds ?? 20, Math.max(o.minSeconds ?? 6, frames / (o.updatesPerSecond ?? 150)));
  const k = Math.max(1, Math.min(frames, o.keyFrames ?? 60));
  const keys = Array.from({ length: k + 1 }, (_, s) => Math.round((s * frames) / k));
  return { seconds, hold: o.holdSeconds ?? 2, keys };
}

const r3 = (v: number) => String(Math.round(v * 1000) / 1000);

/** Render function drawing all runs (see the module comment). */
export function runsMark(input: RunSeries[], o: RunsMarkOptions): Plot.RenderFunction {
  // The reader's run last (on top), muted references first.
  const runs = drawOrder(input, seriesStyle);
  const styles = runs.map(seriesStyle);
  return (_i, scales, _v, d, context) => {
    const doc = context.document;
    const el = (name: string, attrs: Record<string, string | number>, parent?: Element) => {
      const e = doc.createElementNS(SVG_NS, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      parent?.appendChild(e);
      return e;
    };
    const root = el('g', { 'aria-label': 'optimisation paths', 'data-role': 'paths' }) as SVGGElement;
    const sx = scales.x as (v: number) => number;
    const sy = scales.y as (v: number) => number;
    const frames = runs.reduce((m, r) => Math.max(m, r.trace.length), 1);
    const clock = animationClock(frames, o);
    const total = clock.seconds + clock.hold;
    const keyTimes = [...clock.keys.map((_, s) => (s / (clock.keys.length - 1)) * (clock.seconds / total)), 1];
    const dur = `${r3(total)}s`;

    const defs = el('defs', {}, root);
    const clipId = `${o.idPrefix}-clip`;
    const clip = el('clipPath', { id: clipId }, defs);
    el(
      'rect',
      {
        x: d.marginLeft,
        y: d.marginTop,
        width: d.width - d.marginLeft - d.marginRight,
        height: d.height - d.marginTop - d.marginBottom,
      },
      clip,
    );

    const paths: ScreenPath[] = runs.map((r) => screenPath(r.trace, sx, sy, clock.keys));
    paths.forEach((p, k) => el('path', { id: `${o.idPrefix}-p${k}`, d: p.d }, defs));

    // A thin, faint casing (0.5 px each side): enough to lift a line off the filled
    // contour, too little to merge into a pale smear where a path folds back on itself.
    const drawRun = (parent: Element, k: number) => {
      const href = `#${o.idPrefix}-p${k}`;
      const s = styles[k];
      const you = s.layer === 2;
      el(
        'use',
        { href, stroke: s.casing, 'stroke-width': s.width + (you ? 2 : 1), 'stroke-opacity': you ? 0.9 : 0.45 },
        parent,
      );
      el('use', { href, stroke: s.colour, 'stroke-width': s.width, 'stroke-opacity': s.opacity }, parent);
    };
    const marker = (parent: Element, k: number, at?: [number, number]) =>
      el(
        'path',
        {
          d: markerPath(styles[k].marker, styles[k].layer === 2 ? 6 : 5),
          fill: styles[k].colour,
          stroke: styles[k].casing,
          'stroke-width': 1,
          ...(at ? { transform: `translate(${at[0]},${at[1]})` } : {}),
        },
        parent,
      );
    const longest = runs.reduce((a, r) => (r.trace.length > a.trace.length ? r : a), runs[0]);

    // Final frame: static, and what reduced motion (or no SMIL) shows.
    const finalCls = o.animate ? 'lr-anim-final' : 'lr-static';
    const final = el(
      'g',
      {
        class: finalCls,
        'clip-path': `url(#${clipId})`,
        fill: 'none',
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      },
      root,
    );
    paths.forEach((_, k) => drawRun(final, k));
    paths.forEach((p, k) => marker(final, k, p.pointAt[p.pointAt.length - 1]));
    // Runs that end outside the frame: an arrow at the edge with the final value.
    root.appendChild(offChartMarks(doc, runs, styles, sx, sy, d));

    if (o.animate) {
      el('style', {}, root).textContent =
        '.lr-anim-final{display:none}@media (prefers-reduced-motion:reduce){.lr-anim-live{display:none}.lr-anim-final{display:inline}}' +
        '@media print{.lr-anim-live{display:none}.lr-anim-final{display:inline}}';
      const live = el('g', { class: 'lr-anim-live', 'clip-path': `url(#${clipId})` }, root);
      paths.forEach((p, k) => {
        const L = Math.ceil(p.length + 2);
        const g = el(
          'g',
          {
            fill: 'none',
            'stroke-linejoin': 'round',
            'stroke-linecap': 'round',
            'stroke-dasharray': `${L} ${L}`,
            'stroke-dashoffset': L,
          },
          live,
        );
        const offsets = [...p.lengthAt.map((len) => r3(L - len)), r3(L - p.lengthAt[p.lengthAt.length - 1])];
        el(
          'animate',
          {
            attributeName: 'stroke-dashoffset',
            values: offsets.join(';'),
            keyTimes: keyTimes.map(r3).join(';'),
            dur,
            repeatCount: 'indefinite',
            calcMode: 'linear',
          },
          g,
        );
        drawRun(g, k);
      });
      paths.forEach((p, k) => {
        const m = marker(live, k);
        const frac = p.length > 0 ? p.lengthAt.map((len) => Math.min(1, len / p.length)) : p.lengthAt.map(() => 0);
        const anim = el(
          'animateMotion',
          {
            keyPoints: [...frac, frac[frac.length - 1]].map(r3).join(';'),
            keyTimes: keyTimes.map(r3).join(';'),
            dur,
            repeatCount: 'indefinite',
            calcMode: 'linear',
          },
          m,
        );
        el('mpath', { href: `#${o.idPrefix}-p${k}` }, anim);
      });
    }

    // Readout box, top left inside the frame.
    const rx = d.marginLeft + 3;
    const ry = d.marginTop + 3;
    const box = el('g', { 'font-size': 11.5, 'text-anchor': 'start', 'font-variant-numeric': 'tabular-nums' }, root);
    // Wide enough for the longest readout of the clock (tabular digits, ~6.6 px each at 11.5
    // px); 11.5 units are still 10.3 CSS px on a 390 px phone (contour/base.ts CONTOUR_WIDTH).
    const longestText = readoutAt(longest.trace, frames).length;
    el(
      'rect',
      {
        x: rx,
        y: ry,
        width: Math.ceil(longestText * 6.6 + 12),
        height: 18,
        rx: 3,
        fill: 'white',
        'fill-opacity': 0.85,
      },
      box,
    );
    const text = (s: string, cls: string) => {
      const t = el('text', { x: rx + 6, y: ry + 9, dy: '0.32em', fill: '#111', class: cls }, box);
      t.textContent = s;
      return t;
    };
    text(readoutAt(longest.trace, frames), finalCls);
    if (o.animate) {
      const n = clock.keys.length;
      clock.keys.forEach((upd, s) => {
        const t = text(readoutAt(longest.trace, upd), 'lr-anim-live');
        t.setAttribute('visibility', 'hidden');
        const start = keyTimes[s];
        const end = s + 1 < n ? keyTimes[s + 1] : 1;
        const values = s === 0 ? 'visible;hidden' : s === n - 1 ? 'hidden;visible' : 'hidden;visible;hidden';
        const times = s === 0 ? `0;${r3(end)}` : s === n - 1 ? `0;${r3(start)}` : `0;${r3(start)};${r3(end)}`;
        el(
          'animate',
          {
            attributeName: 'visibility',
            values,
            keyTimes: times,
            dur,
            repeatCount: 'indefinite',
            calcMode: 'discrete',
          },
          t,
        );
      });
    }
    return root;
  };
}
