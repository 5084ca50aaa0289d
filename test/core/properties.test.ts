import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { train, updatesPerEpoch } from '../../src/core/train';
import type { PartialConfig, Trace } from '../../src/core/types';

const unit = (max = 0.999) => fc.double({ min: 0, max, noNaN: true });
const lr = fc.double({ min: -9.2, max: 2.3, noNaN: true }).map((l) => Math.min(10, Math.exp(l)));

const optimizer = fc.oneof(
  fc
    .record({
      type: fc.constant('sgd' as const),
      lr,
      momentum: unit(),
      dampening: fc.constant(0),
      nesterov: fc.boolean(),
      weightDecay: unit(0.1),
    })
    .map((o) => (o.nesterov && o.momentum === 0 ? { ...o, momentum: 0.5 } : o)),
  fc.record({ type: fc.constant('sgd' as const), lr, momentum: unit(), dampening: unit(1), weightDecay: unit(0.1) }),
  fc.record({
    type: fc.constant('rmsprop' as const),
    lr,
    alpha: unit(),
    eps: fc.double({ min: 1e-10, max: 1e-2, noNaN: true }),
    momentum: unit(),
    centered: fc.boolean(),
    weightDecay: unit(0.1),
  }),
  fc.record({
    type: fc.constantFrom('adam' as const, 'adamw' as const),
    lr,
    betas: fc.tuple(unit(), unit()),
    eps: fc.double({ min: 1e-10, max: 1e-2, noNaN: true }),
    weightDecay: unit(0.1),
    amsgrad: fc.boolean(),
  }),
);

const scheduler = fc.oneof(
  fc.constant(null),
  fc.record({
    type: fc.constant('StepLR'),
    stepSize: fc.integer({ min: 1, max: 20 }),
    gamma: fc.double({ min: 0.1, max: 1, noNaN: true }),
  }),
  fc.record({ type: fc.constant('ExponentialLR'), gamma: fc.double({ min: 0.5, max: 1, noNaN: true }) }),
  fc.record({ type: fc.constant('ReduceLROnPlateau') }),
);

const validConfig: fc.Arbitrary<PartialConfig> = fc
  .record({
    seed: fc.integer({ min: 0, max: 4294967295 }),
    n: fc.integer({ min: 8, max: 96 }),
    a: fc.double({ min: 0.2, max: 3, noNaN: true }),
    bRatio: fc.double({ min: 0.1, max: 1, noNaN: true }),
    noise: fc.double({ min: 0, max: 1, noNaN: true }),
    // Wa = 0 (or a start that rounds to 0 in float32) leaves the model undefined: the validator refuses it.
    wa: fc.double({ min: -10, max: 10, noNaN: true }).filter((w) => Math.fround(w) !== 0),
    wb: fc.double({ min: -10, max: 10, noNaN: true }),
    batchFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    epochs: fc.integer({ min: 1, max: 3 }),
    optimizer,
    scheduler,
    schedulerStep: fc.constantFrom('update' as const, 'epoch' as const),
  })
  .map((r) => ({
    seed: r.seed,
    data: { n: r.n, a: r.a, b: r.a * r.bRatio, noise: r.noise },
    init: { wa: r.wa, wb: r.wb },
    batchSize: Math.max(1, Math.round(r.batchFrac * r.n)),
    epochs: r.epochs,
    optimizer: r.optimizer,
    scheduler: r.scheduler as PartialConfig['scheduler'],
    schedulerStep: r.schedulerStep,
  }));

function checkTrace(t: Trace, total: number): void {
  expect(t.length).toBeLessThanOrEqual(total);
  if (t.diverged === null) expect(t.length).toBe(total);
  else {
    expect(t.diverged.update).toBe(t.length + 1);
    expect(t.diverged.reason.length).toBeGreaterThan(0);
  }
  // Plain checks per row (an expect per value would dominate the run time); one assertion per trace.
  let bad = -1;
  for (let i = 0; i < t.length && bad < 0; i++) {
    const masked = t.allMasked[i] === 1;
    let ok = masked || Number.isFinite(t.loss[i]);
    for (const v of [t.wa[i], t.wb[i], t.dwa[i], t.dwb[i], t.lr[i], t.unitA[i], t.unitB[i], t.stepSize[i]])
      ok &&= Number.isFinite(v);
    for (const v of [t.va[i], t.vb[i], t.sa[i], t.sb[i]]) ok &&= v !== Infinity && v !== -Infinity;
    if (!ok) bad = i;
  }
  expect(bad, 'first row with a non-finite value').toBe(-1);
  expect(Number.isFinite(t.final.wa) && Number.isFinite(t.final.wb)).toBe(true);
}

describe('properties', () => {
  it('every random valid config trains without throwing: finite rows, or a divergence right after the last row', () => {
    fc.assert(
      fc.property(validConfig, (p) => {
        const r = resolveConfig(p);
        if (!r.ok) throw new Error(`generator produced an invalid config: ${JSON.stringify(r.errors)}`);
        const c = r.value;
        checkTrace(train(c), updatesPerEpoch(c.data.n, c.batchSize) * c.epochs);
      }),
      { numRuns: 1500 },
    );
  });

  it('training is deterministic', () => {
    fc.assert(
      fc.property(validConfig, (p) => {
        const r = resolveConfig(p);
        if (!r.ok) return;
        const a = train(r.value);
        const b = train(r.value);
        expect(Array.from(b.wa)).toEqual(Array.from(a.wa));
        expect(b.diverged).toEqual(a.diverged);
      }),
      { numRuns: 200 },
    );
  });

  it('resolveConfig never throws on arbitrary input and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.object()), (input) => {
        const r = resolveConfig(input);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("one bad field in an otherwise valid config is reported under that field's path", () => {
    const badField = fc.oneof(
      fc.record({
        path: fc.constant('optimizer.lr'),
        value: fc.oneof(
          fc.double({ max: 0, noNaN: true }),
          fc.double({ min: 10.0001 }),
          fc.constant(Number.NaN),
          fc.string(),
        ),
      }),
      fc.record({
        path: fc.constant('epochs'),
        value: fc.oneof(
          fc.integer({ max: 0 }),
          fc.double({ min: 1.1, max: 2.9 }).filter((x) => !Number.isInteger(x)),
        ),
      }),
      fc.record({
        path: fc.constant('data.noise'),
        value: fc.oneof(
          fc.double({ min: 1.0001, noNaN: true }),
          fc.double({ max: -0.0001, noNaN: true }),
          fc.boolean(),
        ),
      }),
      fc.record({ path: fc.constant('data.n'), value: fc.oneof(fc.integer({ max: 7 }), fc.integer({ min: 4097 })) }),
      fc.record({
        path: fc.constant('init.wb'),
        value: fc.oneof(fc.constant(Infinity), fc.constant(null), fc.double({ min: 10.0001, noNaN: true })),
      }),
      fc.record({
        path: fc.constant('seed'),
        value: fc.oneof(fc.integer({ max: -1 }), fc.constant(0.5), fc.constant('9999')),
      }),
    );
    fc.assert(
      fc.property(validConfig, badField, (p, bad) => {
        const copy = JSON.parse(JSON.stringify(p)) as Record<string, Record<string, unknown>>;
        const keys = bad.path.split('.');
        if (keys.length === 1) (copy as Record<string, unknown>)[keys[0]] = bad.value;
        else copy[keys[0]] = { ...copy[keys[0]], [keys[1]]: bad.value };
        const r = resolveConfig(copy);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(bad.path);
      }),
      { numRuns: 1500 },
    );
  });
});
