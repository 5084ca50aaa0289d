import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lrCurve, stepsPerEpochOnly } from '../../../src/core/schedulers';
import type { TrainConfig } from '../../../src/core/types';

// The golden fixtures (scripts/golden/make_fixtures.py) record param_groups[0]['lr'] of
// every update of full torch trainings. Apart from ReduceLROnPlateau (fed the epoch-mean
// loss, also recorded) the rate does not depend on the training, so the scheduler alone
// must reproduce the recorded column.
const dir = join(__dirname, '..', 'fixtures', 'golden');
interface Fixture {
  name: string;
  config: TrainConfig;
  rows: { lr: number[]; loss: (number | null)[] };
}
const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture)
  .filter((f) => f.config?.scheduler != null && Array.isArray(f.rows?.lr));

/** What the trainer feeds the scheduler: per-update steps, per-epoch steps, or epoch-mean losses. */
function replay(f: Fixture): number[] {
  const cfg = f.config;
  const perEpoch = Math.ceil(cfg.data.n / cfg.batchSize);
  const updates = f.rows.lr.length;
  const o = cfg.optimizer;
  const baseMomentum = 'betas' in o ? o.betas[0] : o.momentum;
  const byEpoch = stepsPerEpochOnly(cfg.scheduler) || cfg.schedulerStep === 'epoch';
  const steps = byEpoch ? cfg.epochs : updates;
  const ctx = { baseLr: o.lr, baseMomentum, stepsPerEpoch: perEpoch, totalSteps: steps };
  let metrics: number[] | undefined;
  if (stepsPerEpochOnly(cfg.scheduler)) {
    metrics = [];
    for (let e = 0; e < cfg.epochs; e++) {
      let sum = 0;
      const losses = f.rows.loss.slice(e * perEpoch, (e + 1) * perEpoch);
      for (const l of losses) sum += l ?? NaN;
      metrics.push(sum / losses.length);
    }
  }
  const curve = lrCurve(cfg.scheduler, ctx, steps, metrics).lr;
  return f.rows.lr.map((_, k) => curve[byEpoch ? Math.floor(k / perEpoch) : k]);
}

describe('scheduler rates equal the golden torch trainings’ recorded lr column', () => {
  it('finds the scheduler fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });
  for (const f of fixtures) {
    it(`${f.name} (${f.config.scheduler?.type}): every update's lr to 1e-12 (relative)`, () => {
      const ours = replay(f);
      f.rows.lr.forEach((lr, k) => {
        const rel = Math.abs(ours[k] - lr) / Math.max(Math.abs(lr), 1e-300);
        if (!(rel < 1e-12)) expect.fail(`update ${k}: ${ours[k]} vs torch ${lr}`);
      });
    });
  }
});
