/** Single numbers read off a run, for the prose (<RunValue>) and the reproducibility table. */
import type { Trace } from '../core/types';
import { fmt } from '../figures/format';

export type RunField = 'wa' | 'wb' | 'updates' | 'loss' | 'lr';

/** The raw value of a field. */
export function runNumber(t: Trace, field: RunField): number {
  switch (field) {
    case 'wa':
      return t.final.wa;
    case 'wb':
      return t.final.wb;
    case 'updates':
      return t.length;
    case 'loss':
      return t.length > 0 ? t.loss[t.length - 1] : NaN;
    case 'lr':
      return t.length > 0 ? t.lr[t.length - 1] : NaN;
  }
}

/** The field formatted for prose: fixed digits (thousands separators for counts). */
export function runValue(t: Trace, field: RunField, digits = 4): string {
  const v = runNumber(t, field);
  return field === 'updates' ? v.toLocaleString('en-US') : fmt(v, digits);
}
