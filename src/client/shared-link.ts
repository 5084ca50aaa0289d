/**
 * A shared link lands on its island: when the URL carries an island's settings
 * (`?tuning-demo.lr=0.004` or `?tuning-demo=…`) and names no #section, that island is
 * scrolled into view and hydrated first, and kept in view while the page settles (until
 * the reader scrolls, types or touches). Deliberately tiny and free of the core: it runs
 * in the boot script before any island code loads.
 */

/** The first of `islands` whose id has settings in `search` (none when `hash` names a place). */
export function sharedIsland(islands: HTMLElement[], search: string, hash: string): HTMLElement | null {
  if (hash.length > 1 || search.length < 2) return null;
  const names = Array.from(new URLSearchParams(search).keys());
  return islands.find((el) => el.id && names.some((n) => n === el.id || n.startsWith(`${el.id}.`))) ?? null;
}

/** How long the page may still move (islands above hydrating) while the shared island is held in view. */
const SETTLE_MS = 6000;

/** Scrolls `el` into view now and again whenever the page's height changes, until the reader acts. */
export function revealShared(el: HTMLElement): void {
  // Instant, not the page's smooth scrolling: a glide through a 30,000 px page takes seconds,
  // wakes every island on the way, and a reader (or a check) sees the demo still arriving.
  const place = () => el.scrollIntoView({ block: 'start', behavior: 'instant' });
  place();
  if (typeof ResizeObserver === 'undefined') return;
  const ro = new ResizeObserver(place);
  const stop = () => {
    ro.disconnect();
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) removeEventListener(type, stop, true);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const)
    addEventListener(type, stop, { capture: true, passive: true });
  ro.observe(document.documentElement);
  ro.observe(el);
  setTimeout(stop, SETTLE_MS);
}
