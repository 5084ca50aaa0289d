/**
 * Linear position scales of a rendered figure, as plain data: written into a data
 * attribute at build time (from Plot's own scales) so the browser can draw over the
 * static SVG without re-rendering it.
 */

export interface LinearScale {
  domain: [number, number];
  range: [number, number];
}

export interface XYScales {
  x: LinearScale;
  y: LinearScale;
  /** The SVG's viewBox width and height. */
  width: number;
  height: number;
}

/** Maps a data value to SVG units. */
export function apply(s: LinearScale, v: number): number {
  const [d0, d1] = s.domain;
  const [r0, r1] = s.range;
  return r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Maps SVG units back to a data value. */
export function invert(s: LinearScale, px: number): number {
  const [d0, d1] = s.domain;
  const [r0, r1] = s.range;
  return d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
}

function isScale(v: unknown): v is LinearScale {
  const s = v as LinearScale;
  const ok = (a: unknown) =>
    Array.isArray(a) && a.length === 2 && a.every((x) => typeof x === 'number' && Number.isFinite(x));
  return (
    typeof v === 'object' &&
    v !== null &&
    ok(s.domain) &&
    ok(s.range) &&
    s.domain[0] !== s.domain[1] &&
    s.range[0] !== s.range[1]
  );
}

/** Whether `v` is a pair of usable scales (finite, non-degenerate) with a positive size. */
export function isXYScales(v: unknown): v is XYScales {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<Record<keyof XYScales, unknown>>;
  const positive = (n: unknown) => typeof n === 'number' && n > 0 && Number.isFinite(n);
  return isScale(s.x) && isScale(s.y) && positive(s.width) && positive(s.height);
}

/** Reads scales written by the build; null when missing or malformed. */
export function parseScales(text: string | null | undefined): XYScales | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return isXYScales(v) ? v : null;
  } catch {
    return null;
  }
}

/** Screen coordinate clamped to ±1e5 px: far-off points of a diverging run stay valid SVG numbers (the clip hides them). */
export function clampPx(v: number): number {
  return v > 1e5 ? 1e5 : v < -1e5 ? -1e5 : v;
}
