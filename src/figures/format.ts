/** Number formatting shared by figure labels, readouts, captions and CSV. */

/** Fixed decimals, with a true minus sign for display. */
export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  const s = v.toFixed(digits);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** A learning rate as the tutorial writes it (0.012, 0.00015), no trailing zeros. */
export function fmtLr(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/** CSV cell: plain ASCII, full float64 precision for numbers. */
export function csvCell(v: number | string): string {
  if (typeof v === 'number')
    return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows to CSV text with a header line. */
export function toCsv(header: string[], rows: (number | string)[][]): string {
  return [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

/** The animation/figure readout, 1-based as in the original: "Epoch=e, minibatch=m, Updates=k". */
export function readout(epoch: number, minibatch: number, updates: number): string {
  return `Epoch=${epoch}, minibatch=${minibatch}, Updates=${updates}`;
}

/** How the orbit figures name the optimizer that fitted them, e.g. "SGD with momentum". */
export function optimizerName(o: { type: string; momentum?: number }): string {
  switch (o.type) {
    case 'sgd':
      return o.momentum ? 'SGD with momentum' : 'SGD';
    case 'rmsprop':
      return o.momentum ? 'RMSprop with momentum' : 'RMSprop';
    case 'adam':
      return 'Adam';
    case 'adamw':
      return 'AdamW';
    default:
      return o.type;
  }
}
