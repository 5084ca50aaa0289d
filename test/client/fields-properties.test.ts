/**
 * Property tests of what a reader can type into any control: the browser fuzz in
 * test/browser/quality-hostile.ts sends a few dozen values through real islands, these
 * send thousands through the same parsers, in about a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimizerDefaults, resolveConfig } from '../../src/core/config';
import { OPTIMIZER_TYPES } from '../../src/core/optimizers/registry';
import { SCHEDULER_TYPES, holdsSchedulers, validateSchedulerSpec } from '../../src/core/schedulers';
import { LR_FIELD, OPTIMIZER_FIELDS, RUN_FIELDS } from '../../src/client/field-catalog';
import { parseList, parseNumber, setPath, type FieldSpec } from '../../src/client/fields';
import { defaultSchedulerSpec, schedulerFields } from '../../src/client/scheduler-fields';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = Number(process.env.FC_SEED ?? 20261129);

/** Text a reader (or a pasted link) might put in a field: junk, and numbers written every way. */
const typed = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.double().map(String),
  fc.double({ min: -20, max: 20, noNaN: true }).map((x) => x.toPrecision(1 + Math.floor(Math.abs(x) % 6))),
  fc.integer({ min: -5000, max: 5000 }).map(String),
  fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => `${m}e${e}`),
  fc.array(fc.integer({ min: -3, max: 3000 }), { maxLength: 8 }).map((xs) => xs.join(', ')),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '0x10', '1_000', '١٢', '1e309', '.5', '5.', '+3', '1,5'),
);

/** Numbers around a field's range, ends included, written as a reader would. */
function nearRange(f: FieldSpec): fc.Arbitrary<string> {
  const lo = Number.isFinite(f.min) ? f.min! : -1e6;
  const hi = Number.isFinite(f.max) ? f.max! : 1e6;
  const span = Math.max(hi - lo, 1e-6);
  return fc.oneof(
    fc.double({ min: lo - span, max: hi + span, noNaN: true }).map(String),
    fc.integer({ min: Math.ceil(Math.max(lo - span, -1e9)), max: Math.floor(Math.min(hi + span, 1e9)) }).map(String),
    fc.constantFrom(String(lo), String(hi)),
  );
}

function inRange(f: FieldSpec, x: number): boolean {
  const lo = f.min ?? -Infinity;
  const hi = f.max ?? Infinity;
  return Number.isFinite(x) && (f.minOpen ? x > lo : x >= lo) && (f.maxOpen ? x < hi : x <= hi);
}

/** Each numeric field with the check the core makes of the value it would receive. */
function fieldsWithCore(): { name: string; field: FieldSpec; coreAccepts: (x: number | number[]) => boolean }[] {
  const out: ReturnType<typeof fieldsWithCore> = [];
  for (const type of OPTIMIZER_TYPES) {
    for (const field of [LR_FIELD, ...OPTIMIZER_FIELDS[type]]) {
      if (field.kind === 'boolean' || field.kind === 'select') continue;
      out.push({
        name: `${type} ${field.path}`,
        field,
        coreAccepts: (x) => resolveConfig(setPath({ optimizer: optimizerDefaults(type) }, field.path, x)).ok,
      });
    }
  }
  for (const field of RUN_FIELDS) {
    if (field.kind === 'boolean' || field.kind === 'select') continue;
    // Two rules no range can say are the core's to report, next to the control: the run's
    // length (epochs x updates per epoch) and a start Wa of 0 (the model divides by Wa²).
    out.push({
      name: field.path,
      field,
      coreAccepts: (x) => {
        const r = resolveConfig(setPath({}, field.path, x));
        return r.ok || r.errors.every((e) => e.path !== field.path || /over the limit|divides by Wa/.test(e.message));
      },
    });
  }
  for (const type of SCHEDULER_TYPES.filter((t) => !holdsSchedulers(t))) {
    const base = defaultSchedulerSpec(type) ?? {};
    for (const field of schedulerFields(type)) {
      if (field.kind === 'boolean' || field.kind === 'select') continue;
      const key = field.path.slice('scheduler.'.length);
      out.push({
        name: `${type} ${field.path}`,
        field,
        // Checks between options (max_lr >= base_lr) are not a single field's to make: only
        // the core's range errors must never meet a value the form took.
        coreAccepts: (x) => {
          const r = validateSchedulerSpec({ ...base, [key]: x });
          return r.ok || r.errors.every((e) => e.path !== field.path || !/ in [[(]/.test(e.message));
        },
      });
    }
  }
  return out;
}

describe('anything typed into a control', () => {
  const all = fieldsWithCore();
  const fieldAndText = fc
    .constantFrom(...all)
    .chain((f) => fc.tuple(fc.constant(f), fc.oneof(typed, nearRange(f.field), nearRange(f.field))));

  it('covers the optimizer, run and scheduler controls', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((f) => f.field.kind === 'list')).toBe(true);
    expect(all.some((f) => f.field.kind === 'integer')).toBe(true);
  });

  it('is parsed without throwing into a value inside the field’s range, or refused with a message naming the field', () => {
    fc.assert(
      fc.property(fieldAndText, ([{ field }, raw]) => {
        const r = field.kind === 'list' ? parseList(field, raw) : parseNumber(field, raw);
        if (!r.ok) return r.message.startsWith(field.label) && r.message.length < 400;
        const xs = Array.isArray(r.value) ? r.value : [r.value];
        const whole = field.kind === 'integer' || field.kind === 'list';
        return xs.every((x) => inRange(field, x) && (!whole || Number.isInteger(x)));
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });

  it('is accepted by the core whenever the form accepts it', () => {
    fc.assert(
      fc.property(fieldAndText, ([{ name, field, coreAccepts }, raw]) => {
        const r = field.kind === 'list' ? parseList(field, raw) : parseNumber(field, raw);
        if (!r.ok) return true;
        if (!coreAccepts(r.value))
          throw new Error(`${name}: the form takes ${JSON.stringify(raw)}, the core refuses it`);
        return true;
      }),
      { numRuns: RUNS * 10, seed: SEED + 1 },
    );
  });
});
