/**
 * Linked timelines: one update cursor shared by every view of a run (its learning rate
 * per update, its mini-batch loss per update, and, through `onMove`, its path on the loss
 * landscape). Hovering, arrow keys or a click in any chart moves it; a click (or Enter)
 * pins an update, and the URL keeps the pin (`?<island id>-update=35`, 1-based).
 * Loaded only by islands that have a timeline.
 */
import type { SchedulerSpecLike, Trace } from '../core/types';
import { plotChart } from '../figures/render/browser';
import { schedulerExplorerSpec } from '../figures/scheduler-explorer';
import type { RunSeries } from '../figures/types';
import { seriesStyle } from '../figures/palette';
import { lossCurveSpec } from '../figures/run-curves';
import { cursorRate, fmtLoss } from '../figures/outcome';
import { cursorLine, pinnedFromUrl, placeCursor, rowAtPointer, savePin } from './cursor-lines';
import { TIMELINE_LABELS } from './chart-labels';
import { setLive } from './words';

export { pinnedFromUrl };

export interface TimelineOptions {
  /** The island's id: the URL key is `${id}-update`. */
  id: string;
  /** Cursor moves of the other views (the path on the landscape); `row` is 0-based. */
  onMove(row: number | null): void;
  /** The `data-chart` names under `[data-timeline]` that carry the cursor (default: all). */
  charts?: string[];
  /** Names the run the readout speaks of (the playground: "Run 2"). */
  runLabel?: () => string;
}

export interface Timeline {
  /** Redraws the charts for new runs (index 0 is the reader's) and keeps the cursor. */
  show(runs: RunSeries[], scheduler: SchedulerSpecLike | null): void;
  /** Moves the cursor from another view; null goes back to the pinned update (or none). */
  move(row: number | null, t0?: number): void;
  /**
   * Follows runs whose charts the island drew itself (the playground's replay charts):
   * the cursor spans the longest run, the readout speaks of `traces[reader]`.
   */
  follow(traces: readonly (Trace | null)[], reader: number): void;
}

export function bindTimeline(root: HTMLElement, opts: TimelineOptions): Timeline {
  const box = root.querySelector<HTMLElement>('[data-timeline]');
  const hosts = Array.from(root.querySelectorAll<HTMLElement>('[data-timeline] [data-chart]')).filter(
    (h) => !opts.charts || opts.charts.includes(h.dataset.chart ?? ''),
  );
  const readout = root.querySelector<HTMLElement>('[data-cursor-readout]');
  const pinButton = root.querySelector<HTMLButtonElement>('[data-cursor-pin]');
  if (!box || hosts.length === 0 || !readout || !pinButton) throw new Error('timeline markup incomplete');
  let pinned = pinnedFromUrl(location.search, opts.id);
  let row: number | null = null;
  let trace: Trace | null = null;
  /** Updates the charts span when they show runs of several lengths (`follow`). */
  let span: number | null = null;
  /** Runs shown so far: a chart task of an older run gives way to a newer one. */
  let shown = 0;
  const total = () => span ?? trace?.length ?? 0;
  const clamp = (r: number) => Math.max(0, Math.min(total() - 1, r));

  /** Set by a pin: the readout (never live while it follows) says that one update politely. */
  let sayPin = false;
  const draw = (t0: number) => {
    setLive(readout, sayPin);
    sayPin = false;
    const shown = row ?? pinned;
    const r = shown === null || !trace ? null : clamp(shown);
    for (const host of hosts) placeCursor(host, r, total(), r === pinned);
    opts.onMove(r);
    if (r === null || !trace) {
      readout.textContent = 'Point at a chart (or focus it and use the arrow keys) to follow one update in every view.';
      pinButton.style.visibility = 'hidden';
    } else if (r >= trace.length) {
      readout.textContent = `Update ${r + 1} of ${total()}: ${opts.runLabel?.() ?? 'this run'} stopped after ${trace.length} updates.`;
      pinButton.style.visibility = 'visible';
      pinButton.textContent = r === pinned ? `Unpin update ${r + 1}` : `Pin update ${r + 1}`;
    } else {
      // The numbers as the players' words say them (three significant digits, plain decimals),
      // short enough that a pinned update fits the two lines a phone gives the readout.
      readout.textContent =
        (opts.runLabel ? `${opts.runLabel()}, update` : 'Update') +
        ` ${r + 1} of ${total()} (epoch ${trace.epoch[r] + 1}, mini-batch ${trace.minibatch[r] + 1}): ` +
        `lr ${cursorRate(trace.lr[r])}, loss ${fmtLoss(trace.loss[r], 3)}` +
        (r === pinned ? ' (pinned)' : '');
      pinButton.style.visibility = 'visible';
      pinButton.textContent = r === pinned ? `Unpin update ${r + 1}` : `Pin update ${r + 1}`;
    }
    performance.measure('cursor:move', { start: t0, end: performance.now(), detail: opts.id });
  };

  const pin = (r: number | null) => {
    pinned = r === pinned ? null : r;
    savePin(opts.id, pinned);
    row = null;
    sayPin = true;
    draw(performance.now());
  };

  const rowAt = (host: HTMLElement, ev: PointerEvent): number | null =>
    trace ? rowAtPointer(host, ev, total()) : null;

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
      span = null;
      if (!trace) return;
      const t = trace;
      const mine = ++shown;
      // The readout and the cursor follow the new run at once; each chart is redrawn in a
      // task of its own: a Plot render costs tens of milliseconds on a slow phone, and with
      // the island's own work after a run they made one long task (issue 11 item 8).
      draw(performance.now());
      for (const host of hosts) {
        setTimeout(() => {
          if (mine !== shown) return; // a newer run is on its way
          const width = Number(host.querySelector('svg')?.getAttribute('width')) || 330;
          const height = Number(host.querySelector('svg')?.getAttribute('height')) || 190;
          host.replaceChildren(
            host.dataset.chart === 'lr'
              ? plotChart(
                  schedulerExplorerSpec(scheduler ?? { type: 'constant' }, t.lr.subarray(0, t.length), {
                    width,
                    height,
                    colour: seriesStyle(runs[0]).colour,
                  }),
                  TIMELINE_LABELS.lr,
                )
              : plotChart(lossCurveSpec(runs, { width, height }), TIMELINE_LABELS.loss),
          );
          // The new chart's cursor line, placed where the cursor is.
          cursorLine(host);
          draw(performance.now());
        }, 0);
      }
    },
    move(r, t0 = performance.now()) {
      row = r;
      draw(t0);
    },
    follow(traces, reader) {
      trace = traces[reader] ?? traces.find((t) => t !== null) ?? null;
      span = traces.reduce((m, t) => Math.max(m, t?.length ?? 0), 0) || null;
      hosts.forEach(cursorLine);
      draw(performance.now());
    },
  };
}
