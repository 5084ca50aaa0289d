/**
 * Plot numbers its clip paths `plot-clip-1`, `plot-clip-2`, … from a counter that starts
 * at zero in every JavaScript realm. The build's figures already use those ids in the
 * page, so a chart drawn in the browser would point its `clip-path` at another figure's
 * clip. Charts drawn in the browser get ids of their own.
 */

let renamed = 0;

/** Gives every `<clipPath>` under `el` a fresh id with `prefix` and repoints its users. */
export function uniqueClipIds(el: Element, prefix = 'lr-live-clip'): void {
  for (const clip of Array.from(el.querySelectorAll('clipPath[id]'))) {
    const old = clip.getAttribute('id')!;
    const id = `${prefix}-${++renamed}`;
    clip.setAttribute('id', id);
    for (const user of Array.from(el.querySelectorAll(`[clip-path="url(#${old})"]`))) {
      user.setAttribute('clip-path', `url(#${id})`);
    }
  }
}
