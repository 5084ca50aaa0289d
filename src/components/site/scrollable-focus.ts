/**
 * Display equations and tables scroll sideways when they are wider than a phone's column.
 * A region that scrolls must be reachable by keyboard, so the ones that actually overflow
 * get tabindex="0" (and lose it again when a wider window makes the scrolling go away).
 */
export function focusableWhenScrolling(doc: Document, selector = '.prose .katex-display, .prose table'): void {
  const regions = Array.from(doc.querySelectorAll<HTMLElement>(selector));
  if (regions.length === 0) return;
  const update = () => {
    for (const el of regions) {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    }
  };
  let queued = false;
  window.addEventListener(
    'resize',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
  // KaTeX's fonts change the equations' widths once they arrive.
  void doc.fonts?.ready.then(update);
}
