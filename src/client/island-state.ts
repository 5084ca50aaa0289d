/**
 * An island's settings in the page URL: only what differs from the tutorial's settings,
 * under the island's id, readable (`?tuning-demo.lr=0.004`) where the values fit and
 * base64 otherwise (old links of either form keep working). Reading validates with the
 * core; anything refused becomes a visible notice (textContent only) and the tutorial's
 * settings stay. Writes are coalesced (url-writer.ts).
 */
import { resolveConfig } from '../core';
import type { TrainConfig } from '../core/types';
import { configDiff } from './config-diff';
import { fromReadable, toReadable } from './url-readable';
import { decodeState, encodeState, errorText, isPlainObject, mergeConfig, readParam } from './url-state';
import { shareUrl, flushUrl, writeParams } from './url-writer';

/** The URL's patch for island `key`: base64 first, readable parameters over it. */
function patchFromUrl(search: string, key: string, label: string): { patch: unknown; notice: string | null } {
  const raw = readParam(search, key);
  let patch: unknown = undefined;
  if (raw !== null) {
    const decoded = decodeState(raw, label);
    if (!decoded.ok) return { patch: undefined, notice: decoded.notice };
    patch = decoded.value;
  }
  const readable = fromReadable(search, key, label);
  if (readable && !readable.ok) return { patch: undefined, notice: readable.notice };
  if (readable) patch = mergeConfig(patch === undefined ? {} : patch, readable.value);
  return { patch, notice: null };
}

/** The config the URL asks for, or null (with `notice` set when something was refused). */
export function configFromUrl(
  key: string,
  base: TrainConfig,
  label: string,
  search = location.search,
): { config: TrainConfig | null; notice: string | null } {
  const { patch, notice } = patchFromUrl(search, key, label);
  if (notice) return { config: null, notice };
  if (patch === undefined) return { config: null, notice: null };
  if (!isPlainObject(patch))
    return { config: null, notice: `Ignored the shared settings for ${label}: they are not a set of named settings.` };
  const r = resolveConfig(mergeConfig(base, patch), base);
  if (!r.ok) return { config: null, notice: `Ignored the shared settings for ${label}: ${errorText(r.errors[0])}.` };
  return { config: r.value, notice: null };
}

/** True when the page URL carries settings for island `key` (either form). */
export function hasUrlState(key: string, search = location.search): boolean {
  return Array.from(new URLSearchParams(search).keys()).some((n) => n === key || n.startsWith(`${key}.`));
}

/** The URL parameters of `config` (as a diff from `base`) under `key`; null when equal. */
export function configParams(key: string, base: TrainConfig, config: TrainConfig): [string, string][] | null {
  const diff = configDiff(base, config);
  if (diff === undefined) return null;
  return toReadable(key, diff) ?? [[key, encodeState(diff)]];
}

/** Queues `config` (as a diff from `base`) under `key`, or its removal when equal. */
export function saveToUrl(key: string, base: TrainConfig, config: TrainConfig): void {
  writeParams(key, configParams(key, base, config));
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

/** Copies a link to the settings on screen to the clipboard, reporting in `status`. */
export async function copyLink(status: HTMLElement | null): Promise<void> {
  const url = shareUrl();
  flushUrl();
  try {
    await navigator.clipboard.writeText(url);
    if (status) status.textContent = 'Link copied: it opens this figure with these settings.';
  } catch {
    if (status) status.textContent = `Copy this link: ${url}`;
  }
}
