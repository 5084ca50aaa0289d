import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Param } from '../../../src/core/params';
import {
  createScheduler,
  holdsSchedulers,
  INNER_TYPES,
  lrCurve,
  schedulerEntry,
  SCHEDULER_TYPES,
  type SchedulerType,
} from '../../../src/core/schedulers';
import { validateSchedulerSpec } from '../../../src/core/schedulers/validate';
import type { SchedulerSpec } from '../../../src/core/types';

const ctx = { baseLr: 0.05, baseMomentum: 0.9, stepsPerEpoch: 8, totalSteps: 120 };

/** A valid value for one option (small integers keep the curves short and interesting). */
function value(p: Param): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case 'number': {
      const [lo, hi] = [p.min, p.max];
      return fc
        .double({ min: lo, max: Math.min(hi, lo + 20), noNaN: true })
        .filter((v) => (p.ends[0] === '[' || v > lo) && (p.ends[1] === ']' || v < hi));
    }
    case 'int':
      return fc.integer({ min: p.min, max: Math.min(p.max, p.min + 40) });
    case 'intList':
      return fc
        .uniqueArray(fc.integer({ min: p.min, max: p.min + 60 }), { maxLength: 6 })
        .map((a) => a.sort((x, y) => x - y));
    case 'pair':
      return fc.tuple(
        fc.double({ min: p.min, max: p.max, noNaN: true }),
        fc.double({ min: p.min, max: p.max, noNaN: true }),
      );
    case 'enum':
      return fc.constantFrom(...p.options);
    case 'bool':
      return fc.boolean();
    case 'schedulerList':
      return fc.constant([]);
  }
}

/** The options of a type as [key, descriptor] pairs, in registry order. */
const paramsOf = (type: string): [string, Param][] => Object.entries(schedulerEntry(type)?.params ?? {});

/** A spec of one type; optional options are sometimes left out. Cross-field rules fixed up. */
function specOf(type: SchedulerType): fc.Arbitrary<Record<string, unknown>> {
  const entries = paramsOf(type).map(([key, p]) =>
    p.required
      ? value(p).map((v) => [key, v] as const)
      : fc.option(value(p), { nil: undefined }).map((v) => [key, v] as const),
  );
  return fc.tuple(...entries).map((kv) => {
    const s: Record<string, unknown> = { type };
    for (const [k, v] of kv) if (v !== undefined) s[k] = v;
    if (typeof s.baseLr === 'number' && typeof s.maxLr === 'number' && s.maxLr < s.baseLr)
      [s.baseLr, s.maxLr] = [s.maxLr, s.baseLr];
    if (s.baseMomentum !== undefined || s.maxMomentum !== undefined) {
      const def = (k: string): unknown => schedulerEntry(type)?.params[k]?.default;
      const [a, b] = [s.baseMomentum ?? def('baseMomentum'), s.maxMomentum ?? def('maxMomentum')] as number[];
      [s.baseMomentum, s.maxMomentum] = [Math.min(a, b), Math.max(a, b)];
    }
    if (s.at !== undefined) {
      delete s.start;
      delete s.end;
      delete s.every;
    }
    if (typeof s.end === 'number' && typeof s.start === 'number' && s.end < s.start) s.end = s.start;
    if (s.stepsPerEpoch !== undefined && s.epochs === undefined) s.epochs = 3;
    return s;
  });
}

const simple = fc.oneof(...SCHEDULER_TYPES.filter((t) => !holdsSchedulers(t)).map(specOf));
const innerSpec = fc.oneof(...INNER_TYPES.map(specOf));
const composite = fc.oneof(
  fc.array(innerSpec, { minLength: 1, maxLength: 3 }).map((schedulers) => ({ type: 'ChainedScheduler', schedulers })),
  fc.array(innerSpec, { minLength: 1, maxLength: 3 }).chain((schedulers) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 80 }), {
        minLength: schedulers.length - 1,
        maxLength: schedulers.length - 1,
      })
      .map((ms) => ({ type: 'SequentialLR', schedulers, milestones: ms.sort((a, b) => a - b) })),
  ),
);
const anySpec = fc.oneof(simple, composite);

describe('scheduler properties', () => {
  it('validateSchedulerSpec never throws and always answers with paths under the root', () => {
    const raw = fc.oneof(
      fc.anything(),
      fc
        .record({ type: fc.constantFrom(...SCHEDULER_TYPES) })
        .chain((base) => fc.dictionary(fc.string(), fc.anything()).map((d) => ({ ...d, ...base }))),
      anySpec.chain((s) =>
        fc.tuple(fc.constantFrom(...Object.keys(s)), fc.anything()).map(([k, v]) => ({ ...s, [k]: v })),
      ),
    );
    fc.assert(
      fc.property(raw, (r) => {
        const out = validateSchedulerSpec(r, 'cfg.scheduler');
        if (!out.ok) {
          expect(out.errors.length).toBeGreaterThan(0);
          for (const e of out.errors) {
            expect(e.path.startsWith('cfg.scheduler')).toBe(true);
            expect(e.message.length).toBeGreaterThan(0);
            expect(e.message.length).toBeLessThan(400);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('every well-formed spec validates, re-validates to itself, and gives finite, non-negative rates (up to rounding)', () => {
    fc.assert(
      fc.property(
        anySpec,
        fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { maxLength: 150 }),
        (spec, metrics) => {
          const r = validateSchedulerSpec(spec);
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          expect(validateSchedulerSpec(r.value)).toEqual(r);
          const c = lrCurve(r.value, ctx, 150, metrics);
          // Recursive forms that end at 0 (LinearLR endFactor 0) can land a rounding error
          // below it, exactly as torch's do; nothing more negative than that. The exception,
          // also torch's: chained with other multipliers, CosineAnnealingLR's additive
          // recursion around etaMin > 0 can cross zero, so there only finiteness is checked.
          const text = JSON.stringify(r.value);
          const loose = text.includes('"ChainedScheduler"') && text.includes('"CosineAnnealingLR"');
          for (const v of c.lr) expect(Number.isFinite(v) && (loose || v > -1e-12), `${v}`).toBe(true);
          for (const m of c.momentum ?? []) expect(m > -1e-12 && m < 1, `${m}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an option set out of its range is rejected at exactly that path', () => {
    const numeric = anySpec.filter((s) => s.type !== 'SequentialLR' && s.type !== 'ChainedScheduler');
    fc.assert(
      fc.property(numeric, fc.nat(), fc.boolean(), (spec, pick, below) => {
        const ps = paramsOf(String(spec.type)).flatMap(([key, p]) =>
          p.kind === 'number' || p.kind === 'int' ? [{ key, min: p.min, max: p.max }] : [],
        );
        fc.pre(ps.length > 0);
        const p = ps[pick % ps.length];
        const bad = below ? p.min - 1 : p.max + 1;
        const r = validateSchedulerSpec({ ...spec, [p.key]: bad });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(`scheduler.${p.key}`);
      }),
      { numRuns: 300 },
    );
  });

  it('step never mutates the state it is given', () => {
    const freeze = (o: unknown): void => {
      if (typeof o === 'object' && o !== null) {
        Object.freeze(o);
        for (const v of Object.values(o)) freeze(v);
      }
    };
    fc.assert(
      fc.property(anySpec, (spec) => {
        const s = createScheduler(spec as SchedulerSpec, ctx);
        let state = s.init();
        for (let i = 0; i < 40; i++) {
          freeze(state);
          state = s.step(state, 1 / (i + 1));
        }
      }),
      { numRuns: 200 },
    );
  });
});
