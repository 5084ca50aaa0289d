/**
 * An island's settings in the page URL: only what differs from the tutorial's settings,
 * under the island's id. Reading validates with the core; anything refused becomes a
 * visible notice (textContent only) and the tutorial's settings stay.
 */
import { resolveConfig } from '../core';
import type { TrainConfig } from '../core/types';
import { decodeState, encodeState, mergeConfig, readParam, writeParam } from './url-state';
import { configDiff } from './config-diff';

/** The config the URL asks for, or null (with `notice` set when something was refused). */
export function configFromUrl(
  key: string,
  base: TrainConfig,
  label: string,
): { config: TrainConfig | null; notice: string | null } {
  const raw = readParam(location.search, key);
  if (raw === null) return { config: null, notice: null };
  const decoded = decodeState(raw, label);
  if (!decoded.ok) return { config: null, notice: decoded.notice };
  const r = resolveConfig(mergeConfig(base, decoded.value), base);
  if (!r.ok) {
    const first = r.errors[0];
    return { config: null, notice: `Ignored the shared settings for ${label}: ${first.path} ${first.message}.` };
  }
  return { config: r.value, notice: null };
}

/** Writes `config` (as a diff from `base`) under `key`, or removes the key when equal. */
export function saveToUrl(key: string, base: TrainConfig, config: TrainConfig): void {
  const diff = configDiff(base, config);
  const search = writeParam(location.search, key, diff === undefined ? null : encodeState(diff));
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** A visible notice at the top of an island (plain text, never markup). */
export function showNotice(root: HTMLElement, text: string): void {
  let note = root.querySelector<HTMLElement>(':scope > .lr-notice');
  if (!note) {
    note = document.createElement('p');
    note.className = 'lr-notice';
    note.setAttribute('role', 'status');
    root.prepend(note);
  }
  note.textContent = text;
}

/** Copies the page URL (with this island's state) to the clipboard, reporting in `status`. */
export async function copyLink(status: HTMLElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    if (status) status.textContent = 'Link copied: it opens this figure with these settings.';
  } catch {
    if (status) status.textContent = `Copy this link: ${location.href}`;
  }
}
