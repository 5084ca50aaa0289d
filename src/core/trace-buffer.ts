/** Preallocated trace columns, filled row by row by the trainer without allocating. */
import type { Divergence, Trace } from './types';

/** The columns of a trace (everything but length, final and diverged). */
export type TraceColumns = Omit<Trace, 'length' | 'final' | 'diverged'>;

/** Names of the float64 columns, in the order the exports print them. */
export const FLOAT_COLUMNS = [
  'loss',
  'wa',
  'wb',
  'dwa',
  'dwb',
  'lr',
  'va',
  'vb',
  'sa',
  'sb',
  'unitA',
  'unitB',
  'stepSize',
] as const;

/** Columns with room for `capacity` rows. */
export function allocColumns(capacity: number): TraceColumns {
  const f = (): Float64Array => new Float64Array(capacity);
  return {
    epoch: new Int32Array(capacity),
    minibatch: new Int32Array(capacity),
    loss: f(),
    wa: f(),
    wb: f(),
    dwa: f(),
    dwb: f(),
    lr: f(),
    va: f(),
    vb: f(),
    sa: f(),
    sb: f(),
    unitA: f(),
    unitB: f(),
    stepSize: f(),
    allMasked: new Uint8Array(capacity),
  };
}

/**
 * A Trace of the first `length` rows. When the columns are exactly full they are handed
 * over as they are; otherwise the rows are copied (so a still-running run can keep writing).
 */
export function snapshot(
  cols: TraceColumns,
  length: number,
  final: { wa: number; wb: number },
  diverged: Divergence | null,
): Trace {
  const whole = length === cols.loss.length;
  const take = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => (whole ? a : (a.slice(0, length) as T));
  return {
    length,
    epoch: take(cols.epoch),
    minibatch: take(cols.minibatch),
    loss: take(cols.loss),
    wa: take(cols.wa),
    wb: take(cols.wb),
    dwa: take(cols.dwa),
    dwb: take(cols.dwb),
    lr: take(cols.lr),
    va: take(cols.va),
    vb: take(cols.vb),
    sa: take(cols.sa),
    sb: take(cols.sb),
    unitA: take(cols.unitA),
    unitB: take(cols.unitB),
    stepSize: take(cols.stepSize),
    allMasked: take(cols.allMasked),
    final: { wa: final.wa, wb: final.wb },
    diverged: diverged ? { update: diverged.update, reason: diverged.reason } : null,
  };
}
