/** Ticks of the log axes: whole decades, written the way learning rates are usually written. */

/** Powers of ten inside the range of the finite positive values. */
export function decades(values: number[]): number[] {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (pos.length === 0) return [];
  const lo = Math.ceil(Math.log10(Math.min(...pos)));
  const hi = Math.floor(Math.log10(Math.max(...pos)));
  return Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => Number(`1e${lo + k}`));
}

/** 0.001, 0.01, 0.1, 1, 10 … and 1e−4 below a thousandth (not the SI prefixes "1m" or "100µ"). */
export function decadeLabel(v: number): string {
  return v >= 0.001 ? String(v) : v.toExponential(0).replace('e-', 'e−');
}
