import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schedulerExplorerSpec, torchCall } from '../../src/figures/scheduler-explorer';
import { FORM_SCHEDULER_TYPES, defaultSchedulerSpec } from '../../src/client/scheduler-fields';
import type { SchedulerSpecLike } from '../../src/core/types';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('scheduler explorer figure', () => {
  it('writes the PyTorch call with PyTorch argument names', () => {
    expect(torchCall({ type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 })).toBe(
      'MultiStepLR(optimizer, milestones=[5, 10, 15, 20], gamma=0.5)',
    );
    expect(torchCall({ type: 'StepLR', stepSize: 30, gamma: 0.1 })).toBe('StepLR(optimizer, step_size=30, gamma=0.1)');
    expect(torchCall({ type: 'CosineAnnealingLR', tMax: 10, etaMin: 0 })).toBe(
      'CosineAnnealingLR(optimizer, T_max=10, eta_min=0.0)',
    );
    expect(torchCall({ type: 'X', flag: true, mode: "it's" })).toBe('X(optimizer, flag=True, mode="it\'s")');
  });

  it('writes a factor rule as the Python lambda it stands for', () => {
    expect(
      torchCall({ type: 'MultiplicativeLR', factor: 0.5, at: [5, 10, 15, 20], start: 1, end: null, every: 1 }),
    ).toBe('MultiplicativeLR(optimizer, lr_lambda=lambda t: 0.5 if t in {5, 10, 15, 20} else 1.0)');
    expect(torchCall({ type: 'MultiplicativeLR', factor: 0.8, at: null, start: 6, end: 24, every: 2 })).toBe(
      'MultiplicativeLR(optimizer, lr_lambda=lambda t: 0.8 if 6 <= t <= 24 and (t - 6) % 2 == 0 else 1.0)',
    );
    expect(torchCall({ type: 'LambdaLR', factor: 0.5, at: [3], start: 1, end: null, every: 1 })).toBe(
      'LambdaLR(optimizer, lr_lambda=lambda t: 0.5 ** sum(1 for m in (3,) if m <= t))',
    );
  });

  it('writes the options of a type the registry does not know in snake_case', () => {
    expect(torchCall({ type: 'X', lrLambda: 2, gamma: 0.5 })).toBe('X(optimizer, lr_lambda=2, gamma=0.5)');
  });

  it('renders the rate as a step line at build time', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const lrs = Array.from({ length: 30 }, (_, i) => 0.12 * 0.5 ** Math.floor((i + 1) / 5));
    const fig = Plot.plot(
      schedulerExplorerSpec({ type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 }, lrs, {
        document,
        markRow: 4,
      }),
    ) as unknown as Element;
    expect(fig.querySelectorAll('g[aria-label="line"] path').length).toBe(1);
    expect(fig.outerHTML).toContain('update 5: lr 0.06000');
  });

  it('drops non-positive rates on a log axis instead of failing', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const spec = schedulerExplorerSpec({ type: 'LinearLR' }, [0, 0.1, 0.2], { logY: true, document });
    expect(spec.y?.type).toBe('log');
    const d =
      (Plot.plot(spec) as unknown as Element).querySelector('g[aria-label="line"] path')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|Infinity/);
  });
});

/**
 * The keyword arguments scripts/golden feeds to torch for each scheduler type (the calls
 * PyTorch accepted when it made the fixtures): every name, and those it always passes
 * (read as spec['key'], never with a default).
 */
function goldenKwargs(): Map<string, { names: Set<string>; required: Set<string>; optionalNone: Set<string> }> {
  const src = readFileSync(path.join(ROOT, 'scripts/golden/make_fixtures.py'), 'utf8');
  const body = src.slice(src.indexOf('def make_scheduler'), src.indexOf('# ----', src.indexOf('def make_scheduler')));
  const out = new Map<string, { names: Set<string>; required: Set<string>; optionalNone: Set<string> }>();
  for (const block of body.split(/\n\s+if t == /).slice(1)) {
    const type = /^'(\w+)'/.exec(block)?.[1];
    const call = /return S\.\w+\(([\s\S]*?)\)\s*$/.exec(block.trim())?.[1] ?? '';
    if (!type) continue;
    const names = new Set<string>();
    const required = new Set<string>();
    const optionalNone = new Set<string>();
    for (const m of call.matchAll(/(\w+)=([^,\n]+(?:\([^)]*\))?)/g)) {
      names.add(m[1]);
      if (/^spec\[/.test(m[2])) required.add(m[1]);
      if (/^g\('\w+'\)$/.test(m[2].trim())) optionalNone.add(m[1]);
    }
    out.set(type, { names, required, optionalNone });
  }
  return out;
}

/** "X(optimizer, a=1, b=[1, 2])" -> [['a', '1'], ['b', '[1, 2]']] (top-level commas only). */
function callKwargs(call: string): [string, string][] {
  const inner = call.slice(call.indexOf('(') + 1, call.lastIndexOf(')'));
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  parts.push(cur.trim());
  expect(parts[0]).toBe('optimizer');
  return parts.slice(1).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]);
}

/**
 * Arguments of PyTorch's signature that scripts/golden never passes: CyclicLR's
 * scale_mode only matters with a custom scale_fn, which a JSON spec cannot hold.
 */
const ACCEPTED_BEYOND_GOLDEN: Record<string, string[]> = { CyclicLR: ['scale_mode'] };

describe("the explorer's PyTorch call for every scheduler type", () => {
  const golden = goldenKwargs();
  for (const [type, names] of Object.entries(ACCEPTED_BEYOND_GOLDEN))
    for (const n of names) golden.get(type)?.names.add(n);
  for (const type of FORM_SCHEDULER_TYPES) {
    it(`${type}: only arguments PyTorch accepts, every one it needs, none of them None where it needs a value`, () => {
      const spec = defaultSchedulerSpec(type);
      expect(spec).not.toBeNull();
      const call = torchCall({ ...spec!, type } as SchedulerSpecLike, { stepsPerEpoch: 8, totalSteps: 800 });
      const g = golden.get(type);
      expect(g, `scripts/golden builds no ${type}`).toBeDefined();
      expect(call.startsWith(`${type}(optimizer`)).toBe(true);
      const kwargs = callKwargs(call);
      if (type === 'MultiplicativeLR' || type === 'LambdaLR') {
        expect(kwargs.map(([k]) => k)).toEqual(['lr_lambda']);
        expect(kwargs[0][1]).toMatch(/^lambda t: /);
        return;
      }
      for (const [k, v] of kwargs) {
        expect(g!.names, `${type} has no argument ${k}`).toContain(k);
        if (v === 'None') expect(g!.optionalNone, `${type}(${k}=None)`).toContain(k);
      }
      const given = new Set(kwargs.map(([k]) => k));
      for (const k of g!.required) expect(given, `${type} needs ${k}`).toContain(k);
    });
  }

  it('OneCycleLR takes its length from the run when the spec leaves it open, and never prints None', () => {
    const call = torchCall(
      { type: 'OneCycleLR', maxLr: 0.1, totalSteps: null, epochs: null, stepsPerEpoch: null } as SchedulerSpecLike,
      { stepsPerEpoch: 8, totalSteps: 32 },
    );
    expect(call).toBe('OneCycleLR(optimizer, max_lr=0.1, total_steps=32)');
  });
});
