/**
 * Exported traces say "no value" the way each format can: a column an optimizer does not
 * have is left out of the JSON and empty in the CSV; never the text "NaN".
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { appliedColumns, EXPORT_COLUMNS, traceToCsv, traceToJson } from '../../src/core/export';
import { train } from '../../src/core/train';
import type { TrainConfig } from '../../src/core/types';

function run(input: unknown): { config: TrainConfig; trace: ReturnType<typeof train> } {
  const r = resolveConfig(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { config: r.value, trace: train(r.value) };
}

const without = (...cols: string[]) => EXPORT_COLUMNS.filter((c) => !cols.includes(c));

describe('exported columns by optimizer', () => {
  it.each([
    ['sgd', { type: 'sgd' }, without('va', 'vb', 'sa', 'sb')],
    ['sgd with momentum', { type: 'sgd', momentum: 0.9 }, without('sa', 'sb')],
    ['rmsprop', { type: 'rmsprop' }, without('va', 'vb')],
    ['rmsprop with momentum', { type: 'rmsprop', momentum: 0.5 }, [...EXPORT_COLUMNS]],
    ['adam', { type: 'adam' }, [...EXPORT_COLUMNS]],
    ['adamw', { type: 'adamw' }, [...EXPORT_COLUMNS]],
  ])('%s: JSON holds exactly the columns that apply, with no null in them', (_name, optimizer, expected) => {
    const { config, trace } = run({ epochs: 2, optimizer });
    expect(appliedColumns(trace)).toEqual(expected);
    const j = JSON.parse(traceToJson(trace, config)) as { updates: Record<string, (number | null)[]> };
    expect(Object.keys(j.updates)).toEqual(expected);
    for (const col of Object.values(j.updates)) expect(col).not.toContain(null);
  });

  it.each([{ type: 'sgd' }, { type: 'rmsprop' }, { type: 'adam' }])(
    'CSV for %j: the same header for every optimizer, empty cells where a column does not apply, never NaN',
    (optimizer) => {
      const { trace } = run({ epochs: 1, optimizer });
      const csv = traceToCsv(trace);
      expect(csv).not.toMatch(/NaN/);
      const [header, first] = csv.split('\n');
      const names = header.split(',');
      expect(names).toEqual(['update', ...EXPORT_COLUMNS]);
      const cells = first.split(',');
      const applied = new Set<string>(appliedColumns(trace));
      for (const [i, name] of names.entries()) {
        if (name === 'update' || applied.has(name)) expect(cells[i]).not.toBe('');
        else expect(cells[i]).toBe('');
      }
    },
  );

  it('an update whose mini-batch has no points has no loss: null in JSON, an empty CSV cell', () => {
    // From Wa = 0.1 every one of these eight one-point batches falls outside the model's domain.
    const { config, trace } = run({ data: { n: 8 }, batchSize: 1, epochs: 1 });
    expect(trace.allMasked[0]).toBe(1);
    const j = JSON.parse(traceToJson(trace, config)) as { updates: { loss: (number | null)[] } };
    expect(j.updates.loss[0]).toBeNull();
    const csv = traceToCsv(trace);
    expect(csv).not.toMatch(/NaN/);
    const row = csv.split('\n')[1].split(',');
    expect(row[EXPORT_COLUMNS.indexOf('loss') + 1]).toBe('');
    expect(row[EXPORT_COLUMNS.indexOf('allMasked') + 1]).toBe('1');
  });
});
