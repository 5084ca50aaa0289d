import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../src/core';
import {
  decodeRuns,
  decodeSelected,
  encodeRuns,
  MAX_RUNS,
  runLabel,
  runNames,
} from '../../src/client/playground-state';
import { encodeState } from '../../src/client/url-state';

const cfg = (p: unknown) => {
  const r = resolveConfig(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('playground runs in the URL', () => {
  it('round-trips a list of runs as diffs from the default config', () => {
    const runs = [
      DEFAULT_CONFIG,
      cfg({
        epochs: 100,
        optimizer: { type: 'adam', lr: 0.12 },
        scheduler: { type: 'MultiStepLR', milestones: [5, 10, 15, 20], gamma: 0.5 },
      }),
    ];
    const text = encodeRuns(runs);
    expect(text.length).toBeLessThan(200);
    expect(decodeRuns(text)).toEqual({ runs, notices: [] });
  });

  it('drops an invalid run with a notice naming the field and keeps the others', () => {
    const d = decodeRuns(encodeState([{ epochs: 20 }, { optimizer: { lr: 0 } }]));
    expect(d.runs).toHaveLength(1);
    expect(d.runs[0].epochs).toBe(20);
    expect(d.notices[0]).toMatch(/^Ignored shared run 2: optimizer\.lr /);
  });

  it('keeps at most six runs', () => {
    const d = decodeRuns(encodeState(Array.from({ length: 9 }, () => ({}))));
    expect(d.runs).toHaveLength(MAX_RUNS);
    expect(d.notices).toEqual([`Not shown: shared runs 7, 8, 9 (the playground holds ${MAX_RUNS} runs).`]);
  });

  it('a seven-run link whose first run is invalid keeps the six valid ones and says which runs were dropped and why', () => {
    const patches = [{ optimizer: { lr: -1 } }, ...Array.from({ length: 6 }, (_, i) => ({ epochs: 10 + i }))];
    const d = decodeRuns(encodeState(patches));
    expect(d.runs.map((r) => r.epochs)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(d.notices).toHaveLength(1);
    expect(d.notices[0]).toMatch(/^Ignored shared run 1: optimizer\.lr must be/);
  });

  it('a run that is not an object is named, never reported with an empty path', () => {
    const d = decodeRuns(encodeState([5, { epochs: 12 }]));
    expect(d.runs.map((r) => r.epochs)).toEqual([12]);
    expect(d.notices).toEqual(['Ignored shared run 1: it is not a set of named settings.']);
  });

  it('reads the selected run (1-based) and falls back to the first when absent or out of range', () => {
    expect(decodeSelected('3', 4)).toBe(2);
    expect(decodeSelected(null, 4)).toBe(0);
    expect(decodeSelected('5', 4)).toBe(0);
    expect(decodeSelected('0', 4)).toBe(0);
    expect(decodeSelected('1e1', 40)).toBe(0);
  });

  it('refuses what is not a list, or not base64url JSON', () => {
    expect(decodeRuns(encodeState({ epochs: 3 })).notices[0]).toContain('not a list of runs');
    expect(decodeRuns('!!').runs).toEqual([]);
  });

  it('labels runs by optimizer, rate, scheduler and epochs', () => {
    expect(runLabel(DEFAULT_CONFIG)).toBe('SGD, lr 0.01, 160 ep');
    expect(runLabel(cfg({ optimizer: { type: 'sgd', momentum: 0.9, lr: 0.012 }, epochs: 100 }))).toBe(
      'SGD momentum 0.9, lr 0.012, 100 ep',
    );
  });
});

describe('runNames: the playground’s legends name runs by what sets them apart', () => {
  it('always says the optimizer and its rate, and only the settings that differ between the runs', () => {
    expect(runNames([DEFAULT_CONFIG])).toEqual(['SGD, lr 0.01']);
    expect(runNames([DEFAULT_CONFIG, cfg({ optimizer: { type: 'adam', lr: 0.01 } })])).toEqual([
      'SGD, lr 0.01',
      'Adam, lr 0.01',
    ]);
    expect(
      runNames([
        DEFAULT_CONFIG,
        cfg({ epochs: 50, batchSize: 32, optimizer: { type: 'sgd', momentum: 0.9 } }),
        cfg({ init: { wa: 0.5 }, scheduler: { type: 'MultiStepLR', milestones: [100], gamma: 0.5 } }),
      ]),
    ).toEqual([
      'SGD, lr 0.01',
      'SGD momentum 0.9, lr 0.01, 50 epochs, batch size 32',
      'SGD, lr 0.01, MultiStepLR, start Wa 0.5',
    ]);
    // A setting every run shares is not said, even when it is not the tutorial's.
    expect(runNames([cfg({ epochs: 50 }), cfg({ epochs: 50, optimizer: { type: 'adam' } })])).toEqual([
      'SGD, lr 0.01',
      'Adam, lr 0.01',
    ]);
    // Two runs that both leave the tutorial's value say theirs.
    expect(runNames([cfg({ epochs: 50 }), cfg({ epochs: 100 })])).toEqual([
      'SGD, lr 0.01, 50 epochs',
      'SGD, lr 0.01, 100 epochs',
    ]);
  });

  it('describes runs in full when the short names tie but the runs differ elsewhere', () => {
    const names = runNames([
      cfg({ optimizer: { type: 'adam', betas: [0.8, 0.99] } }),
      cfg({ optimizer: { type: 'adam' } }),
    ]);
    expect(names[0]).toMatch(/^Adam, .*\(0\.8, 0\.99\).*lr 0\.01/);
    expect(names[1]).toBe('Adam, lr 0.01, 160 epochs');
    expect(new Set(names).size).toBe(2);
  });

  it('numbers runs that are the same settings (a duplicate), so every legend entry is distinct', () => {
    expect(runNames([DEFAULT_CONFIG, DEFAULT_CONFIG, cfg({ optimizer: { type: 'adam' } })])).toEqual([
      'SGD, lr 0.01 (run 1)',
      'SGD, lr 0.01 (run 2)',
      'Adam, lr 0.01',
    ]);
  });
});
