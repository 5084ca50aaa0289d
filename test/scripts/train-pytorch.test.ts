import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config';
import { pytorchScript } from '../../src/core/pytorch';
import { ROOT } from '../support/paths';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

describe('npm run train -- --format pytorch', () => {
  it('prints the exported PyTorch script of the config, the same text the islands download', () => {
    const config = { epochs: 3, optimizer: { type: 'adam', lr: 0.05 }, scheduler: { type: 'StepLR', stepSize: 8 } };
    const r = spawnSync(
      TSX,
      [path.join(ROOT, 'scripts/train.ts'), '--config', JSON.stringify(config), '--format', 'pytorch'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const resolved = resolveConfig(config);
    if (!resolved.ok) throw new Error('config rejected');
    expect(r.stdout).toBe(pytorchScript(resolved.value));
    expect(r.stdout).toContain('lr_scheduler.StepLR(optimizer, step_size=8, gamma=0.1)');
  });
});
