import { describe, expect, it } from 'vitest';
import { getPath, logToSlider, parseList, parseNumber, setPath, sliderToLog } from '../../src/client/fields';
import { LR_FIELD, RUN_FIELDS } from '../../src/client/field-catalog';

const epochs = RUN_FIELDS.find((f) => f.path === 'epochs')!;

describe('parsing what a reader types', () => {
  it('accepts plain and exponent notation inside the range', () => {
    expect(parseNumber(LR_FIELD, ' 0.012 ')).toEqual({ ok: true, value: 0.012 });
    expect(parseNumber(LR_FIELD, '1.5e-4')).toEqual({ ok: true, value: 1.5e-4 });
  });

  it.each(['', '   ', 'abc', 'NaN', 'Infinity', '0x10', '1e309', '-0.1', '0', '11', '1,5', '0.1abc'])(
    'rejects %j for the learning rate with a message naming the range',
    (raw) => {
      const r = parseNumber(LR_FIELD, raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('Learning rate must be a number in (0, 10]');
    },
  );

  it('says a huge number is too large', () => {
    const r = parseNumber(LR_FIELD, '1e309');
    expect(!r.ok && r.message).toContain('too large');
  });

  it('requires whole numbers for integer fields', () => {
    expect(parseNumber(epochs, '2.5').ok).toBe(false);
    expect(parseNumber(epochs, '400')).toEqual({ ok: true, value: 400 });
    const r = parseNumber(epochs, '99999999999');
    expect(!r.ok && r.message).toContain('a whole number from 1 to 2000');
  });

  it('truncates an absurdly long input in the message', () => {
    const r = parseNumber(LR_FIELD, '9'.repeat(500));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(120);
  });

  it('parses increasing milestone lists and refuses unordered or fractional ones', () => {
    const f = { path: 'scheduler.milestones', label: 'Milestones', kind: 'list' as const, min: 1, max: 100000 };
    expect(parseList(f, '4, 8 10;12')).toEqual({ ok: true, value: [4, 8, 10, 12] });
    expect(parseList(f, '5, 4').ok).toBe(false);
    expect(parseList(f, '1.5').ok).toBe(false);
    expect(parseList(f, '').ok).toBe(false);
  });
});

describe('the logarithmic learning-rate slider', () => {
  it('spans 1e-5 to 1 and inverts to the same position', () => {
    expect(sliderToLog(LR_FIELD, 0)).toBeCloseTo(1e-5, 10);
    expect(sliderToLog(LR_FIELD, 1000)).toBe(1);
    for (const p of [0, 137, 500, 999, 1000]) expect(logToSlider(LR_FIELD, sliderToLog(LR_FIELD, p))).toBe(p);
    expect(logToSlider(LR_FIELD, 0.012)).toBe(Math.round(((Math.log10(0.012) + 5) / 5) * 1000));
  });
});

describe('config paths', () => {
  it('reads and writes nested and indexed paths without touching the original', () => {
    const c = { optimizer: { type: 'adam', betas: [0.9, 0.999] } };
    const d = setPath(c, 'optimizer.betas[1]', 0.99);
    expect(getPath(d, 'optimizer.betas[1]')).toBe(0.99);
    expect(Array.isArray(getPath(d, 'optimizer.betas'))).toBe(true);
    expect(c.optimizer.betas[1]).toBe(0.999);
    expect(getPath(c, 'optimizer.missing.deep')).toBeUndefined();
  });
});
