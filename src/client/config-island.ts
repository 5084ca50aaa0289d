/**
 * What every settings-driven island shares: the tutorial's config from data-base, the
 * reader's changes from the URL (validated, with a notice when refused), controls whose
 * valid edits are re-validated by the core, reset and share. The island supplies `run`;
 * an island whose settings are more than one config (the playground's list of runs)
 * supplies its own `store` and keeps everything else.
 */
import { resolveConfig } from '../core';
import type { PartialConfig, TrainConfig } from '../core/types';
import { bindControls, type Controls } from './controls';
import { setPath } from './fields';
import { configFromUrl, copyLink, saveToUrl, showNotice } from './island-state';
import { errorText } from './url-state';

/**
 * Where an island's settings live. The default: one config, in the URL under the
 * island's id. The playground's: a list of runs with a selected one (`?runs=…&run=2`).
 */
export interface ConfigStore {
  /** The config the form edits. */
  current(): TrainConfig;
  /** Replaces the edited config with a validated one. */
  set(config: TrainConfig): void;
  /** Back to the tutorial's settings. */
  reset(): void;
  /** Writes the settings to the URL. */
  save(): void;
}

export interface ConfigIslandOptions {
  /** The tutorial's settings, already read (default: the root's data-base). */
  base?: PartialConfig;
  /** The island's own settings store, made once the base is known (default: one config in the URL). */
  store?: (base: TrainConfig) => ConfigStore;
}

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

/** One config in the URL under the island's id; a shared link's settings are marked until reset. */
function urlStore(root: HTMLElement, base: TrainConfig): ConfigStore {
  const id = root.id;
  const label = root.dataset.label ?? id;
  const fromUrl = configFromUrl(id, base, `“${label}”`);
  if (fromUrl.notice) showNotice(root, fromUrl.notice);
  else if (fromUrl.config) {
    root.dataset.shared = 'true';
    showNotice(root, `Showing the settings of a shared link. Reset returns to the tutorial’s settings.`);
  }
  let current = fromUrl.config ?? base;
  return {
    current: () => current,
    set: (c) => void (current = c),
    reset() {
      current = base;
      delete root.dataset.shared;
    },
    save: () => saveToUrl(id, base, current),
  };
}

export function configIsland(
  root: HTMLElement,
  run: (config: TrainConfig, t0: number) => void | Promise<void>,
  options: ConfigIslandOptions = {},
): ConfigIsland {
  const form = root.querySelector<HTMLFormElement>('form[data-controls]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!form) throw new Error('island has no controls');
  const r0 = resolveConfig(options.base ?? (JSON.parse(root.dataset.base ?? '{}') as PartialConfig));
  if (!r0.ok) throw new Error('invalid preset');
  const base = r0.value;
  const store = options.store ? options.store(base) : urlStore(root, base);

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
    const current = store.current();
    const next = applyEdit(current, base, path, value, controls, setStatus);
    // An edit that changes nothing (a field left after Enter fires "change" again) runs nothing:
    // its extra render used to land after the next edit's URL was saved, stale.
    if (!next || JSON.stringify(next) === JSON.stringify(current)) return;
    store.set(next);
    store.save();
    start(next, t0);
  };

  const controls: Controls = bindControls(form, {
    onEdit: edit,
    onReset() {
      store.reset();
      controls.setValues(store.current());
      store.save();
      root.querySelector(':scope > .lr-notice')?.remove();
      start(store.current(), performance.now());
    },
    onShare: () => void copyLink(status),
  });
  controls.setValues(store.current());
  form.hidden = false;
  return { base, current: () => store.current(), controls, setStatus, edit };
}
