/** Small hand-made traces and landscapes for the figure-spec tests (no training involved). */
import type { Landscape, Trace } from '../../src/core/types';
import type { RunSeries } from '../../src/figures/types';

/** A trace of n updates whose position before update k+1 is f(k); the final position is f(n). */
export function fakeTrace(
  n: number,
  f: (k: number) => [number, number],
  lr: (k: number) => number = () => 0.01,
): Trace {
  const z = () => new Float64Array(n);
  const t: Trace = {
    length: n,
    epoch: new Int32Array(n),
    minibatch: new Int32Array(n),
    loss: z(),
    wa: z(),
    wb: z(),
    dwa: z(),
    dwb: z(),
    lr: z(),
    va: z(),
    vb: z(),
    sa: z(),
    sb: z(),
    unitA: z(),
    unitB: z(),
    stepSize: z(),
    allMasked: new Uint8Array(n),
    final: { wa: 0, wb: 0 },
    diverged: null,
  };
  for (let k = 0; k < n; k++) {
    const [a, b] = f(k);
    const [a2, b2] = f(k + 1);
    t.wa[k] = a;
    t.wb[k] = b;
    t.epoch[k] = Math.floor(k / 8);
    t.minibatch[k] = k % 8;
    t.lr[k] = lr(k);
    t.stepSize[k] = Math.hypot(a2 - a, b2 - b);
    t.dwa[k] = Math.sin(k / 3) * 0.01;
    t.dwb[k] = Math.cos(k / 2) * 0.1;
    t.loss[k] = 1 / (k + 1);
  }
  const [fa, fb] = f(n);
  t.final = { wa: fa, wb: fb };
  return t;
}

/** Exponential approach from the start (0.1, 1.8) to the target, with a wobble. */
export function approachRun(id: string, index: number, n: number, tau: number): RunSeries {
  return {
    id,
    label: `run ${id}`,
    index,
    trace: fakeTrace(n, (k) => [
      0.1 + 1.16 * (1 - Math.exp(-k / tau)),
      1.8 - 0.57 * (1 - Math.exp(-k / tau)) + 0.1 * Math.sin(k / 7) * Math.exp(-k / tau),
    ]),
  };
}

/** A smooth bowl around (1.26, 1.23) on a small grid: the loss grows away from the target. */
export function bowl(waMin: number, waMax: number, wbMin: number, wbMax: number, nx = 40, ny = 40): Landscape {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const wa = waMin + ((waMax - waMin) * i) / (nx - 1);
      const wb = wbMin + ((wbMax - wbMin) * j) / (ny - 1);
      values[j * nx + i] = 0.4 + 200 * (0.3 * (wa - 1.26) ** 2 + (wb - 1.23) ** 2);
    }
  }
  return { waMin, waMax, wbMin, wbMax, nx, ny, values };
}

/**
 * Normalises rendered SVG for snapshots: numbers rounded to 3 decimals, image data URLs
 * replaced by their length (the PNG encoder has its own test).
 */
export function normaliseSvg(svg: string): string {
  // Plot numbers clip paths from a counter per JavaScript realm; the unit project shares one
  // realm across files (isolate: false), so the number depends on what ran before.
  const clips = new Map<string, number>();
  return svg
    .replace(/plot-clip-\d+/g, (m) => `plot-clip-${clips.get(m) ?? clips.set(m, clips.size + 1).get(m)}`)
    .replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, (m) => `data:image/png;base64,<${m.length} chars>`)
    .replace(/-?\d+\.\d+(?:e-?\d+)?/g, (m) => {
      const v = Math.round(Number(m) * 1000) / 1000;
      return String(Object.is(v, -0) ? 0 : v);
    })
    .replace(/></g, '>\n<');
}
