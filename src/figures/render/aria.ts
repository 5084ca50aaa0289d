/**
 * Plot gives every mark's <g> (and the frame <rect>) an aria-label such as "line" or
 * "dot". ARIA forbids aria-label on an element with no role, and each figure is already
 * one role="img" with a full text alternative, so these labels only trip accessibility
 * checkers. Groups keep their label as a named role="group" (the live islands find their
 * layers by it); any other element loses it.
 */
export function settleMarkLabels(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (el.getAttribute('role')) continue;
    if (el.tagName.toLowerCase() === 'g') el.setAttribute('role', 'group');
    else el.removeAttribute('aria-label');
  }
}
