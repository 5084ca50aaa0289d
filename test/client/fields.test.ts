import { describe, expect, it } from 'vitest';
import { optimizerDefaults, resolveConfig } from '../../src/core/config';
import { OPTIMIZER_TYPES } from '../../src/core/optimizers/registry';
import { SCHEDULER_TYPES, holdsSchedulers, validateSchedulerSpec } from '../../src/core/schedulers';
import { LR_FIELD, OPTIMIZER_FIELDS, RUN_FIELDS } from '../../src/client/field-catalog';
import {
  getPath,
  logToSlider,
  parseList,
  parseNumber,
  setPath,
  sliderToLog,
  type FieldSpec,
} from '../../src/client/fields';
import { defaultSchedulerSpec, schedulerFields } from '../../src/client/scheduler-fields';

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

/** Values at and just beyond each end of a field's range. */
function probes(f: FieldSpec): number[] {
  const lo = f.min ?? 0;
  const hi = f.max ?? 1;
  const d = f.kind === 'integer' || f.kind === 'list' ? 1 : Math.max(1e-9, (hi - lo) * 1e-9);
  return [lo - d, lo, lo + d, hi - d, hi, hi + d];
}

describe('form fields derived from the registries agree with the core validator', () => {
  it('every optimizer field accepts exactly what resolveConfig accepts (RMSprop alpha = 1 is refused by both)', () => {
    for (const type of OPTIMIZER_TYPES) {
      for (const f of [LR_FIELD, ...OPTIMIZER_FIELDS[type]]) {
        if (f.kind !== 'number' && f.kind !== 'log') continue;
        for (const x of probes(f)) {
          const form = parseNumber(f, String(x)).ok;
          const core = resolveConfig(setPath({ optimizer: optimizerDefaults(type) }, f.path, x)).ok;
          expect(form, `${type} ${f.path} = ${x}`).toBe(core);
        }
      }
    }
    const alpha = OPTIMIZER_FIELDS.rmsprop.find((f) => f.path === 'optimizer.alpha');
    expect(alpha && parseNumber(alpha, '1').ok).toBe(false);
    expect(resolveConfig({ optimizer: { type: 'rmsprop', alpha: 1 } }).ok).toBe(false);
  });

  it('every scheduler field accepts exactly what validateSchedulerSpec accepts', () => {
    for (const type of SCHEDULER_TYPES.filter((t) => !holdsSchedulers(t))) {
      const base = defaultSchedulerSpec(type) ?? {};
      for (const f of schedulerFields(type)) {
        if (f.kind !== 'number' && f.kind !== 'integer') continue;
        const key = f.path.slice('scheduler.'.length);
        for (const x of probes(f)) {
          const form = parseNumber(f, String(x)).ok;
          const r = validateSchedulerSpec({ ...base, [key]: x });
          // Range errors only: checks between options (maxLr >= baseLr) are not a field's to make.
          const core = r.ok || !r.errors.some((e) => e.path === f.path && / in [[(]/.test(e.message));
          expect(form, `${type} ${f.path} = ${x}`).toBe(core);
        }
      }
    }
  });

  it('labels are words, with the PyTorch name as a separate tag', () => {
    const f = schedulerFields('CosineAnnealingLR').find((x) => x.path === 'scheduler.tMax');
    expect(f).toMatchObject({ label: 'Half period', torchName: 'T_max' });
    // Only the scheduler's own options: no optimizer or run fields.
    expect(schedulerFields('StepLR').map((x) => x.path)).toEqual(['scheduler.stepSize', 'scheduler.gamma']);
  });

  it('list fields follow the registry: MultiStepLR milestones may repeat, up to the core’s 1000 entries', () => {
    const f = schedulerFields('MultiStepLR').find((x) => x.path === 'scheduler.milestones');
    if (!f) throw new Error('no milestones field');
    expect(parseList(f, '5, 5, 10')).toEqual({ ok: true, value: [5, 5, 10] });
    const long = Array.from({ length: 1000 }, (_, i) => i).join(',');
    expect(parseList(f, long).ok).toBe(true);
    expect(parseList(f, `${long},1000`).ok).toBe(false);
    expect(
      validateSchedulerSpec({ type: 'MultiStepLR', milestones: Array.from({ length: 1001 }, (_, i) => i) }).ok,
    ).toBe(false);
  });
});
