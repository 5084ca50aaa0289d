/**
 * Linked timelines: one update cursor shared by every view of a run (its learning rate
 * per update, its mini-batch loss per update, and, through `onMove`, its path on the loss
 * landscape). Hovering, arrow keys or a click in any chart moves it; a click (or Enter)
 * pins an update, and the URL keeps the pin (`?<island id>-update=35`, 1-based).
 * Loaded only by islands that have a timeline.
 */
import type { SchedulerSpecLike, Trace } from '../core/types';
import { plotChart } from '../figures/render/browser';
import { schedulerExplorerSpec, updateX } from '../figures/scheduler-explorer';
import type { RunSeries } from '../figures/types';
import { seriesStyle } from '../figures/palette';
import { lossCurveSpec, lossTick } from '../figures/run-curves';
import { readParam, writeParam } from './url-state';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Plot's default top margin and the charts' bottom margin: the cursor spans the frame. */
const TOP = 20;
const BOTTOM = 42;

export interface TimelineOptions {
  /** The island's id: the URL key is `${id}-update`. */
  id: string;
  /** Cursor moves of the other views (the path on the landscape); `row` is 0-based. */
  onMove(row: number | null): void;
}

export interface Timeline {
  /** Redraws the charts for new runs (index 0 is the reader's) and keeps the cursor. */
  show(runs: RunSeries[], scheduler: SchedulerSpecLike | null): void;
  /** Moves the cursor from another view; null goes back to the pinned update (or none). */
  move(row: number | null, t0?: number): void;
}

/** Reads the pinned update (1-based in the URL, 0-based here); null when absent or not a count. */
export function pinnedFromUrl(search: string, id: string): number | null {
  const raw = readParam(search, `${id}-update`);
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 ? n - 1 : null;
}

export function bindTimeline(root: HTMLElement, opts: TimelineOptions): Timeline {
  const box = root.querySelector<HTMLElement>('[data-timeline]');
  const hosts = Array.from(root.querySelectorAll<HTMLElement>('[data-timeline] [data-chart]'));
  const readout = root.querySelector<HTMLElement>('[data-cursor-readout]');
  const pinButton = root.querySelector<HTMLButtonElement>('[data-cursor-pin]');
  if (!box || hosts.length === 0 || !readout || !pinButton) throw new Error('timeline markup incomplete');
  let pinned = pinnedFromUrl(location.search, opts.id);
  let row: number | null = null;
  let trace: Trace | null = null;
  const total = () => trace?.length ?? 0;
  const clamp = (r: number) => Math.max(0, Math.min(total() - 1, r));

  const lines = new Map<HTMLElement, SVGLineElement>();
  const lineIn = (host: HTMLElement) => {
    const svg = host.querySelector('svg');
    if (!svg) return null;
    let line = lines.get(host);
    if (!line || line.ownerSVGElement !== svg) {
      line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('class', 'lr-cursor');
      line.setAttribute('stroke', 'currentColor');
      line.setAttribute('stroke-width', '1.5');
      line.setAttribute('y1', String(TOP));
      line.setAttribute('y2', String(Number(svg.getAttribute('height')) - BOTTOM));
      line.setAttribute('pointer-events', 'none');
      svg.appendChild(line);
      lines.set(host, line);
    }
    return line;
  };

  const draw = (t0: number) => {
    const shown = row ?? pinned;
    const r = shown === null || !trace ? null : clamp(shown);
    for (const host of hosts) {
      const line = lineIn(host);
      if (!line) continue;
      if (r === null) {
        line.setAttribute('display', 'none');
        continue;
      }
      const width = Number(line.ownerSVGElement?.getAttribute('width')) || 330;
      const x = updateX(r + 1, total(), width).toFixed(1);
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
      line.setAttribute('display', 'inline');
      line.setAttribute('stroke-dasharray', r === pinned ? '' : '3 2');
    }
    opts.onMove(r);
    if (r === null || !trace) {
      readout.textContent = 'Point at a chart (or focus it and use the arrow keys) to follow one update in every view.';
      pinButton.style.visibility = 'hidden';
    } else {
      const lr = trace.lr[r];
      readout.textContent =
        `Update ${r + 1} of ${total()} (epoch ${trace.epoch[r] + 1}, mini-batch ${trace.minibatch[r] + 1}): ` +
        `learning rate ${Number.isFinite(lr) ? Number(lr.toPrecision(4)) : '–'}, mini-batch loss ${lossTick(trace.loss[r])}` +
        (r === pinned ? ' (pinned)' : '');
      pinButton.style.visibility = 'visible';
      pinButton.textContent = r === pinned ? `Unpin update ${r + 1}` : `Pin update ${r + 1}`;
    }
    performance.measure('cursor:move', { start: t0, end: performance.now(), detail: opts.id });
  };

  const pin = (r: number | null) => {
    pinned = r === pinned ? null : r;
    const search = writeParam(location.search, `${opts.id}-update`, pinned === null ? null : String(pinned + 1));
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    row = null;
    draw(performance.now());
  };

  const rowAt = (host: HTMLElement, ev: PointerEvent): number | null => {
    const svg = host.querySelector('svg');
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm || !trace) return null;
    const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
    const width = Number(svg.getAttribute('width')) || 330;
    const x0 = updateX(1, total(), width);
    const x1 = updateX(total(), total(), width);
    if (p.x < x0 - 8 || p.x > x1 + 8) return null;
    return clamp(Math.round(((p.x - x0) / Math.max(1, x1 - x0)) * (total() - 1)));
  };

  for (const host of hosts) {
    host.tabIndex = 0;
    host.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End Enter Escape');
    host.addEventListener('pointermove', (ev) => {
      const r = rowAt(host, ev);
      if (r === row) return;
      row = r;
      draw(performance.now());
    });
    host.addEventListener('pointerleave', () => {
      row = null;
      draw(performance.now());
    });
    host.addEventListener('click', (ev) => {
      const r = rowAt(host, ev as PointerEvent);
      if (r !== null) pin(r);
    });
    host.addEventListener('keydown', (ev) => {
      if (!trace) return;
      const t0 = performance.now();
      const cur = row ?? pinned ?? 0;
      const big = Math.max(1, Math.round(total() / 20));
      const to: Record<string, number> = {
        ArrowLeft: cur - (ev.shiftKey ? big : 1),
        ArrowRight: cur + (ev.shiftKey ? big : 1),
        PageUp: cur - big,
        PageDown: cur + big,
        Home: 0,
        End: total() - 1,
      };
      if (ev.key in to) row = clamp(to[ev.key]);
      else if (ev.key === 'Enter' || ev.key === ' ') return void (ev.preventDefault(), pin(cur));
      else if (ev.key === 'Escape' && pinned !== null) return void pin(pinned);
      else return;
      ev.preventDefault();
      draw(t0);
    });
  }
  pinButton.addEventListener('click', () => pin(row ?? pinned));

  return {
    show(runs, scheduler) {
      trace = runs[0]?.trace ?? null;
      if (!trace) return;
      const n = trace.length;
      for (const host of hosts) {
        const width = Number(host.querySelector('svg')?.getAttribute('width')) || 330;
        const height = Number(host.querySelector('svg')?.getAttribute('height')) || 190;
        host.replaceChildren(
          host.dataset.chart === 'lr'
            ? plotChart(
                schedulerExplorerSpec(scheduler ?? { type: 'constant' }, trace.lr.subarray(0, n), {
                  width,
                  height,
                  colour: seriesStyle(runs[0]).colour,
                }),
                'Learning rate of your run against the update number',
              )
            : plotChart(
                lossCurveSpec(runs, { width, height }),
                'Mini-batch loss of your run and the reference runs against the update number',
              ),
        );
      }
      lines.clear();
      draw(performance.now());
    },
    move(r, t0 = performance.now()) {
      row = r;
      draw(t0);
    },
  };
}
