/**
 * Text formats of a figure's run for download, straight from the core's exporters so a
 * download equals what the CLI writes: JSON, CSV (one row per update), the original
 * script's log format, and a PyTorch script that reproduces the run. This module is
 * loaded only when a reader asks for a file (see export.ts), so none of it weighs on
 * the page's first load.
 */
import { logName, traceToCsv, traceToJson, traceToLog } from '../core';
import { pytorchScript } from '../core/pytorch';
import type { Trace, TrainConfig } from '../core/types';

export interface RunFile {
  text: string;
  type: string;
  /** File name without directory (the log keeps the original script's naming). */
  filename: string;
}

/** The file of the first run that has its config (the run the reader edits). */
export function formatRuns(
  kind: string,
  runs: { trace: Trace; config: TrainConfig | null; label: string }[],
  stem: string,
): RunFile | null {
  const run = runs.find((r) => r.config !== null);
  if (!run || !run.config) return null;
  if (kind === 'csv') return { text: traceToCsv(run.trace), type: 'text/csv', filename: `${stem}.csv` };
  if (kind === 'json')
    return { text: traceToJson(run.trace, run.config, 1), type: 'application/json', filename: `${stem}.json` };
  if (kind === 'log')
    return {
      text: traceToLog(run.trace, run.config),
      type: 'text/plain',
      filename: `${stem}-${logName(run.config)}.log`,
    };
  if (kind === 'pytorch')
    return { text: pytorchScript(run.config), type: 'text/x-python', filename: `${stem}-pytorch.py` };
  return null;
}
