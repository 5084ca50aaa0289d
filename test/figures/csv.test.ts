import { describe, expect, it } from 'vitest';
import { figureCsv } from '../../src/figures/csv';
import { csvCell } from '../../src/figures/format';
import { approachRun, fakeTrace } from './fixtures';

describe('figure CSV', () => {
  it('lists every update of a path with 1-based epoch and minibatch and a final row', () => {
    const run = approachRun('r', 0, 10, 3);
    const lines = figureCsv({ kind: 'contour-paths', runs: [run] })
      .trim()
      .split('\n');
    expect(lines[0]).toBe('run,update,epoch,minibatch,wa_before,wb_before,batch_loss_before,lr');
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines[9].split(',').slice(0, 4)).toEqual(['r', '9', '2', '1']);
    expect(lines[11]).toBe(`r,final,,,${run.trace.final.wa},${run.trace.final.wb},,`);
  });

  it('keeps full precision and spells non-finite values', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect([NaN, Infinity, -Infinity].map(csvCell)).toEqual(['NaN', 'Infinity', '-Infinity']);
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
  });

  it('gives the gradient window inclusive of both ends', () => {
    const t = fakeTrace(50, (k) => [k, k]);
    const lines = figureCsv({
      kind: 'gradients',
      runs: [{ id: 'g', label: 'g', index: 0, trace: t }],
      params: { from: 35, to: 40 },
    })
      .trim()
      .split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['update', '35', '36', '37', '38', '39', '40']);
  });
});
