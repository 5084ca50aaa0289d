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

export interface ConfigIsland {
  base: TrainConfig;
  current(): TrainConfig;
  controls: Controls;
  setStatus(text: string, tone?: 'ok' | 'warn'): void;
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
  let current = fromUrl.config ?? base;

  const setStatus = (text: string, tone: 'ok' | 'warn' = 'ok') => {
    if (!status) return;
    status.textContent = text;
    status.dataset.tone = tone;
  };

  const controls: Controls = bindControls(form, {
    onEdit(path, value, t0) {
      const r = resolveConfig(setPath(current, path, value), base);
      if (!r.ok) {
        const unmatched = controls.showErrors(r.errors);
        if (unmatched.length) setStatus(`${unmatched[0].path} ${unmatched[0].message}`, 'warn');
        return;
      }
      const typeChanged =
        r.value.optimizer.type !== current.optimizer.type || r.value.scheduler?.type !== current.scheduler?.type;
      current = r.value;
      if (typeChanged) controls.setValues(current);
      else controls.clearErrors();
      saveToUrl(id, base, current);
      void run(current, t0);
    },
    onReset() {
      current = base;
      controls.setValues(current);
      saveToUrl(id, base, current);
      root.querySelector(':scope > .lr-notice')?.remove();
      void run(current, performance.now());
    },
    onShare: () => void copyLink(status),
  });
  controls.setValues(current);
  form.hidden = false;
  return { base, current: () => current, controls, setStatus };
}
