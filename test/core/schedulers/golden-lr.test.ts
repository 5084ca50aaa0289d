import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScheduler } from '../../../src/core/schedule';
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

/**
 * The run's scheduler object fed what the trainer feeds it: every update, with the mean
 * of the recorded losses (all-masked batches left out) at the end of each epoch.
 */
function replay(f: Fixture): number[] {
  const cfg = f.config;
  const perEpoch = Math.ceil(cfg.data.n / cfg.batchSize);
  const s = runScheduler(cfg);
  let state = s.init();
  let sum = 0;
  let count = 0;
  return f.rows.lr.map((_, k) => {
    const lr = s.value(state).lr;
    const loss = f.rows.loss[k];
    if (loss !== null) {
      sum += loss;
      count++;
    }
    const ended = (k + 1) % perEpoch === 0;
    state = s.step(state, ended && count > 0 ? sum / count : NaN, ended);
    if (ended) [sum, count] = [0, 0];
    return lr;
  });
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
