/**
 * Text exports of a run (pure; the CLI and the browser's download buttons share them):
 * JSON with the config and every column, CSV with one row per update, and the original
 * experiment's log-line format, so a run can be diffed line by line against a PyTorch log.
 */
import { FLOAT_COLUMNS } from './trace-buffer';
import type { Trace, TrainConfig } from './types';

/** Column order of the JSON `updates` object and the CSV header (after `update`). */
export const EXPORT_COLUMNS = ['epoch', 'minibatch', ...FLOAT_COLUMNS, 'allMasked'] as const;

/** One exported column. */
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/**
 * The columns that apply to this run: all but the optimizer-state columns (`va`, `vb`,
 * `sa`, `sb`) the optimizer does not have. The core writes NaN for a buffer an optimizer
 * lacks (SGD without momentum has none, RMSprop without momentum no `va`/`vb`), on every
 * row, so a column that is NaN throughout is one that does not apply.
 */
export function appliedColumns(trace: Trace): ExportColumn[] {
  return EXPORT_COLUMNS.filter((name) => {
    if (name !== 'va' && name !== 'vb' && name !== 'sa' && name !== 'sb') return true;
    const col = trace[name];
    for (let i = 0; i < trace.length; i++) if (col[i] === col[i]) return true;
    return trace.length === 0;
  });
}

/**
 * `{"config", "updates": {"epoch": [...], ..., "allMasked": [...]}, "final": {"wa","wb"},
 * "diverged": null | {"update","reason"}}`. Columns that do not apply to the optimizer
 * (see `appliedColumns`) are left out; a single missing value (the loss of an update whose
 * batch held no points, a value of a diverged update) is null, as JSON has no NaN.
 */
export function traceToJson(trace: Trace, config: TrainConfig, indent?: number): string {
  const updates: Partial<Record<ExportColumn, number[]>> = {};
  for (const name of appliedColumns(trace)) updates[name] = Array.from(trace[name]);
  return JSON.stringify({ config, updates, final: trace.final, diverged: trace.diverged }, null, indent);
}

/** A CSV cell: empty for a missing value (JSON's null), `Infinity`/`-Infinity` kept. */
function cell(x: number): string {
  return x === x ? String(x) : '';
}

/**
 * One header line with every column (the same header for every optimizer, so files of
 * different runs line up), then one line per update (1-based `update` first). A column
 * that does not apply to the optimizer, and any missing value, is an empty cell, never "NaN".
 */
export function traceToCsv(trace: Trace): string {
  const lines = [['update', ...EXPORT_COLUMNS].join(',')];
  for (let i = 0; i < trace.length; i++) {
    const cells: string[] = [String(i + 1)];
    for (const name of EXPORT_COLUMNS) cells.push(cell(trace[name][i]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * Python's `'{:.Nf}'.format(x)`: correctly rounded, ties to even, "-" kept on negative
 * zero and on negatives that round to zero, "nan"/"inf" for non-finite values.
 */
export function pyFixed(x: number, digits: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let s = ax.toFixed(digits);
  // toFixed breaks exact ties upwards; Python breaks them to even. A tie needs x to have
  // at most digits + 1 fractional bits, and then ax * 10^digits is exact.
  if (ax < 2 ** 40 && Number.isInteger(ax * 2 ** (digits + 1))) {
    const v = ax * 10 ** digits;
    const floor = Math.floor(v);
    if (v - floor === 0.5) s = ((floor % 2 === 0 ? floor : floor + 1) / 10 ** digits).toFixed(digits);
  }
  return neg ? `-${s}` : s;
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16. */
export function pyRepr(x: number): string {
  if (x !== x) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expPart] = Math.abs(x).toExponential().split('e');
  const exp = Number(expPart);
  const digits = mant.replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}.${frac === '' ? '0' : frac}`;
}

/** The optimizer's name as the original logs spell it. */
export function logName(config: TrainConfig): string {
  const o = config.optimizer;
  if (o.type === 'sgd') return o.momentum > 0 ? 'SGD_w_Momentum' : 'SGD';
  if (o.type === 'rmsprop') return 'RMSprop';
  return o.type === 'adam' ? 'Adam' : 'AdamW';
}

const f5 = (x: number): string => pyFixed(x, 5);
const f4 = (x: number): string => pyFixed(x, 4);
// Buffers an optimizer does not have are NaN in the trace; the original logs printed 0.
const buf = (x: number): number => (x === x ? x : 0);

/**
 * The original log format: three header lines, one line per update
 * (`updates=k, Epoch=e, minibatch=m, loss=..., Wa=..., ...`, loss/Wa/Wb/gradients before
 * the update, VdW and sqrt_SdW after it, 5 decimals except Wa/Wb with 4), then the truth
 * and the final estimate.
 */
export function traceToLog(trace: Trace, config: TrainConfig): string {
  const lines = [
    `${logName(config)} optimization computed by the tutorial's TypeScript core`,
    `nsamples=${config.data.n}, batch_size=${config.batchSize}, epoch=${config.epochs}, lr=${pyRepr(config.optimizer.lr)}`,
    `initial Wa=${pyRepr(Math.fround(config.init.wa))}, Wb=${pyRepr(Math.fround(config.init.wb))}`,
  ];
  for (let i = 0; i < trace.length; i++) {
    lines.push(
      `updates=${i + 1}, Epoch=${trace.epoch[i]}, minibatch=${trace.minibatch[i]}, loss=${f5(trace.loss[i])}, ` +
        `Wa=${f4(trace.wa[i])}, Wb=${f4(trace.wb[i])}, unitvecWa=${f5(trace.unitA[i])}, unitvecWb=${f5(trace.unitB[i])}, ` +
        `eff_stepsize=${f5(trace.stepSize[i])}, dWa=${f5(trace.dwa[i])}, dWb=${f5(trace.dwb[i])}, ` +
        `VdWa=${f5(buf(trace.va[i]))}, VdWb=${f5(buf(trace.vb[i]))}, ` +
        `sqrt_SdWa=${f5(Math.sqrt(buf(trace.sa[i])))}, sqrt_SdWb=${f5(Math.sqrt(buf(trace.sb[i])))}`,
    );
  }
  if (trace.diverged) lines.push(`Diverged at update ${trace.diverged.update}: ${trace.diverged.reason}`);
  lines.push(`The ground truth is A=${f4(config.data.a)}, B=${f4(config.data.b)}`);
  lines.push(`Final estimated Wa=${f4(trace.final.wa)}, Wb=${f4(trace.final.wb)}`);
  return lines.join('\n') + '\n';
}
