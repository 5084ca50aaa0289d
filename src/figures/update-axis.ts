/**
 * The update axis the per-update charts share (the scheduler explorer, the demos' and the
 * players' timelines, the playground's replay charts): their left and right margins and
 * where update `u` lands, so one update cursor maps onto all of them. Plain numbers, no
 * Plot: a player that only moves a cursor line loads this without the chart library.
 */

/** Left and right margins of the chart: a linked cursor maps updates to x with them. */
export const EXPLORER_MARGINS = { left: 64, right: 16 } as const;

/** The x position (SVG units) of update `u` (1-based) on a chart of `n` updates and `width`. */
export function updateX(u: number, n: number, width: number): number {
  const span = Math.max(1, Math.max(2, n) - 1);
  return EXPLORER_MARGINS.left + ((u - 1) / span) * (width - EXPLORER_MARGINS.left - EXPLORER_MARGINS.right);
}
