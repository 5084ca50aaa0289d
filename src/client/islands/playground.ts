/**
 * The playground: up to six runs, each with any optimizer and scheduler, trained
 * together in the worker and drawn on the contour, the step-size, loss and
 * learning-rate charts and the orbit fit of the selected run. The whole list lives in
 * the URL (`?runs=`), so a link reproduces it.
 */
import { plotChart } from '../../figures/render/browser';
import { DEFAULT_CONFIG, resolveConfig } from '../../core';
import type { Trace, TrainConfig } from '../../core/types';
import { drawLegend, runLegend } from '../../figures/legend';
import { learningRateSpec, stepSizeSpec } from '../../figures/lineCharts';
import { runColour, runDash } from '../../figures/palette';
import type { RunSeries } from '../../figures/types';
import { bindControls } from '../controls';
import { bindExports } from '../export';
import { setPath } from '../fields';
import { copyLink, showNotice } from '../island-state';
import type { RunData } from '../jobs';
import { createLiveLayer } from '../live-layer';
import { drawOrbit } from '../orbit-chart';
import { lossCurveSpec } from '../playground-charts';
import { decodeRuns, encodeRuns, MAX_RUNS, PLAYGROUND_KEY, runLabel } from '../playground-state';
import { parseScales } from '../scales';
import { bindStartPicker, showStartInForm } from '../start-picker';
import { readParam, writeParam } from '../url-state';
import { request } from '../worker-client';

/** Learning-rate chart span: every update is marked, so it shows the start of the runs. */
const LR_UPDATES = 120;

export async function hydrate(root: HTMLElement): Promise<void> {
  const scales = parseScales(root.dataset.scales);
  const svg = root.querySelector<SVGSVGElement>('[data-plot="contour"] svg');
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  const list = root.querySelector<HTMLElement>('[data-run-list]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const charts = {
    step: root.querySelector<HTMLElement>('[data-chart="step"]'),
    loss: root.querySelector<HTMLElement>('[data-chart="loss"]'),
    lr: root.querySelector<HTMLElement>('[data-chart="lr"]'),
    orbit: root.querySelector<HTMLElement>('[data-chart="orbit"]'),
  };
  if (!scales || !svg || !form || !list) throw new Error('playground markup incomplete');
  const base = DEFAULT_CONFIG;

  let runs: TrainConfig[] = [base];
  const raw = readParam(location.search, PLAYGROUND_KEY);
  if (raw !== null) {
    const d = decodeRuns(raw, base);
    if (d.notices.length) showNotice(root, d.notices.join(' '));
    if (d.runs.length) runs = d.runs;
  }
  let selected = 0;
  let traces: (Trace | null)[] = [];
  let datas: (RunData | null)[] = [];
  const layer = createLiveLayer(svg, scales, MAX_RUNS, 'pg');

  const setStatus = (text: string, tone: 'ok' | 'warn' = 'ok') => {
    if (!status) return;
    status.textContent = text;
    status.dataset.tone = tone;
  };
  const save = () => {
    const search = writeParam(
      location.search,
      PLAYGROUND_KEY,
      runs.length === 1 && runs[0] === base ? null : encodeRuns(runs, base),
    );
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const renderList = () => {
    const items = runs.map((r, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'lr-run';
      b.dataset.run = String(i);
      b.setAttribute('aria-pressed', String(i === selected));
      const swatch = document.createElement('span');
      swatch.className = 'lr-swatch';
      swatch.style.borderTopColor = runColour(i);
      swatch.style.borderTopStyle = runDash(i) ? 'dashed' : 'solid';
      b.append(swatch, `Run ${i + 1}: ${runLabel(r)}`);
      const t = traces[i];
      if (t?.diverged) b.append(` (diverged at update ${t.diverged.update})`);
      return b;
    });
    list.replaceChildren(...items);
    root.querySelector<HTMLButtonElement>('[data-pg="add"]')!.disabled = runs.length >= MAX_RUNS;
    root.querySelector<HTMLButtonElement>('[data-pg="duplicate"]')!.disabled = runs.length >= MAX_RUNS;
    root.querySelector<HTMLButtonElement>('[data-pg="remove"]')!.disabled = runs.length <= 1;
    const legend = root.querySelector('[data-editing]');
    if (legend) legend.textContent = `Settings of run ${selected + 1}`;
  };

  const renderCharts = () => {
    const series: RunSeries[] = [];
    traces.forEach((t, i) => t && series.push({ id: `run-${i + 1}`, label: `Run ${i + 1}`, trace: t, index: i }));
    for (let k = 0; k < MAX_RUNS; k++) layer.setRun(k, traces[k] ?? null);
    layer.setStart(runs[selected].init.wa, runs[selected].init.wb);
    // The build drew the contour for run 1 alone; its legend follows the runs (an exported SVG shows them too).
    svg
      .querySelector('[data-legend]')
      ?.replaceWith(
        drawLegend(document, runLegend(series), scales.width, Math.min(scales.x.range[0], scales.x.range[1])),
      );
    const longest = series.reduce((m, s) => Math.max(m, s.trace.length), 1);
    const width = Math.min(620, Math.max(320, (charts.step?.clientWidth || 560) | 0));
    charts.step?.replaceChildren(
      plotChart(
        stepSizeSpec({ runs: series, maxUpdate: longest }, { width }),
        'Effective step size of each run against the update number',
      ),
    );
    charts.loss?.replaceChildren(
      plotChart(lossCurveSpec(series, width), 'Mini-batch loss of each run against the update number'),
    );
    charts.lr?.replaceChildren(
      plotChart(
        learningRateSpec({ runs: series, updates: Math.min(LR_UPDATES, longest) }, { width }),
        'Learning rate of each run against the update number',
      ),
    );
    const t = traces[selected];
    const d = datas[selected];
    if (t && d && charts.orbit) {
      const config = runs[selected];
      drawOrbit(charts.orbit, { data: d, trace: t, config, optimizerLabel: runLabel(config), width });
    }
  };

  const train = async (t0: number) => {
    const result = await request('playground', { kind: 'train', configs: runs }, (done) =>
      setStatus(`Training… ${Math.round(done * 100)}%`),
    );
    if (!result || result.kind !== 'train') return;
    traces = result.runs.map((r) => (r.ok ? r.trace : null));
    datas = result.runs.map((r) => (r.ok ? r.data : null));
    renderCharts();
    renderList();
    const msgs = traces
      .map((t, i) => (t?.diverged ? `Run ${i + 1}: ${t.diverged.reason} at update ${t.diverged.update}.` : null))
      .filter(Boolean);
    setStatus(
      msgs.length ? msgs.join(' ') : `${runs.length} run${runs.length > 1 ? 's' : ''} trained.`,
      msgs.length ? 'warn' : 'ok',
    );
    performance.measure('island:render', { start: t0, end: performance.now(), detail: root.id });
  };

  const edit = (path: string, value: unknown, t0: number) => {
    const r = resolveConfig(setPath(runs[selected], path, value), base);
    if (!r.ok) {
      const unmatched = controls.showErrors(r.errors);
      if (unmatched.length) setStatus(`${unmatched[0].path} ${unmatched[0].message}`, 'warn');
      return;
    }
    const prev = runs[selected];
    runs = runs.map((c, i) => (i === selected ? r.value : c));
    if (r.value.optimizer.type !== prev.optimizer.type || r.value.scheduler?.type !== prev.scheduler?.type)
      controls.setValues(r.value);
    else controls.clearErrors();
    save();
    renderList();
    void train(t0);
  };

  const controls = bindControls(form, {
    onEdit: edit,
    onReset() {
      runs = [base];
      selected = 0;
      controls.setValues(base);
      root.querySelector(':scope > .lr-notice')?.remove();
      save();
      void train(performance.now());
    },
    onShare: () => void copyLink(status),
  });

  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const runBtn = target.closest<HTMLElement>('[data-run]');
    if (runBtn) {
      selected = Number(runBtn.dataset.run);
      controls.setValues(runs[selected]);
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
    );
  }

  controls.setValues(runs[selected]);
  form.hidden = false;
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => el.removeAttribute('hidden'));
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  renderList();
  await train(performance.now());
}
