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

/** Reads scales written by the build; null when missing or malformed. */
export function parseScales(text: string | null | undefined): XYScales | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as XYScales;
    return isScale(v.x) && isScale(v.y) && v.width > 0 && v.height > 0 ? v : null;
  } catch {
    return null;
  }
}

/** Screen coordinate clamped to ±1e5 px: far-off points of a diverging run stay valid SVG numbers (the clip hides them). */
export function clampPx(v: number): number {
  return v > 1e5 ? 1e5 : v < -1e5 ? -1e5 : v;
}
