/**
 * Text formats of runs for download. JSON and the log format come from the core's
 * export helpers when present (the CLI's own formats); CSV is one row per update.
 */
import type { Trace, TrainConfig } from '../core/types';

export interface RunFile {
  text: string;
  type: string;
  ext: string;
}

const COLUMNS = [
  'epoch',
  'minibatch',
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

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/** CSV of several runs: a run column, then the trace columns (epoch and minibatch 1-based). */
export function runsCsv(runs: { trace: Trace; label: string }[]): string {
  const lines = [['run', 'update', ...COLUMNS].join(',')];
  for (const { trace, label } of runs) {
    const name = /[",\n]/.test(label) ? `"${label.replace(/"/g, '""')}"` : label;
    for (let k = 0; k < trace.length; k++) {
      const cells = COLUMNS.map((c) => {
        const v = trace[c][k];
        return c === 'epoch' || c === 'minibatch' ? String(v + 1) : num(v);
      });
      lines.push([name, String(k + 1), ...cells].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/** JSON of runs: config, final parameters, divergence and the columns. */
export function runsJson(runs: { trace: Trace; config: TrainConfig | null; label: string }[]): string {
  return JSON.stringify(
    runs.map(({ trace, config, label }) => ({
      label,
      config,
      final: trace.final,
      diverged: trace.diverged,
      updates: trace.length,
      columns: Object.fromEntries(
        COLUMNS.map((c) => [c, Array.from(trace[c], (v) => (Number.isFinite(v) ? v : null))]),
      ),
    })),
    null,
    1,
  );
}

/**
 * The original script's log lines: one per update with epoch, minibatch, loss, Wa, Wb
 * and their gradients, printed to 5 decimals as the original did.
 */
export function runsLog(runs: { trace: Trace; label: string }[]): string {
  const out: string[] = [];
  for (const { trace, label } of runs) {
    out.push(`# ${label}`);
    for (let k = 0; k < trace.length; k++) {
      out.push(
        `Epoch=${trace.epoch[k] + 1}, minibatch=${trace.minibatch[k] + 1}, loss=${trace.loss[k].toFixed(5)}, ` +
          `Wa=${trace.wa[k].toFixed(5)}, Wb=${trace.wb[k].toFixed(5)}, dLoss/dWa=${trace.dwa[k].toFixed(5)}, dLoss/dWb=${trace.dwb[k].toFixed(5)}`,
      );
    }
    if (trace.diverged) out.push(`# stopped: ${trace.diverged.reason} at update ${trace.diverged.update}`);
  }
  return out.join('\n') + '\n';
}

export function formatRuns(
  kind: string,
  runs: { trace: Trace; config: TrainConfig | null; label: string }[],
): RunFile | null {
  if (kind === 'csv') return { text: runsCsv(runs), type: 'text/csv', ext: 'csv' };
  if (kind === 'json') return { text: runsJson(runs), type: 'application/json', ext: 'json' };
  if (kind === 'log') return { text: runsLog(runs), type: 'text/plain', ext: 'log' };
  return null;
}
