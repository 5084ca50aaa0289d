/**
 * Coalesced URL writes. Chromium throttles `history.replaceState` after about 200 calls
 * in 10 s and then silently drops them, so writing on every slider `input` left the URL
 * far from the settings on screen. Islands instead hand their parameters here: the
 * latest value per island is kept, and one `replaceState` writes all of them: at once
 * after a quiet spell, else at most every {@link WRITE_INTERVAL_MS}, and always after the
 * last change (and when the page is hidden). While a write waits, the root element has
 * `data-url-pending` (a hook for tests). "Copy link" reads {@link shareUrl}, built from
 * the settings on screen, never from a URL that a throttled write may have left behind.
 */

/** Gap between two URL writes: at most four a second. */
export const WRITE_INTERVAL_MS = 250;

/** Per island key: its parameters (name, value), or null to remove them all. */
const pending = new Map<string, [string, string][] | null>();
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;
let lastWrite = -Infinity;

/** `search` with every parameter of `key` (`key` itself and `key.*`) replaced by `entries`. */
export function withParams(search: string, key: string, entries: [string, string][] | null): string {
  const params = new URLSearchParams(search);
  for (const name of Array.from(params.keys())) if (name === key || name.startsWith(`${key}.`)) params.delete(name);
  for (const [name, value] of entries ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function applyPending(search: string): string {
  let out = search;
  for (const [key, entries] of pending) out = withParams(out, key, entries);
  return out;
}

/** The page's URL as the settings on screen ask for it (pending writes included). */
export function shareUrl(): string {
  return `${location.origin}${location.pathname}${applyPending(location.search)}${location.hash}`;
}

/** Writes everything pending now, in one `replaceState`. */
export function flushUrl(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  document.documentElement.removeAttribute('data-url-pending');
  if (pending.size === 0) return;
  const search = applyPending(location.search);
  pending.clear();
  if (search === location.search) return;
  lastWrite = performance.now();
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/** Queues island `key`'s parameters (null removes them); written within {@link WRITE_INTERVAL_MS}. */
export function writeParams(key: string, entries: [string, string][] | null): void {
  pending.set(key, entries);
  if (!listening) {
    listening = true;
    // A reload or a closed tab must not lose the last change.
    addEventListener('pagehide', flushUrl);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushUrl();
    });
  }
  if (timer !== null) return;
  // After a quiet spell the write follows at once (still after this task, so that the
  // keys an edit changes together go in one write).
  document.documentElement.setAttribute('data-url-pending', '');
  timer = setTimeout(flushUrl, Math.max(0, lastWrite + WRITE_INTERVAL_MS - performance.now()));
}
