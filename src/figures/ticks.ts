/** Ticks of the log axes: whole decades, written the way learning rates are usually written. */

/**
 * Powers of ten inside the range of the finite positive values. A plain loop, never
 * `Math.min(...values)`: the values can be one per update (hundreds of thousands), more
 * arguments than a call stack holds.
 */
export function decades(values: ArrayLike<number>): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(Number.isFinite(v) && v > 0)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return [];
  const lo = Math.ceil(Math.log10(min));
  const hi = Math.floor(Math.log10(max));
  return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => Number(`1e${lo + k}`));
}

/** 0.001, 0.01, 0.1, 1, 10 … and 1e−4 below a thousandth (not the SI prefixes "1m" or "100µ"). */
export function decadeLabel(v: number): string {
  return v >= 0.001 ? String(v) : v.toExponential(0).replace('e-', 'e−');
}
