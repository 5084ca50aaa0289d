/**
 * Binds a server-rendered controls form to an island: parses what the reader types
 * (messages next to the control, naming the allowed range), mirrors the log slider and
 * its exact number field, switches the optimizer/scheduler option groups, and reports
 * valid edits. It never touches innerHTML: messages go through textContent.
 */
import type { ConfigError, TrainConfig } from '../core/types';
import { MAX_LR, OPTIMIZER_TYPES, optimizerDefaults, schedulerEntry } from '../core';
import { getPath, logToSlider, parseList, parseNumber, setPath, sliderToLog, type FieldSpec } from './fields';
import { findField, LR_FIELD } from './field-catalog';
import { defaultSchedulerSpec, schedulerFields } from './scheduler-fields';

export interface ControlsHandlers {
  /** A parsed value for `path`; `t0` is when the reader acted (for render timing). */
  onEdit(path: string, value: unknown, t0: number): void;
  onReset(): void;
  onShare?(): void;
}

export interface Controls {
  /** Writes every control from `config` (after reset, URL state, or a type switch). */
  setValues(config: TrainConfig): void;
  /** Shows core validation errors next to their controls; returns the ones with no control. */
  showErrors(errors: ConfigError[]): ConfigError[];
  clearErrors(): void;
}

const textKinds = new Set(['log', 'number', 'integer', 'list']);

export function bindControls(form: HTMLFormElement, handlers: ControlsHandlers): Controls {
  let schedulerType =
    (form.querySelector<HTMLSelectElement>('select[data-path="scheduler.type"]')?.value ?? '') || null;

  const fieldFor = (path: string): FieldSpec | undefined =>
    path.startsWith('scheduler.') && path !== 'scheduler.type'
      ? schedulerFields(schedulerType ?? '').find((f) => f.path === path)
      : findField(path);

  // Inputs of hidden groups keep their own path; only the visible group's controls count.
  const visible = (el: Element) => !el.closest('[hidden]') || el.closest('form') === el.closest('[hidden]');
  const inputsFor = (path: string) =>
    Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-path="${CSS.escape(path)}"]`)).filter(
      visible,
    );
  const msgFor = (path: string) =>
    Array.from(form.querySelectorAll<HTMLElement>(`[data-msg-for="${CSS.escape(path)}"]`)).find(visible) ?? null;

  const setMessage = (path: string, message: string) => {
    const m = msgFor(path);
    if (!m) return false;
    m.textContent = message;
    m.closest('.lr-field')?.toggleAttribute('data-invalid', message !== '');
    for (const input of inputsFor(path)) input.setAttribute('aria-invalid', message ? 'true' : 'false');
    return true;
  };

  const showGroups = (config: TrainConfig) => {
    for (const g of form.querySelectorAll<HTMLElement>('[data-when-optimizer]'))
      g.hidden = g.dataset.whenOptimizer !== config.optimizer.type;
    schedulerType = config.scheduler?.type ?? null;
    for (const g of form.querySelectorAll<HTMLElement>('[data-when-scheduler]'))
      g.hidden = g.dataset.whenScheduler !== schedulerType;
  };

  const write = (el: HTMLInputElement | HTMLSelectElement, v: unknown) => {
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = v === true;
    else el.value = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
  };

  // A schedule that holds others (SequentialLR, ChainedScheduler) arrives only by link and has
  // no form of its own: the select names it (not a blank choice) without offering it again.
  const writeSchedulerType = (el: HTMLSelectElement, type: string) => {
    if (type !== '' && !Array.from(el.options).some((o) => o.value === type && !('linked' in o.dataset))) {
      el.querySelector('option[data-linked]')?.remove();
      const option = document.createElement('option');
      option.value = type;
      option.textContent = `${type} (from the link)`;
      option.disabled = true;
      option.dataset.linked = '';
      el.append(option);
    }
    el.value = type;
  };

  const setValues = (config: TrainConfig) => {
    showGroups(config);
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-path]')) {
      if (!visible(el)) continue;
      const path = el.dataset.path!;
      if (path === 'scheduler.type' && el instanceof HTMLSelectElement)
        writeSchedulerType(el, config.scheduler?.type ?? '');
      else write(el, getPath(config, path));
    }
    const slider = form.querySelector<HTMLInputElement>(`[data-slider-for="${LR_FIELD.path}"]`);
    if (slider) {
      slider.value = String(logToSlider(LR_FIELD, config.optimizer.lr));
      slider.setAttribute('aria-valuetext', String(config.optimizer.lr));
    }
    clearErrors();
  };

  const clearErrors = () => {
    for (const m of form.querySelectorAll<HTMLElement>('[data-msg-for]')) m.textContent = '';
    for (const f of form.querySelectorAll('.lr-field[data-invalid]')) f.removeAttribute('data-invalid');
    for (const i of form.querySelectorAll('[aria-invalid="true"]')) i.setAttribute('aria-invalid', 'false');
  };

  const showErrors = (errors: ConfigError[]) => {
    const unmatched: ConfigError[] = [];
    for (const e of errors) {
      // "scheduler.milestones[2]" belongs to the milestones control.
      const path = e.path.replace(/\[\d+\]$/, '');
      const field = fieldFor(path);
      const label = field?.label ?? path;
      if (!setMessage(path, `${label} ${e.message}`)) unmatched.push(e);
    }
    return unmatched;
  };

  const parse = (
    el: HTMLInputElement | HTMLSelectElement,
  ): { ok: true; value: unknown } | { ok: false; message: string } | null => {
    const path = el.dataset.path!;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') return { ok: true, value: el.checked };
    if (el instanceof HTMLSelectElement) return { ok: true, value: el.value };
    const field = fieldFor(path);
    if (!field || !textKinds.has(field.kind)) return null;
    if (field.nullable && el.value.trim() === '') return { ok: true, value: null };
    return field.kind === 'list' ? parseList(field, el.value) : parseNumber(field, el.value);
  };

  const commit = (el: HTMLInputElement | HTMLSelectElement, t0: number) => {
    const path = el.dataset.path!;
    if (path === 'optimizer.type') {
      handlers.onEdit('optimizer', optimizerFor(el.value), t0);
      return;
    }
    if (path === 'scheduler.type') {
      handlers.onEdit('scheduler', el.value ? schedulerStart(el.value) : null, t0);
      return;
    }
    const r = parse(el);
    if (!r) return;
    if (!r.ok) {
      setMessage(path, r.message);
      return;
    }
    setMessage(path, '');
    if (path === LR_FIELD.path) {
      const slider = form.querySelector<HTMLInputElement>(`[data-slider-for="${LR_FIELD.path}"]`);
      if (slider) {
        slider.value = String(logToSlider(LR_FIELD, r.value as number));
        slider.setAttribute('aria-valuetext', String(r.value));
      }
    }
    handlers.onEdit(path, r.value, t0);
  };

  /**
   * Switching optimizer keeps the learning rate the reader chose and, for a type the
   * reader had before, the values they gave it (its hidden group still holds them):
   * SGD -> Adam -> SGD comes back with the same momentum.
   */
  const optimizerFor = (type: string): Record<string, unknown> => {
    const t = OPTIMIZER_TYPES.find((k) => k === type) ?? 'sgd';
    let next: Record<string, unknown> = { ...optimizerDefaults(t) };
    for (const input of form.querySelectorAll<HTMLInputElement>(`[data-when-optimizer="${t}"] input[data-path]`)) {
      if (input.type !== 'checkbox' && input.value.trim() === '') continue;
      const r = parse(input);
      if (r?.ok) next = setPath({ optimizer: next }, input.dataset.path!, r.value).optimizer;
    }
    const lr = Number(form.querySelector<HTMLInputElement>(`input[type="text"][data-path="${LR_FIELD.path}"]`)?.value);
    return { ...next, ...(lr > 0 && lr <= MAX_LR ? { lr } : {}) };
  };

  // "More settings" stays as the reader left it (per island, across visits).
  const more = form.querySelector<HTMLDetailsElement>('details[data-more]');
  const moreKey = `lr-more:${form.closest('[id]')?.id ?? ''}`;
  if (more) {
    try {
      if (localStorage.getItem(moreKey) === 'open') more.open = true;
    } catch {
      // Storage blocked: the disclosure simply starts closed.
    }
    more.addEventListener('toggle', () => {
      try {
        localStorage.setItem(moreKey, more.open ? 'open' : 'closed');
      } catch {
        // Not remembered; it still works for this page view.
      }
    });
  }

  // A schedule preview (the explorer) starts each type from the registry's preview spec,
  // which shows the schedule's shape (a whole cycle, T_max inside the window); a training
  // demo starts from PyTorch's defaults.
  const schedulerStart = (type: string): Record<string, unknown> | null => {
    const entry = form.dataset.schedulerStart === 'preview' ? schedulerEntry(type) : undefined;
    return entry ? { ...structuredClone(entry.preview), type } : defaultSchedulerSpec(type);
  };

  const timers = new Map<Element, number>();
  form.addEventListener('input', (e) => {
    const t0 = performance.now();
    const el = e.target as HTMLInputElement;
    if (el.dataset.sliderFor) {
      const value = sliderToLog(LR_FIELD, Number(el.value));
      el.setAttribute('aria-valuetext', String(value));
      const number = inputsFor(el.dataset.sliderFor).find((i) => i instanceof HTMLInputElement && i.type === 'text');
      if (number) number.value = String(value);
      setMessage(el.dataset.sliderFor, '');
      handlers.onEdit(el.dataset.sliderFor, value, t0);
      return;
    }
    if (!el.dataset.path || el.type !== 'text') return;
    // Typing "0.005" passes through "0" and "0.": wait for a pause before judging.
    clearTimeout(timers.get(el));
    timers.set(
      el,
      window.setTimeout(() => commit(el, performance.now()), 400),
    );
  });
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (!el.dataset.path) return;
    clearTimeout(timers.get(el));
    commit(el, performance.now());
  });
  form.addEventListener('keydown', (e) => {
    const el = e.target as HTMLInputElement;
    if (e.key === 'Enter' && el.dataset.path && el.type === 'text') {
      e.preventDefault();
      clearTimeout(timers.get(el));
      commit(el, performance.now());
    }
  });
  form.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'reset') handlers.onReset();
    if (action === 'share') handlers.onShare?.();
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  return { setValues, showErrors, clearErrors };
}
