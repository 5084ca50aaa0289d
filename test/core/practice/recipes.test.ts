/**
 * Schedule recipes: plain JSON specs the core accepts, curves of the intended shape, and
 * the same curves as torch's own classes (scripts/golden/practice_fixtures.py).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/core/config';
import {
  RECIPES,
  RECIPE_IDS,
  recipe,
  recipeConfig,
  type RecipeId,
  type RecipeOptions,
} from '../../../src/core/practice/recipes';
import { train } from '../../../src/core/train';
import { ROOT } from '../../support/paths';

const DIR = path.join(ROOT, 'test/core/practice/fixtures');

interface RecipeFixture {
  name: string;
  recipe: RecipeId;
  optimizer: 'sgd' | 'adam';
  options: RecipeOptions;
  lr: number[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.startsWith('recipe-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as RecipeFixture);

/** The rates the trainer uses for a recipe over totalSteps updates (25 epochs of 8 for 200). */
function rates(id: RecipeId, o: RecipeOptions, optimizer: 'sgd' | 'adam' = 'sgd'): Float64Array {
  const r = recipe(id, o);
  const cfg = resolveConfig({
    epochs: o.totalSteps / 8,
    optimizer:
      optimizer === 'sgd' ? { type: 'sgd', momentum: 0.9, lr: r.optimizer.lr } : { type: 'adam', lr: r.optimizer.lr },
    scheduler: r.scheduler,
    schedulerStep: r.schedulerStep,
  });
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.errors));
  const t = train(cfg.value);
  expect(t.length).toBe(o.totalSteps);
  return t.lr;
}

describe('schedule recipes against torch.optim.lr_scheduler', () => {
  it('cover every recipe', () => {
    expect(new Set(fixtures.map((f) => f.recipe))).toEqual(new Set(RECIPE_IDS));
  });
  for (const fx of fixtures) {
    it(`${fx.name}: the core's rates per update equal torch's ${RECIPES[fx.recipe].torch} to 1e-12`, () => {
      const lr = rates(fx.recipe, fx.options, fx.optimizer);
      for (let i = 0; i < fx.lr.length; i++) {
        expect(Math.abs(lr[i] - fx.lr[i]), `update ${i + 1}`).toBeLessThanOrEqual(1e-12 * fx.lr[i] + 1e-18);
      }
    });
  }
});

describe('schedule recipe shapes', () => {
  const o = { totalSteps: 400, peakLr: 0.2 };
  const argmax = (a: Float64Array): number => a.reduce((best, v, i) => (v > a[best] ? i : best), 0);

  it('warmup-cosine rises linearly for 5 % of the run to the peak, then falls along a cosine to near zero', () => {
    const lr = rates('warmup-cosine', o);
    expect(argmax(lr)).toBe(20);
    expect(lr[20]).toBeCloseTo(0.2, 12);
    expect(lr[0]).toBeCloseTo(0.002, 12);
    // Linear: equal increments during warmup.
    for (let i = 1; i < 20; i++) expect(lr[i] - lr[i - 1]).toBeCloseTo(lr[1] - lr[0], 10);
    for (let i = 21; i < 400; i++) expect(lr[i]).toBeLessThan(lr[i - 1]);
    // Cosine: half the peak halfway through the decay.
    expect(lr[20 + 190]).toBeCloseTo(0.1, 10);
    expect(lr[399]).toBeLessThan(1e-4);
  });

  it('one-cycle starts at peak/25, peaks at 30 %, ends at peak/25/1e4', () => {
    const lr = rates('one-cycle', o);
    expect(lr[0]).toBeCloseTo(0.2 / 25, 12);
    expect(argmax(lr)).toBe(Math.round(0.3 * 400) - 1);
    expect(lr[399]).toBeCloseTo(0.2 / 25 / 1e4, 12);
  });

  it('warmup-stable-decay warms up for 5 %, holds the peak, then decays linearly over the last 10 %', () => {
    const lr = rates('warmup-stable-decay', o);
    expect(lr[0]).toBeCloseTo(0.002, 12);
    for (let i = 20; i < 360; i++) expect(lr[i], `update ${i + 1}`).toBeCloseTo(0.2, 12);
    for (let i = 361; i < 400; i++) expect(lr[i] - lr[i - 1]).toBeCloseTo(-0.2 / 40, 10);
    expect(lr[399]).toBeCloseTo(0.2 / 40, 12);
  });

  it('are plain JSON specs the config validation accepts unchanged', () => {
    for (const id of RECIPE_IDS) {
      const r = recipe(id, { totalSteps: 1280, peakLr: 0.05 });
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      const cfg = recipeConfig(id, 0.05);
      expect(cfg.ok).toBe(true);
      if (cfg.ok) {
        expect(cfg.value.scheduler).toEqual(r.scheduler);
        expect(cfg.value.optimizer.lr).toBe(0.05);
      }
    }
  });

  it('keep every phase on very short runs', () => {
    for (const id of RECIPE_IDS) {
      const cfg = recipeConfig(id, 0.05, { epochs: 1, batchSize: 128 });
      expect(cfg.ok, id).toBe(true);
    }
  });
});
