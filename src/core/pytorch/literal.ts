/** Python literals for the values a config holds (numbers round-trip exactly through repr). */
import { pyRepr } from '../export';

/**
 * `value` as Python source: floats as repr (shortest round-trip digits, so the script
 * holds the very same float64), integers as ints where PyTorch expects ints, booleans as
 * True/False, null as None, strings quoted, arrays as lists.
 */
export function py(value: unknown, integer = false): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (value !== value) return "float('nan')";
    if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "float('-inf')";
    return integer && Number.isInteger(value) ? String(value) : pyRepr(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => py(v, integer)).join(', ')}]`;
  throw new Error(`no Python literal for ${typeof value}`);
}
