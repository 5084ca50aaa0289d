/**
 * Live contour island: re-trains the edited run in the worker on every valid change and
 * redraws its path; drag or arrow keys move the start point; settings live in the URL.
 */
import type { Trace, TrainConfig } from '../../core/types';
import { configIsland } from '../config-island';
import { CONTOUR_DATA, islandData } from '../island-data';
import { createLiveLayer } from '../live-layer';
import { liveOrbit } from '../live-orbit';
import { bindStartPicker, showStartInForm } from '../start-picker';
import { BackgroundCache, renderBackground } from '../background';
import { request } from '../worker-client';
import { bindExports } from '../export';
import { highlight, onHighlight } from '../bus';
import { frameReadout } from '../player-state';
import { optimizerName } from '../../figures/format';
import { outcomeSentence } from '../../figures/outcome';
import { seriesStyle } from '../../figures/palette';
import { yieldToMain } from '../yield-main';
import { nameChart, TIMELINE_LABELS } from '../chart-labels';

export async function hydrate(root: HTMLElement): Promise<void> {
  const id = root.id;
  const data = islandData(root, CONTOUR_DATA);
  if (!data) return;
  const { scales, domain, runs, others } = data;
  let svg = root.querySelector<SVGSVGElement>('[data-plot] svg');
  const plot = root.querySelector<HTMLElement>('[data-plot]');
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  const orbit = liveOrbit(root);
  if (!svg || !plot || !form) throw new Error('island markup incomplete');
  // Reading the build's data and binding the controls are separate tasks on a slow phone.
  await yieldToMain();
  let traces: Trace[] = [];
  // The shared settings plumbing (URL, validation, reset, share); `run` is defined below.
  const island = configIsland(root, (config, t0) => run(config, t0));
  const { base, setStatus, edit, controls } = island;
  const current = island.current;

  const layer = createLiveLayer(svg, scales, runs.length, id, {
    styles: runs.map((r, index) => seriesStyle({ meta: r.meta, index })),
  });
  // Linked timelines (scheduler demos): the cursor of the rate and loss charts rings the same update on every path.
  const timeline = root.querySelector('[data-timeline]')
    ? (await import('../timeline')).bindTimeline(root, {
        id,
        onMove: (row) => traces.forEach((_, k) => layer.highlight(k, row)),
      })
    : null;
  // Loading the timeline evaluates Plot: a task of its own, apart from the binding below.
  if (timeline) await yieldToMain();
  // The legend names the run the reader has now, not the tutorial's (issue: stale labels).
  const youLabel = (c: TrainConfig) => {
    const o = c.optimizer;
    const m = 'momentum' in o && o.momentum > 0 ? ` ${o.momentum}` : '';
    return `${optimizerName(o)}${m}, lr ${o.lr}${c.scheduler ? `, ${c.scheduler.type}` : ''}${runs.length > 1 ? ' (yours)' : ''}`;
  };
  layer.setStart(current().init.wa, current().init.wb);
  const readout = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  readout.setAttribute('x', String(Math.min(scales.x.range[0], scales.x.range[1]) + 8));
  readout.setAttribute('y', String(Math.min(scales.y.range[0], scales.y.range[1]) + 16));
  readout.setAttribute('font-size', '11.5'); // >= 10 CSS px on a 390 px phone (figures/contour/base.ts)
  readout.setAttribute('fill', '#111');
  readout.setAttribute('stroke', 'white');
  readout.setAttribute('stroke-width', '3');
  readout.setAttribute('paint-order', 'stroke');
  readout.setAttribute('text-anchor', 'start');
  layer.root.appendChild(readout);
  svg.querySelectorAll('g[data-role="paths"] text').forEach((t) => t.setAttribute('display', 'none'));

  // Backgrounds by data set: the build's for the tutorial's data, others rendered on demand.
  const dataKey = (c: TrainConfig) => JSON.stringify([c.seed, c.data]);
  const backgrounds = new BackgroundCache(dataKey(base), svg);
  let drawnKey = dataKey(base);
  let bgCount = 0;
  const showBackground = (next: SVGSVGElement, key: string) => {
    if (next !== svg) {
      svg!.replaceWith(next);
      svg = next;
      layer.adopt(next);
    }
    drawnKey = key;
  };

  let runSeq = 0;
  // The build drew the tutorial's run, orbit and timeline charts included: the first run
  // with its settings (no shared link) keeps those figures instead of rendering the same
  // pictures again with Plot, which was the longest task while the tutorial hydrated
  // (issue 11 item 8).
  let chartsAreBuilt = true;
  const run = async (config: TrainConfig, t0: number) => {
    const seq = ++runSeq;
    const keepCharts = chartsAreBuilt && JSON.stringify(config) === JSON.stringify(base);
    chartsAreBuilt = false;
    const key = dataKey(config);
    const cached = backgrounds.get(key);
    const needLandscape = key !== drawnKey && !cached && domain !== null;
    const grid = needLandscape && domain ? { ...domain, nx: 160, ny: 160 } : null;
    const result = await request(
      id,
      { kind: 'train', configs: [config, ...others.map((o) => o.config)], landscape: grid },
      (done) => setStatus(`Training… ${Math.round(done * 100)}%`),
    );
    if (!result || result.kind !== 'train') return; // superseded by a newer change
    const first = result.runs[0];
    if (!first.ok) {
      const unmatched = controls.showErrors(first.errors);
      if (unmatched.length) setStatus(`${unmatched[0].path} ${unmatched[0].message}`, 'warn');
      return;
    }
    traces = result.runs.map((r) => (r.ok ? r.trace : null)).filter((t): t is Trace => t !== null);
    if (cached && key !== drawnKey) showBackground(cached, key);
    else if (result.landscape && domain) {
      const next = await renderBackground({
        idPrefix: `${id}-bg${++bgCount}`,
        width: scales.width,
        landscape: result.landscape,
        domain,
        start: base.init,
        target: { wa: config.data.a, wb: config.data.b },
        runs: traces.map((trace, k) => ({
          id: runs[k]?.id ?? `run-${k}`,
          label: runs[k]?.label ?? `run ${k + 1}`,
          trace,
          ...(runs[k]?.meta ? { meta: runs[k].meta } : {}),
        })),
      });
      backgrounds.set(key, next);
      if (seq !== runSeq) return; // a newer change is already on its way
      showBackground(next, key);
    }
    traces.forEach((t, k) => layer.setRun(k, t));
    layer.setStart(config.init.wa, config.init.wb);
    const legend = svg!.querySelectorAll<SVGTextElement>('[data-legend] text');
    const mine = Array.from(legend).find((el) => el.textContent === runs[0]?.label || el.dataset.you !== undefined);
    if (mine) {
      mine.textContent = youLabel(config);
      mine.dataset.you = '';
    }
    // The cursor follows the run on the build's charts (same run, same update axis).
    if (keepCharts && timeline) {
      timeline.follow([traces[0]], 0);
      for (const host of root.querySelectorAll<HTMLElement>('[data-timeline] [data-chart]'))
        nameChart(host.firstElementChild, TIMELINE_LABELS[host.dataset.chart ?? ''] ?? '');
    } else
      timeline?.show(
        traces.map((trace, k) => ({
          id: runs[k]?.id ?? `run-${k}`,
          label: runs[k]?.label ?? '',
          trace,
          index: k,
          ...(runs[k]?.meta ? { meta: runs[k].meta } : {}),
        })),
        config.scheduler,
      );
    if (orbit && result.data) {
      if (keepCharts) orbit.keep(traces[0], config);
      else if (!(await orbit.show(result.data, traces[0], config, () => seq === runSeq))) return;
    }
    const t = traces[0];
    const last = t.length - 1;
    readout.textContent = last >= 0 ? frameReadout(t.epoch[last], t.minibatch[last], last) : '';
    // Other figures on the page (and a failed re-render) still show the tutorial's data set.
    const note =
      key !== drawnKey ? ' The contour still shows the loss of the tutorial’s data set (seed 9999, noise 0.1).' : '';
    setStatus(outcomeSentence(t) + note, t.diverged ? 'warn' : 'ok');
    plot.setAttribute(
      'aria-label',
      `Start point Wa ${config.init.wa.toFixed(2)}, Wb ${config.init.wb.toFixed(2)}; drag it or use the arrow keys to move it.`,
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: id });
  };

  // Start point: drag/tap on the plot, arrow keys when it is focused.
  const moveStart = (wa: number, wb: number, t0: number) => {
    layer.setStart(wa, wb);
    edit('init', { wa, wb }, t0);
    showStartInForm(form, wa, wb);
  };
  // Linked views: hovering near a run's path announces the nearest update of that run.
  const onHover = (p: [number, number] | null) => {
    const sxr = Math.abs(scales.x.domain[1] - scales.x.domain[0]);
    const syr = Math.abs(scales.y.domain[1] - scales.y.domain[0]);
    let bestRun = -1;
    let best = -1;
    let bestD = Infinity;
    if (p) {
      traces.forEach((t, r) => {
        for (let k = 0; k < t.length; k++) {
          const d = ((t.wa[k] - p[0]) / sxr) ** 2 + ((t.wb[k] - p[1]) / syr) ** 2;
          if (d < bestD) {
            bestD = d;
            best = k;
            bestRun = r;
          }
        }
      });
    }
    const near = bestD < 0.0004;
    // With a timeline, its cursor rings the same update on every path (and in its charts).
    timeline?.move(near ? best : null);
    traces.forEach((_, r) => {
      const row = near && r === bestRun ? best : null;
      if (!timeline) layer.highlight(r, row);
      highlight({ runId: runs[r]?.id ?? `${id}-${r}`, row, source: id });
    });
  };
  bindStartPicker(
    plot,
    () => svg!,
    scales,
    () => current().init,
    moveStart,
    onHover,
  );
  runs.forEach((r, k) =>
    onHighlight(r.id, (h) => {
      if (h.source === id) return;
      // The player of the same run (figure 14 for the MultiStepLR demo) drives this demo's cursor.
      if (timeline && k === 0) timeline.move(h.row);
      else layer.highlight(k, h.row);
      if (h.row !== null) root.dataset.highlight = `${r.id}:${h.row}`;
      else if (root.dataset.highlight?.startsWith(`${r.id}:`)) root.dataset.highlight = '';
    }),
  );

  bindExports(root, {
    name: id,
    svg: () => svg!,
    traces: () =>
      traces.map((t, k) => ({ trace: t, config: k === 0 ? current() : null, label: runs[k]?.label ?? `run ${k + 1}` })),
  });

  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  await yieldToMain();
  await run(current(), performance.now());
}
