/**
 * What every settings-driven island shares: the tutorial's config from data-base, the
 * reader's changes from the URL (validated, with a notice when refused), controls whose
 * valid edits are re-validated by the core, reset and share. The island supplies `run`.
 */
import { resolveConfig } from '../core';
import type { PartialConfig, TrainConfig } from '../core/types';
import { bindControls, type Controls } from './controls';
import { setPath } from './fields';
import { configFromUrl, copyLink, saveToUrl, showNotice } from './island-state';
import { errorText } from './url-state';

export interface ConfigIsland {
  base: TrainConfig;
  current(): TrainConfig;
  controls: Controls;
  setStatus(text: string, tone?: 'ok' | 'warn'): void;
  /** Applies an edit that did not come from the form (a dragged start point), like a control's. */
  edit(path: string, value: unknown, t0: number): void;
}

/**
 * Validates one control edit against the core. On a rejection the controls show the
 * messages (the first unplaced one goes to the status line) and null is returned, so the
 * last good figure stays; on success the controls are brought in line and the new
 * config is returned.
 */
export function applyEdit(
  current: TrainConfig,
  base: TrainConfig,
  path: string,
  value: unknown,
  controls: Controls,
  setStatus: (text: string, tone?: 'ok' | 'warn') => void,
): TrainConfig | null {
  const r = resolveConfig(setPath(current, path, value), base);
  if (!r.ok) {
    const unmatched = controls.showErrors(r.errors);
    if (unmatched.length) setStatus(errorText(unmatched[0]), 'warn');
    return null;
  }
  const typeChanged =
    r.value.optimizer.type !== current.optimizer.type || r.value.scheduler?.type !== current.scheduler?.type;
  if (typeChanged) controls.setValues(r.value);
  else controls.clearErrors();
  return r.value;
}

export function configIsland(
  root: HTMLElement,
  run: (config: TrainConfig, t0: number) => void | Promise<void>,
): ConfigIsland {
  const id = root.id;
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!form) throw new Error('island has no controls');
  const r0 = resolveConfig(JSON.parse(root.dataset.base ?? '{}') as PartialConfig);
  if (!r0.ok) throw new Error('invalid preset');
  const base = r0.value;
  const label = root.dataset.label ?? id;
  const fromUrl = configFromUrl(id, base, `“${label}”`);
  if (fromUrl.notice) showNotice(root, fromUrl.notice);
  else if (fromUrl.config) {
    // Settings from a shared link are marked as such until the reader resets them.
    root.dataset.shared = 'true';
    showNotice(root, `Showing the settings of a shared link. Reset returns to the tutorial’s settings.`);
  }
  let current = fromUrl.config ?? base;

  const setStatus = (text: string, tone: 'ok' | 'warn' = 'ok') => {
    if (!status) return;
    status.textContent = text;
    status.dataset.tone = tone;
  };
  // A run that fails (the training worker could not start) leaves the last figure and says why.
  const start = (config: TrainConfig, t0: number) => {
    Promise.resolve()
      .then(() => run(config, t0))
      .catch((err: unknown) => setStatus(err instanceof Error ? err.message : String(err), 'warn'));
  };

  // Every edit is validated by the core before it runs; the last good figure stays otherwise.
  const edit = (path: string, value: unknown, t0: number) => {
    const next = applyEdit(current, base, path, value, controls, setStatus);
    // An edit that changes nothing (a field left after Enter fires "change" again) runs nothing.
    if (!next || JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    saveToUrl(id, base, current);
    start(current, t0);
  };

  const controls: Controls = bindControls(form, {
    onEdit: edit,
    onReset() {
      current = base;
      controls.setValues(current);
      saveToUrl(id, base, current);
      root.querySelector(':scope > .lr-notice')?.remove();
      delete root.dataset.shared;
      start(current, performance.now());
    },
    onShare: () => void copyLink(status),
  });
  controls.setValues(current);
  form.hidden = false;
  return { base, current: () => current, controls, setStatus, edit };
}
