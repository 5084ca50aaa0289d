import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { EXPORT_COLUMNS, pyFixed, pyRepr, traceToCsv, traceToJson, traceToLog } from '../../src/core/export';
import { train } from '../../src/core/train';

const r = resolveConfig({ epochs: 1, optimizer: { momentum: 0.9 } });
if (!r.ok) throw new Error('config');
const cfg = r.value;
const trace = train(cfg);

describe('exports', () => {
  it('pyFixed formats like Python, ties to even and signed zeros included', () => {
    expect(pyFixed(0.125, 2)).toBe('0.12');
    expect(pyFixed(0.375, 2)).toBe('0.38');
    expect(pyFixed(-0.000001, 5)).toBe('-0.00000');
    expect(pyFixed(-0, 5)).toBe('-0.00000');
    expect(pyFixed(1.7999999523162842, 4)).toBe('1.8000');
    expect(pyFixed(NaN, 5)).toBe('nan');
    expect(pyFixed(-Infinity, 5)).toBe('-inf');
  });

  it('pyRepr formats like Python repr(float)', () => {
    expect(pyRepr(0.01)).toBe('0.01');
    expect(pyRepr(0.00015)).toBe('0.00015');
    expect(pyRepr(1e-5)).toBe('1e-05');
    expect(pyRepr(1e-8)).toBe('1e-08');
    expect(pyRepr(2)).toBe('2.0');
    expect(pyRepr(1e16)).toBe('1e+16');
    expect(pyRepr(0.10000000149011612)).toBe('0.10000000149011612');
    expect(pyRepr(123.5)).toBe('123.5');
  });

  it('JSON carries the config, every column, the final point and the divergence', () => {
    const j = JSON.parse(traceToJson(trace, cfg));
    expect(j.config).toEqual(cfg);
    // SGD with momentum has a momentum buffer (va, vb) but no second moment (sa, sb).
    expect(Object.keys(j.updates)).toEqual(EXPORT_COLUMNS.filter((c) => c !== 'sa' && c !== 'sb'));
    expect(j.updates.wa).toEqual(Array.from(trace.wa));
    expect(j.final).toEqual(trace.final);
    expect(j.diverged).toBeNull();
  });

  it('CSV has a header and one row per update', () => {
    const lines = traceToCsv(trace).trimEnd().split('\n');
    expect(lines[0]).toBe(`update,${EXPORT_COLUMNS.join(',')}`);
    expect(lines.length).toBe(9);
    expect(lines[1].split(',')[0]).toBe('1');
    expect(Number(lines[1].split(',')[4])).toBe(trace.wa[0]);
  });

  it('log lines have the original format', () => {
    const lines = traceToLog(trace, cfg).trimEnd().split('\n');
    expect(lines[1]).toBe('nsamples=512, batch_size=64, epoch=1, lr=0.01');
    expect(lines[2]).toBe('initial Wa=0.10000000149011612, Wb=1.7999999523162842');
    expect(lines[3]).toBe(
      'updates=1, Epoch=0, minibatch=0, loss=0.26047, Wa=0.1000, Wb=1.8000, unitvecWa=-0.10863, unitvecWb=0.99408, ' +
        'eff_stepsize=0.00893, dWa=-0.09703, dWb=0.88797, VdWa=-0.09703, VdWb=0.88797, sqrt_SdWa=0.00000, sqrt_SdWb=0.00000',
    );
    expect(lines.length).toBe(3 + 8 + 2);
    expect(lines[lines.length - 2]).toBe('The ground truth is A=1.2618, B=1.2344');
  });
});
