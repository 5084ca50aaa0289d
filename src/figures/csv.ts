/**
 * The numbers behind each figure kind, as CSV (what the figure's "data" disclosure links
 * to). Full float64 precision; one row per plotted point.
 */
import type { FigureKind } from './catalog';
import type { RunSeries } from './types';
import { toCsv } from './format';
import { arrowRows } from './arrows';
import { fittedY } from './orbitFit';

export interface CsvContext {
  kind: FigureKind;
  runs: RunSeries[];
  params?: Record<string, number>;
  /** Orbit data and c, for orbit figures. */
  data?: { x: ArrayLike<number>; y: ArrayLike<number>; c: number };
}

/** CSV text of a figure. */
export function figureCsv(ctx: CsvContext): string {
  const { runs, params = {} } = ctx;
  switch (ctx.kind) {
    case 'step-size': {
      const rows: (number | string)[][] = [];
      for (const r of runs)
        for (let k = 0; k < r.trace.length; k++) rows.push([r.id, k + 1, r.trace.lr[k], r.trace.stepSize[k]]);
      return toCsv(['run', 'update', 'lr', 'step_size'], rows);
    }
    case 'arrows':
      return toCsv(
        ['run', 'update', 'wa_before', 'wb_before', 'wa_after', 'wb_after', 'step_size'],
        arrowRows(runs, params.updates ?? 4).map((a) => [a.run, a.update, a.wa1, a.wb1, a.wa2, a.wb2, a.step]),
      );
    case 'contour-paths': {
      const rows: (number | string)[][] = [];
      for (const r of runs) {
        const t = r.trace;
        for (let k = 0; k < t.length; k++)
          rows.push([r.id, k + 1, t.epoch[k] + 1, t.minibatch[k] + 1, t.wa[k], t.wb[k], t.loss[k], t.lr[k]]);
        rows.push([r.id, 'final', '', '', t.final.wa, t.final.wb, '', '']);
      }
      return toCsv(['run', 'update', 'epoch', 'minibatch', 'wa_before', 'wb_before', 'batch_loss_before', 'lr'], rows);
    }
    case 'orbit-fit': {
      const d = ctx.data;
      if (!d) throw new Error('orbit-fit CSV needs the data set');
      const { wa, wb } = runs[0].trace.final;
      const rows = Array.from({ length: d.x.length }, (_, i) => [d.x[i], d.y[i], fittedY(wa, wb, d.c, d.x[i])]);
      return toCsv(['x', 'y_data', 'y_fitted'], rows);
    }
    case 'gradients': {
      const t = runs[0].trace;
      const from = Math.max(1, params.from ?? 1);
      const to = Math.min(t.length, params.to ?? t.length);
      const rows: number[][] = [];
      for (let u = from; u <= to; u++) rows.push([u, t.dwa[u - 1], t.dwb[u - 1]]);
      return toCsv(['update', 'dloss_dwa', 'dloss_dwb'], rows);
    }
    case 'learning-rate': {
      const n = params.updates ?? 30;
      const rows: (number | string)[][] = [];
      for (const r of runs)
        for (let k = 0; k < Math.min(n, r.trace.length); k++) rows.push([r.id, k, k + 1, r.trace.lr[k]]);
      return toCsv(['run', 'scheduler_steps_before', 'update', 'lr'], rows);
    }
  }
}
