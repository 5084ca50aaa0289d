/**
 * Animation player island: re-trains the figure's runs in the worker, then replaces
 * the figure's SMIL layer with a canvas player (play/pause, steps, scrub, speed, loop,
 * keyboard). Under prefers-reduced-motion it never starts on its own.
 */
import type { Trace } from '../../core/types';
import { cursorWords, runOutcomes, runsAt, runsOutcome, type LabelledOutcome } from '../../figures/outcome';
import { setLive, writeLines } from '../words';
import { highlight, onHighlight } from '../bus';
import { islandData, PLAYER_DATA } from '../island-data';
import { PlayerCanvas, screenPoints, type CanvasRun } from '../player-canvas';
import { bindPlayerCursor } from '../player-cursor';
import {
  frameReadout,
  initialPlayer,
  keyToAction,
  reducePlayer,
  type PlayerAction,
  type PlayerState,
} from '../player-state';
import { request } from '../worker-client';

export async function hydrate(root: HTMLElement): Promise<void> {
  const data = islandData(root, PLAYER_DATA);
  if (!data) return;
  const { scales, playerRuns: runs } = data;
  const fig = root.querySelector<HTMLElement>('figure');
  const host = root.querySelector<HTMLElement>('.lr-figure__plot') ?? fig;
  const svg = host?.querySelector<SVGSVGElement>('svg');
  const bar = root.querySelector<HTMLElement>('[data-player]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!host || !svg || !bar) throw new Error('player markup incomplete');

  // Progress goes to the readout (not a live region): the status line keeps the outcome
  // the build wrote, so nothing is announced while the runs are re-trained.
  const out = bar.querySelector<HTMLOutputElement>('[data-readout]')!;
  const result = await request(root.id, { kind: 'train', configs: runs.map((r) => r.config) }, (done) => {
    out.textContent = `Preparing the player… ${Math.round(done * 100)}%`;
  });
  if (!result || result.kind !== 'train') return;
  const traces = result.runs.map((r) => (r.ok ? r.trace : null));
  if (traces.some((t) => t === null)) throw new Error('a preset did not validate');
  const ts = traces as Trace[];
  /** The runs with their legend labels: the outcome and the words at the cursor name them so. */
  const labelled = ts.map((trace, k) => ({ label: runs[k].label, trace }));
  if (status) showOutcome(status, labelled);

  // Hand over from the SMIL animation to the canvas.
  svg.querySelectorAll('g[data-role="paths"]').forEach((g) => g.setAttribute('display', 'none'));
  // The hidden SMIL layer would still tick every frame: stop its clock for good.
  svg.dataset.lrPlayer = 'on';
  svg.pauseAnimations();
  const canvasRuns: CanvasRun[] = ts.map((t, k) => {
    const xy = screenPoints(scales, t.wa, t.wb, t.length, [t.final.wa, t.final.wb]);
    return { xy, count: xy.length / 2, style: runs[k].style };
  });
  const canvas = new PlayerCanvas(host, svg, scales, canvasRuns);
  const longest = ts.reduce((a, t) => (t.length > a.length ? t : a), ts[0]);

  const toggle = bar.querySelector<HTMLButtonElement>('[data-act="toggle"]')!;
  const scrub = bar.querySelector<HTMLInputElement>('[data-scrub]')!;
  const speed = bar.querySelector<HTMLSelectElement>('[data-speed]')!;
  const loop = bar.querySelector<HTMLInputElement>('[data-loop]')!;

  // The build chose the default speed (about 15 s per run) and Loop on, as the caption says.
  let state: PlayerState = reducePlayer(
    reducePlayer(initialPlayer(longest.length), { type: 'speed', speed: Number(speed.value) }),
    { type: 'loop', loop: loop.checked },
  );
  scrub.max = String(Math.max(0, state.total - 1));
  let drawnFrame = -1;
  let raf = 0;
  let last = 0;
  // Announces the cursor's update of every run to the other figures showing them (the demos).
  const announce = (row: number | null) =>
    ts.forEach((t, k) =>
      highlight({ runId: runs[k].id, row: row === null ? null : Math.min(row, t.length - 1), source: root.id }),
    );

  const readout = (f: number) => {
    const row = Math.min(f, longest.length - 1);
    return row >= 0 ? frameReadout(longest.epoch[row], longest.minibatch[row], row) : '';
  };
  // The strip's words at the cursor (figures 14 and 16): update, then each run's rate and loss.
  const words = root.querySelector<HTMLOutputElement>('[data-cursor-words]');
  let spokenPin: number | null = null;
  const sayWords = (row: number) => {
    if (!words) return;
    // Silent while it follows the pointer or the player; a pin (a deliberate act) is said once.
    const pin = cursor.pinned();
    setLive(words, pin !== spokenPin && pin === row);
    spokenPin = pin;
    writeLines(words, cursorWords(row + 1, runsAt(row, labelled)));
  };
  let lastDom = 0;
  const render = (force = false) => {
    if (!force && state.frame === drawnFrame) return;
    const t0 = performance.now();
    const text = readout(cursor.row());
    canvas.draw(state.frame, text, cursor.ring());
    drawnFrame = state.frame;
    // While playing, the canvas and the strip's lines carry the cursor every frame; the
    // page's controls (which cost a style and layout pass) follow ten times a second.
    const dom = force || !state.playing || t0 - lastDom > 100;
    cursor.paint(dom);
    if (dom) {
      lastDom = t0;
      scrub.value = String(state.frame);
      scrub.setAttribute('aria-valuetext', text);
      out.textContent = text;
      sayWords(Math.min(cursor.row(), state.total - 1));
    }
    performance.measure('player:frame', { start: t0, end: performance.now(), detail: root.id });
  };
  const sync = () => {
    toggle.setAttribute('aria-pressed', String(state.playing));
    toggle.setAttribute('aria-label', state.playing ? 'Pause' : 'Play');
    toggle.textContent = state.playing ? '❚❚ Pause' : '▶︎ Play';
    if (state.playing && onScreen && !raf) {
      last = performance.now();
      raf = requestAnimationFrame(loopFrame);
    }
  };
  const loopFrame = (now: number) => {
    raf = 0;
    state = reducePlayer(state, { type: 'tick', ms: now - last });
    last = now;
    render(!state.playing);
    if (!state.playing) sync();
    else if (onScreen) raf = requestAnimationFrame(loopFrame);
  };
  // Off screen a playing player stops drawing (and resumes where it was when it comes back),
  // as the SMIL figures pause: five players animating out of sight cost frames the reader sees.
  let onScreen = true;
  new IntersectionObserver((entries) => {
    onScreen = entries[entries.length - 1].isIntersecting;
    sync();
  }).observe(root);
  const act = (a: PlayerAction) => {
    state = reducePlayer(state, a);
    render(true);
    sync();
    if (a.type === 'seek' || a.type === 'step') announce(state.frame);
  };
  const cursor = bindPlayerCursor(root, {
    total: state.total,
    frame: () => state.frame,
    seek: (row) => {
      state = reducePlayer(state, { type: 'pause' });
      act({ type: 'seek', frame: row });
    },
    key: (e) => {
      const a = keyToAction(e.key, state);
      if (a) act(a);
      return a !== null;
    },
    changed: () => render(true),
    announce,
  });

  bar.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (a === 'toggle') act({ type: 'toggle' });
    if (a === 'back') act({ type: 'step', by: -1 });
    if (a === 'forward') act({ type: 'step', by: 1 });
  });
  scrub.addEventListener('input', () => act({ type: 'seek', frame: Number(scrub.value) }));
  speed.addEventListener('change', () => act({ type: 'speed', speed: Number(speed.value) }));
  loop.addEventListener('change', () => act({ type: 'loop', loop: loop.checked }));
  host.tabIndex = 0;
  host.setAttribute('aria-keyshortcuts', 'Space ArrowLeft ArrowRight Home End Enter');
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      return cursor.pin(cursor.row());
    }
    const a = keyToAction(e.key, state);
    if (!a) return;
    e.preventDefault();
    cursor.point(null);
    act(a);
  });
  // Pointing near a path moves the cursor to the nearest drawn update of that run: every
  // path rings that update, the strip's line moves there, the other figures follow.
  const nearest = (e: PointerEvent): { run: number; row: number } | null => {
    const ctm = svg.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    let best: { run: number; row: number } | null = null;
    let bestD = 64; // within 8 SVG units
    canvasRuns.forEach((r, k) => {
      const upto = Math.min(state.frame + 1, r.count - 1);
      for (let i = 0; i <= upto; i++) {
        const d = (r.xy[2 * i] - p.x) ** 2 + (r.xy[2 * i + 1] - p.y) ** 2;
        if (d < bestD) {
          bestD = d;
          best = { run: k, row: i };
        }
      }
    });
    return best;
  };
  host.addEventListener('pointermove', (e) => {
    const t0 = performance.now();
    const hit = nearest(e);
    if (hit?.row === cursor.ring()?.row && (hit === null) === (cursor.ring() === null)) return;
    root.dataset.highlight = hit ? `${runs[hit.run].id}:${hit.row}` : '';
    cursor.point(hit ? { run: null, row: hit.row } : null);
    announce(hit ? hit.row : null);
    performance.measure('cursor:move', { start: t0, end: performance.now(), detail: root.id });
  });
  host.addEventListener('click', () => {
    const r = cursor.ring();
    if (r) cursor.pin(r.row);
  });
  host.addEventListener('pointerleave', () => {
    if (!cursor.ring()) return;
    cursor.point(null);
    announce(null);
  });
  runs.forEach((r, k) =>
    onHighlight(r.id, (h) => {
      if (h.source === root.id) return;
      // A clear for one run must not erase another run's mark.
      if (h.row === null && cursor.ring()?.run !== k) return;
      root.dataset.highlight = h.row === null ? '' : `${r.id}:${h.row}`;
      cursor.point(h.row === null ? null : { run: k, row: h.row });
    }),
  );

  bar.hidden = false;
  const t0 = performance.now();
  render(true);
  performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  sync();
  // A pinned link opens paused on its update; otherwise play, unless the reader asked for less motion.
  const pinned = cursor.pinned();
  if (pinned !== null) act({ type: 'seek', frame: pinned });
  else if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) act({ type: 'play' });
}

const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * States the runs' outcome in the polite status line, in the build's markup (each run's
 * label bold, then its sentence). Announced once, when the runs are ready, and only when
 * it differs from what the line already says (the build wrote the same runs' sentence):
 * never per frame, so playing is silent.
 */
function showOutcome(status: HTMLElement, runs: readonly LabelledOutcome[]): void {
  if (flat(status.textContent) === flat(runsOutcome(runs))) return;
  status.replaceChildren(
    ...runOutcomes(runs).map((o) => {
      const span = document.createElement('span');
      if (o.label) {
        const b = document.createElement('strong');
        b.textContent = `${o.label}:`;
        span.append(b, ' ');
      }
      span.append(`${o.text} `);
      return span;
    }),
  );
}
