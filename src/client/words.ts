/**
 * Words beside a chart that follow its cursor: an <output> with one line per run, spoken
 * only when the reader pins an update (never while it follows the pointer or a player).
 */

/** Makes `el` a polite live region, or a silent one; the attribute is touched only when it changes. */
export function setLive(el: HTMLElement, polite: boolean): void {
  const live = polite ? 'polite' : 'off';
  if (el.getAttribute('aria-live') !== live) el.setAttribute('aria-live', live);
}

/** Shows `lines` in `out`, one <span> each, rewriting only the lines that changed. */
export function writeLines(out: HTMLElement, lines: readonly string[]): void {
  while (out.children.length > lines.length) out.lastElementChild?.remove();
  lines.forEach((text, i) => {
    const line = out.children[i] ?? out.appendChild(document.createElement('span'));
    if (line.textContent !== text) line.textContent = text;
  });
}
