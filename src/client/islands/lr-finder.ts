/**
 * LR range test island (#lr-range-test): re-runs the test with another seed (a hundred
 * mini-batch updates: instant, so on the main thread) and redraws the curve and its
 * suggestions; one click trains a OneCycleLR run at a suggestion, in the worker, and
 * draws its path on the loss landscape below.
 */
import { lrRangeTest, type FinderResult } from '../../core/practice/finder';
import type { PartialConfig, Trace, TrainConfig } from '../../core/types';
import {
  rangeTestSpec,
  suggestionColour,
  SUGGESTION_RULES,
  type RangeTestView,
  type SuggestionRule,
} from '../../figures/practice/range-test';
import { plotChart } from '../../figures/render/browser';
import { fmtLr } from '../../figures/format';
import { resolveConfig } from '../../core';
import { runStyle, type RunMeta } from '../../figures/palette';
import { createLiveLayer, type LiveLayer } from '../live-layer';
import { parseScales } from '../scales';
import { request } from '../worker-client';
import { bindExports } from '../export';
import { decodeState, encodeState, isPlainObject, readParam, writeParam } from '../url-state';

/** The 1cycle run on the landscape is the reader's: the "you" style, at build and live. */
export const CYCLE_META: RunMeta = { optimizer: 'sgd', role: 'you' };

/** The finder's seed range (the core's: an unsigned 32-bit integer). */
export const MAX_SEED = 4294967295;

/** Epochs of the 1cycle run a suggestion is taken into. */
export const ONE_CYCLE_EPOCHS = 20;

/** The figure's view of a range test. */
export function rangeTestView(r: FinderResult): RangeTestView {
  return {
    lrs: r.lr,
    losses: r.loss,
    smoothed: r.smoothed,
    stoppedEarly: r.stop !== 'end',
    suggestions: SUGGESTION_RULES.map((rule) => ({ rule, lr: r.suggestions[rule]?.lr ?? null })),
  };
}

/**
 * The run a suggestion is taken into: the finder's own setup (same seed, optimizer and
 * batches) for ONE_CYCLE_EPOCHS epochs under PyTorch's OneCycleLR with max_lr = the
 * suggestion and its defaults otherwise. Momentum cycling is off: the range test measured
 * plain SGD, and cycling would switch momentum on (as PyTorch's OneCycleLR does for SGD).
 */
export function oneCycleRun(lr: number, seed: number): PartialConfig {
  return {
    seed,
    epochs: ONE_CYCLE_EPOCHS,
    optimizer: { type: 'sgd', lr },
    scheduler: { type: 'OneCycleLR', maxLr: lr, cycleMomentum: false },
  };
}

/** A seed from the URL's `lr-finder` key ({ seed }), or null with a notice when it is refused. */
export function seedFromUrl(search: string): { seed: number | null; notice: string | null } {
  const raw = readParam(search, 'lr-finder');
  if (raw === null) return { seed: null, notice: null };
  const d = decodeState(raw, 'the range test');
  if (!d.ok) return { seed: null, notice: d.notice };
  const seed = isPlainObject(d.value) ? d.value.seed : undefined;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    return {
      seed: null,
      notice: `Ignored the shared seed of the range test: it must be an integer in [0, ${MAX_SEED}].`,
    };
  return { seed, notice: null };
}

export async function hydrate(root: HTMLElement): Promise<void> {
  const host = root.querySelector<HTMLElement>('[data-plot]');
  const seedInput = root.querySelector<HTMLInputElement>('[data-seed]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const cycleStatus = root.querySelector<HTMLElement>('[data-cycle-status]');
  const contour = root.querySelector<HTMLElement>('[data-contour]');
  if (!host || !seedInput || !contour) throw new Error('range-test markup incomplete');
  const baseSeed = Number(root.dataset.seed);
  const setStatus = (el: HTMLElement | null, text: string, tone: 'ok' | 'warn' = 'ok') => {
    if (!el) return;
    el.textContent = text;
    el.dataset.tone = tone;
  };

  // One live layer per drawn width of the contour (the page shows one, by screen size).
  const layers: LiveLayer[] = [];
  contour.querySelectorAll<SVGSVGElement>('svg[data-scales]').forEach((svg, k) => {
    const scales = parseScales(svg.dataset.scales);
    if (!scales) return;
    const layer = createLiveLayer(svg, scales, 1, `${root.id}-l${k}`, { styles: [runStyle(CYCLE_META)] });
    layer.setStart(Number(root.dataset.startWa), Number(root.dataset.startWb));
    layers.push(layer);
  });
  const fromUrl = seedFromUrl(location.search);
  if (fromUrl.notice) setStatus(status, fromUrl.notice, 'warn');
  let seed = fromUrl.seed ?? baseSeed;
  let result: FinderResult | null = null;
  let cycle: { trace: Trace; config: TrainConfig } | null = null;
  // The rule whose suggestion the landscape shows; a new seed retrains it.
  let chosen: SuggestionRule = 'valley';

  const cells = (rule: SuggestionRule) => root.querySelector<HTMLElement>(`[data-suggestion="${rule}"]`);

  const render = () => {
    const r = lrRangeTest({ run: { seed, optimizer: { type: 'sgd' } } });
    if (!r.ok) {
      setStatus(status, `${r.errors[0].path} ${r.errors[0].message}`, 'warn');
      return;
    }
    result = r.value;
    const width = Math.round(host.clientWidth) || 640;
    const view = rangeTestView(result);
    host.replaceChildren(
      plotChart(
        rangeTestSpec(view, { width: Math.max(320, Math.min(720, width)) }),
        `Smoothed loss against the learning rate for seed ${seed}, with the three suggestions marked`,
      ),
    );
    for (const rule of SUGGESTION_RULES) {
      const s = result.suggestions[rule];
      const cell = cells(rule);
      if (cell) cell.textContent = s ? fmtLr(Number(s.lr.toPrecision(3))) : 'none';
      root.querySelector(`[data-swatch="${rule}"]`)?.setAttribute('fill', s ? suggestionColour(s.lr) : 'currentColor');
      const button = root.querySelector<HTMLButtonElement>(`button[data-train="${rule}"]`);
      if (button) button.disabled = !s;
    }
    const stop =
      result.stop === 'blowup'
        ? `stopped after ${result.length} updates, when the smoothed loss passed 4× its best`
        : result.stop === 'diverged'
          ? `stopped after ${result.length} updates: the run diverged`
          : `ran all ${result.length} updates`;
    setStatus(
      status,
      `Seed ${seed}: ${stop}; lowest smoothed loss ${result.best.loss.toPrecision(3)} at lr ${result.best.lr.toPrecision(3)}.`,
    );
  };

  const saveSeed = () => {
    const search = writeParam(location.search, 'lr-finder', seed === baseSeed ? null : encodeState({ seed }));
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  const setSeed = (next: number) => {
    if (!Number.isInteger(next) || next < 0 || next > MAX_SEED) {
      seedInput.setAttribute('aria-invalid', 'true');
      setStatus(status, `The seed must be a whole number from 0 to ${MAX_SEED}; the curve shows seed ${seed}.`, 'warn');
      return;
    }
    seedInput.removeAttribute('aria-invalid');
    seed = next;
    seedInput.value = String(seed);
    saveSeed();
    render();
    void trainCycle(chosen);
  };

  const trainCycle = async (rule: SuggestionRule) => {
    chosen = rule;
    const s = result?.suggestions[rule];
    if (!s) {
      setStatus(
        cycleStatus,
        `The ${rule} rule found no rate for seed ${seed}; the landscape keeps the last run.`,
        'warn',
      );
      return;
    }
    const partial = oneCycleRun(Number(s.lr.toPrecision(3)), seed);
    const resolved = resolveConfig(partial);
    if (!resolved.ok) {
      setStatus(cycleStatus, `${resolved.errors[0].path} ${resolved.errors[0].message}`, 'warn');
      return;
    }
    setStatus(cycleStatus, `Training 1cycle at max_lr ${partial.optimizer?.lr}…`);
    let res;
    try {
      res = await request(root.id, { kind: 'train', configs: [resolved.value] });
    } catch (err) {
      // The training worker could not run: say so, the landscape keeps the last run.
      setStatus(cycleStatus, err instanceof Error ? err.message : String(err), 'warn');
      return;
    }
    if (!res || res.kind !== 'train') return;
    const run = res.runs[0];
    if (!run.ok) {
      setStatus(cycleStatus, `${run.errors[0].path} ${run.errors[0].message}`, 'warn');
      return;
    }
    cycle = { trace: run.trace, config: run.config };
    layers.forEach((l) => l.setRun(0, run.trace));
    const t = run.trace;
    const label = root.querySelector(`[data-rule-label="${rule}"]`)?.textContent ?? rule;
    setStatus(
      cycleStatus,
      t.diverged
        ? `1cycle at the ${label} suggestion (max_lr ${partial.optimizer?.lr}) diverged: ${t.diverged.reason} at update ${t.diverged.update}.`
        : `1cycle at the ${label} suggestion (max_lr ${partial.optimizer?.lr}, seed ${seed}): final Wa = ${t.final.wa.toFixed(4)}, Wb = ${t.final.wb.toFixed(4)} after ${t.length} updates.`,
      t.diverged ? 'warn' : 'ok',
    );
  };

  root.querySelector('[data-reseed]')?.addEventListener('click', () => setSeed(seed + 1));
  seedInput.addEventListener('change', () => setSeed(Number(seedInput.value)));
  root
    .querySelectorAll<HTMLButtonElement>('button[data-train]')
    .forEach((b) => b.addEventListener('click', () => void trainCycle(b.dataset.train as SuggestionRule)));
  bindExports(root, {
    name: root.id,
    svg: () => host.querySelector('svg'),
    traces: () => (cycle ? [{ trace: cycle.trace, config: cycle.config, label: '1cycle run' }] : []),
  });
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => el.removeAttribute('hidden'));
  root.querySelector<HTMLElement>('[data-exports]')?.removeAttribute('hidden');
  seedInput.value = String(seed);
  render();
  await trainCycle(chosen);
}
