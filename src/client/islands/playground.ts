/**
 * The playground: up to six runs, each with any optimizer and scheduler, trained
 * together in the worker and drawn on the contour, the step-size, loss and
 * learning-rate charts and the orbit fit of the selected run. The whole list lives in
 * the URL (`?runs=`), so a link reproduces it.
 */
import { plotChart } from '../../figures/render/browser';
import { DEFAULT_CONFIG } from '../../core';
import type { Trace, TrainConfig } from '../../core/types';
import { drawLegend, legendHeight, runLegend } from '../../figures/legend';
import { stepSizeSpec } from '../../figures/lineCharts';
import { runStyle } from '../../figures/palette';
import { configMetas } from '../../figures/run-meaning';
import { cursorWords, runsAt } from '../../figures/outcome';
import { writeLines } from '../words';
import type { RunSeries } from '../../figures/types';
import { configIsland, type ConfigStore } from '../config-island';
import { bindExports } from '../export';
import { showNotice } from '../island-state';
import { islandData, PLAYGROUND_DATA } from '../island-data';
import type { RunData } from '../jobs';
import { createLiveLayer } from '../live-layer';
import { drawOrbit } from '../orbit-chart';
import { lossCurveSpec, lrCurveSpec } from '../../figures/run-curves';
import {
  decodeRuns,
  decodeSelected,
  encodeRuns,
  MAX_RUNS,
  PLAYGROUND_KEY,
  runLabel,
  runNames,
  SELECTED_KEY,
} from '../playground-state';
import { bindStartPicker, showStartInForm } from '../start-picker';
import { nearestRow, setUpdateAxis } from '../cursor-lines';
import { axisOfOptions } from '../playground-axis';
import { bindTimeline } from '../timeline';
import { errorText, readParam } from '../url-state';
import { writeParams } from '../url-writer';
import { request } from '../worker-client';

export async function hydrate(root: HTMLElement): Promise<void> {
  const data = islandData(root, PLAYGROUND_DATA);
  if (!data) return;
  const { scales } = data;
  const svg = root.querySelector<SVGSVGElement>('[data-plot="contour"] svg');
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  const list = root.querySelector<HTMLElement>('[data-run-list]');
  const charts = {
    step: root.querySelector<HTMLElement>('[data-chart="step"]'),
    loss: root.querySelector<HTMLElement>('[data-chart="loss"]'),
    lr: root.querySelector<HTMLElement>('[data-chart="lr"]'),
    orbit: root.querySelector<HTMLElement>('[data-chart="orbit"]'),
  };
  if (!svg || !form || !list) throw new Error('playground markup incomplete');

  // The settings: a list of runs and the one the form edits, in the URL as `?runs=…&run=2`
  // (playground-state.ts). configIsland (the plumbing every settings island shares) holds
  // them through this store and does the rest: validation, status, reset, share.
  let base: TrainConfig = DEFAULT_CONFIG;
  let runs: TrainConfig[] = [base];
  let selected = 0;
  const store = (tutorial: TrainConfig): ConfigStore => {
    base = tutorial;
    runs = [base];
    const raw = readParam(location.search, PLAYGROUND_KEY);
    if (raw !== null) {
      const d = decodeRuns(raw, base);
      if (d.notices.length) showNotice(root, d.notices.join(' '));
      if (d.runs.length) runs = d.runs;
    }
    selected = decodeSelected(readParam(location.search, SELECTED_KEY), runs.length);
    return {
      current: () => runs[selected],
      set: (config) => void (runs = runs.map((c, i) => (i === selected ? config : c))),
      reset() {
        runs = [base];
        selected = 0;
      },
      save,
    };
  };
  const builtHeight = Number(svg.getAttribute('height')) || scales.height;
  let traces: (Trace | null)[] = [];
  let datas: (RunData | null)[] = [];
  const layer = createLiveLayer(svg, scales, MAX_RUNS, 'pg');
  // Every run's rate and loss at the cursor in words (the readout above speaks of the
  // selected run); with no cursor, at the last update. Never live: the readout says pins.
  const words = root.querySelector<HTMLOutputElement>('[data-cursor-words]');
  let names: string[] = [];
  const sayWords = (row: number | null) => {
    const shown = traces.flatMap((trace, i) => (trace ? [{ trace, label: names[i] ?? `Run ${i + 1}` }] : []));
    const longest = shown.reduce((m, s) => Math.max(m, s.trace.length), 0);
    if (!words || longest === 0) return;
    const r = Math.min(row ?? longest - 1, longest - 1);
    writeLines(words, cursorWords(r + 1, runsAt(r, shown), row === null ? 'Last update' : 'Update'));
  };
  // One update cursor for the replay charts and the paths: pointing, keys or a pin in the
  // step-size, loss or rate chart ring that update on every run's path (`?playground-update=35`).
  const timeline = bindTimeline(root, {
    id: root.id,
    charts: ['step', 'loss', 'lr'],
    runLabel: () => `Run ${selected + 1}`,
    onMove: (row) => {
      for (let k = 0; k < MAX_RUNS; k++) layer.highlight(k, row);
      sayWords(row);
    },
  });

  const setStatus = (text: string, tone: 'ok' | 'warn' = 'ok') => island.setStatus(text, tone);
  // Coalesced writes (url-writer.ts): a flood of edits cannot get the URL throttled.
  const save = () => {
    const same = runs.length === 1 && runs[0] === base;
    writeParams(PLAYGROUND_KEY, same ? null : [[PLAYGROUND_KEY, encodeRuns(runs, base)]]);
    writeParams(SELECTED_KEY, selected > 0 ? [[SELECTED_KEY, String(selected + 1)]] : null);
  };

  // The run buttons are updated in place, never rebuilt: a click whose mousedown made a
  // field fire `change` (and so this render) must land on the button it started on.
  const runButton = (i: number): HTMLButtonElement => {
    const have = list.children[i];
    if (have instanceof HTMLButtonElement) return have;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'lr-run';
    b.dataset.run = String(i);
    const swatch = document.createElement('span');
    swatch.className = 'lr-swatch';
    b.append(swatch, document.createElement('span'));
    list.append(b);
    return b;
  };
  const renderList = () => {
    // Colour by meaning (figures/run-meaning.ts): the selected run is the reader's ("you").
    const styles = configMetas(runs, selected).map(runStyle);
    runs.forEach((r, i) => {
      const b = runButton(i);
      const swatch = b.firstElementChild as HTMLElement;
      swatch.style.borderTopColor = styles[i].colour;
      swatch.style.borderTopStyle = styles[i].dash ? 'dashed' : 'solid';
      const pressed = String(i === selected);
      if (b.getAttribute('aria-pressed') !== pressed) b.setAttribute('aria-pressed', pressed);
      const t = traces[i];
      const text = `Run ${i + 1}: ${runLabel(r)}${t?.diverged ? ` (diverged at update ${t.diverged.update})` : ''}`;
      const label = b.lastElementChild;
      if (label && label.textContent !== text) label.textContent = text;
    });
    while (list.children.length > runs.length) list.lastElementChild?.remove();
    root.querySelector<HTMLButtonElement>('[data-pg="add"]')!.disabled = runs.length >= MAX_RUNS;
    root.querySelector<HTMLButtonElement>('[data-pg="duplicate"]')!.disabled = runs.length >= MAX_RUNS;
    root.querySelector<HTMLButtonElement>('[data-pg="remove"]')!.disabled = runs.length <= 1;
    root.querySelector<HTMLElement>('[data-pg-limit]')?.toggleAttribute('hidden', runs.length < MAX_RUNS);
    const legend = root.querySelector('[data-editing]');
    if (legend) legend.textContent = `Settings of run ${selected + 1}`;
  };

  const renderCharts = () => {
    const metas = configMetas(runs, selected);
    // Legends name each run by what sets it apart ("Adam, lr 0.01"); ids stay `run-k`.
    names = runNames(runs, base);
    const series: RunSeries[] = [];
    traces.forEach(
      (t, i) => t && series.push({ id: `run-${i + 1}`, label: names[i], trace: t, index: i, meta: metas[i] }),
    );
    layer.restyle(metas.map(runStyle));
    for (let k = 0; k < MAX_RUNS; k++) layer.setRun(k, traces[k] ?? null);
    layer.setStart(runs[selected].init.wa, runs[selected].init.wb);
    // The build drew the contour for run 1 alone; its legend follows the runs (an exported SVG shows them too).
    // Runs named in words can need more legend rows than the build's one: the SVG grows upward by them.
    const items = runLegend(series);
    const left = Math.min(scales.x.range[0], scales.x.range[1]);
    const rowsWidth = scales.width - left - 8;
    const extra = items.length ? legendHeight(items, rowsWidth) - legendHeight(items.slice(0, 1), rowsWidth) : 0;
    const legend = drawLegend(document, items, scales.width, left);
    if (extra > 0) legend.setAttribute('transform', `translate(0,${-extra})`);
    svg.querySelector('[data-legend]')?.replaceWith(legend);
    svg.setAttribute('viewBox', `0 ${-extra} ${scales.width} ${builtHeight + extra}`);
    svg.setAttribute('height', String(builtHeight + extra));
    const longest = series.reduce((m, s) => Math.max(m, s.trace.length), 1);
    const width = Math.min(620, Math.max(320, (charts.step?.clientWidth || 560) | 0));
    // The step-size chart keeps figure 1's frame (a legend on top, updates from 0): it tells
    // the cursor where its updates are, so it carries the same cursor as the other two.
    const stepSpec = stepSizeSpec({ runs: series, maxUpdate: longest }, { width });
    charts.step?.replaceChildren(plotChart(stepSpec, 'Effective step size of each run against the update number'));
    const stepSvg = charts.step?.querySelector('svg');
    const stepAxis = axisOfOptions(stepSpec);
    if (stepSvg && stepAxis) setUpdateAxis(stepSvg, stepAxis);
    charts.loss?.replaceChildren(
      plotChart(lossCurveSpec(series, { width }), 'Mini-batch loss of each run against the update number'),
    );
    charts.lr?.replaceChildren(
      plotChart(lrCurveSpec(series, { width }), 'Learning rate of each run against the update number'),
    );
    timeline.follow(traces, selected);
    const t = traces[selected];
    const d = datas[selected];
    if (t && d && charts.orbit) {
      const config = runs[selected];
      drawOrbit(charts.orbit, { data: d, trace: t, config, optimizerLabel: runLabel(config), width });
    }
  };

  const train = async (t0: number) => {
    let result;
    try {
      result = await request('playground', { kind: 'train', configs: runs }, (done) =>
        setStatus(`Training… ${Math.round(done * 100)}%`),
      );
    } catch (err) {
      setStatus(`Training failed: ${err instanceof Error ? err.message : String(err)}`, 'warn');
      return;
    }
    if (!result || result.kind !== 'train') return;
    traces = result.runs.map((r) => (r.ok ? r.trace : null));
    datas = result.runs.map((r) => (r.ok ? r.data : null));
    renderList();
    try {
      renderCharts();
    } catch (err) {
      // Never a silent half-state: the status says the charts are not the runs listed.
      setStatus(`The runs trained but could not be drawn: ${err instanceof Error ? err.message : String(err)}`, 'warn');
      console.warn('playground charts failed', err);
      return;
    }
    const refused = result.runs
      .map((r, i) => (r.ok ? null : `Run ${i + 1} was refused: ${errorText(r.errors[0])}.`))
      .filter(Boolean);
    const msgs = [
      ...refused,
      ...traces.map((t, i) =>
        t?.diverged ? `Run ${i + 1}: ${t.diverged.reason} at update ${t.diverged.update}.` : null,
      ),
    ].filter(Boolean);
    setStatus(
      msgs.length ? msgs.join(' ') : `${runs.length} run${runs.length > 1 ? 's' : ''} trained.`,
      msgs.length ? 'warn' : 'ok',
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };

  // An edit of the selected run: its label in the list at once, then every run trains.
  const island = configIsland(
    root,
    (_config, t0) => {
      renderList();
      return train(t0);
    },
    { base: {}, store },
  );
  const { controls, edit } = island;

  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const runBtn = target.closest<HTMLElement>('[data-run]');
    if (runBtn) {
      selected = Number(runBtn.dataset.run);
      controls.setValues(runs[selected]);
      save();
      renderList();
      renderCharts();
      return;
    }
    const act = target.closest<HTMLElement>('[data-pg]')?.dataset.pg;
    if (!act) return;
    if ((act === 'add' || act === 'duplicate') && runs.length < MAX_RUNS) {
      runs = [...runs, act === 'add' ? base : runs[selected]];
      selected = runs.length - 1;
    } else if (act === 'remove' && runs.length > 1) {
      runs = runs.filter((_, i) => i !== selected);
      traces = traces.filter((_, i) => i !== selected);
      datas = datas.filter((_, i) => i !== selected);
      selected = Math.min(selected, runs.length - 1);
    } else return;
    controls.setValues(runs[selected]);
    save();
    renderList();
    void train(performance.now());
  });

  bindExports(root, {
    name: 'playground',
    svg: () => svg,
    traces: () =>
      traces
        .map((t, i) => (t ? { trace: t, config: i === selected ? runs[i] : null, label: `Run ${i + 1}` } : null))
        .filter((x): x is NonNullable<typeof x> => x !== null),
  });

  const plot = root.querySelector<HTMLElement>('[data-plot="contour"]');
  if (plot) {
    bindStartPicker(
      plot,
      () => svg,
      scales,
      () => runs[selected].init,
      (wa, wb, t0) => {
        layer.setStart(wa, wb);
        showStartInForm(form, wa, wb);
        edit('init', { wa, wb }, t0);
      },
      (p) => timeline.move(p ? nearestRow(traces, p, scales) : null),
    );
  }

  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => el.removeAttribute('hidden'));
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  renderList();
  await train(performance.now());
}
