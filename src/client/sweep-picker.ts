/**
 * Which optimizers the sweep chart shows, and how a link keeps that choice: a parameter of
 * its own beside the island's settings (`?lr-sweep-show=sgd,adam`), so the island's
 * settings parameters (and every link shared before the picker existed) read as before.
 * Absent, or naming no known optimizer: all of them.
 */

/** The URL parameter of island `id`'s picker. */
export const showParam = (id: string): string => `${id}-show`;

/** The keys `raw` names, in the order of `all`; every key when `raw` is absent or names none. */
export function parseShown(raw: string | null, all: readonly string[]): string[] {
  if (raw === null) return [...all];
  const named = new Set(raw.split(',').map((s) => s.trim()));
  const shown = all.filter((k) => named.has(k));
  return shown.length > 0 ? shown : [...all];
}

/** The parameter's value for `shown`, or null when everything is shown (the tutorial's view). */
export function shownParam(shown: readonly string[], all: readonly string[]): string | null {
  const set = new Set(shown);
  const ordered = all.filter((k) => set.has(k));
  return ordered.length === all.length || ordered.length === 0 ? null : ordered.join(',');
}
