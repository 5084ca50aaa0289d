import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core';
import type { PartialConfig, TrainConfig } from '../../src/core/types';
import { OPTIMIZERS } from '../../src/core/optimizers/registry';
import { SCHEDULER_REGISTRY } from '../../src/core/schedulers/registry';
import { describeConfig, describeScheduler, listInWords, readableJson } from '../../src/experiments/describe-config';
import { PRESETS } from '../../src/experiments/presets';
import { presetConfig } from '../../src/experiments/runner';

const cfg = (p: PartialConfig): TrainConfig => {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('describeConfig', () => {
  it('says the optimizer, its non-default options, lr and epochs, and the scheduler with its firing points', () => {
    expect(
      describeConfig(
        cfg({
          epochs: 100,
          optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
          scheduler: { type: 'MultiStepLR', milestones: [40, 80] },
        }),
      ),
    ).toBe('SGD, momentum 0.9, lr 0.01, 100 epochs, MultiStepLR at updates 40 and 80');
  });

  it('reads the tutorial runs as short sentences, never as JSON', () => {
    expect(describeConfig(presetConfig('sgd-0.01-160'))).toBe('SGD, lr 0.01, 160 epochs');
    expect(describeConfig(presetConfig('adam-0.12-multistep-0.5'))).toBe(
      'Adam, lr 0.12, 100 epochs, MultiStepLR at updates 5, 10, 15 and 20 (decay factor 0.5)',
    );
    expect(describeConfig(presetConfig('adam-0.12-multiplicative-0.8'))).toBe(
      'Adam, lr 0.12, 100 epochs, MultiplicativeLR (factor 0.8, first firing 6, last firing 24, spacing 2)',
    );
    for (const p of PRESETS) expect(describeConfig(presetConfig(p.id))).not.toMatch(/[{}[\]"]/);
  });

  it('takes its words from the registries: a relabelled option reads with its new label', () => {
    const label = OPTIMIZERS.adam.params.betas.label;
    const gammaLabel = SCHEDULER_REGISTRY.MultiStepLR.params.gamma.label;
    expect(describeConfig(cfg({ optimizer: { type: 'adam', lr: 0.1, betas: [0.8, 0.99], amsgrad: true } }))).toBe(
      `Adam, ${label.toLowerCase()} (0.8, 0.99), AMSGrad, lr 0.1, 160 epochs`,
    );
    expect(describeScheduler({ type: 'MultiStepLR', milestones: [3], gamma: 0.2 }, 'epochs')).toBe(
      `MultiStepLR at epochs 3 (${gammaLabel.toLowerCase()} 0.2)`,
    );
  });

  it('names run settings that differ from the tutorial and epoch-stepped schedulers', () => {
    expect(
      describeConfig(
        cfg({
          batchSize: 32,
          seed: 1,
          epochs: 10,
          schedulerStep: 'epoch',
          optimizer: { type: 'rmsprop', lr: 0.001 },
          scheduler: { type: 'StepLR', stepSize: 3 },
        }),
      ),
    ).toBe('RMSprop, lr 0.001, 10 epochs, batch size 32, seed 1, StepLR (steps between decays 3)');
  });
});

describe('helpers', () => {
  it('lists in words', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords([5])).toBe('5');
    expect(listInWords([5, 10, 15])).toBe('5, 10 and 15');
  });

  it('prints JSON with number lists on one line and parses back to the same value', () => {
    const v = { epochs: 100, scheduler: { type: 'MultiStepLR', milestones: [4, 8, 1e-3], gamma: 0.8 } };
    const text = readableJson(v);
    expect(text).toContain('"milestones": [4, 8, 0.001]');
    expect(JSON.parse(text)).toEqual(v);
  });
});
