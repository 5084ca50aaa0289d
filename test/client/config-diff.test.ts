import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import { configDiff } from '../../src/client/config-diff';
import { defaultSchedulerSpec, FORM_SCHEDULER_TYPES } from '../../src/client/scheduler-fields';
import { mergeConfig } from '../../src/client/url-state';

describe('compact config diff', () => {
  it.each(FORM_SCHEDULER_TYPES)(
    'a %s run with an Adam optimizer survives diff, merge and validation unchanged',
    (type) => {
      const r = resolveConfig({
        optimizer: { type: 'adam', lr: 0.05, eps: 1e-7 },
        scheduler: defaultSchedulerSpec(type),
      });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const diff = configDiff(DEFAULT_CONFIG, r.value);
      const back = resolveConfig(mergeConfig(DEFAULT_CONFIG, diff), DEFAULT_CONFIG);
      expect(back).toEqual({ ok: true, value: r.value });
    },
  );

  it('keeps only what differs from the new optimizer type’s defaults', () => {
    const r = resolveConfig({ optimizer: { type: 'rmsprop', lr: 0.001 } });
    if (!r.ok) throw new Error('invalid');
    expect(configDiff(DEFAULT_CONFIG, r.value)).toEqual({ optimizer: { type: 'rmsprop', lr: 0.001 } });
  });

  it('is undefined for the default config itself', () => {
    expect(configDiff(DEFAULT_CONFIG, DEFAULT_CONFIG)).toBeUndefined();
  });
});
