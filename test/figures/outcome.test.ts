import { describe, expect, it } from 'vitest';
import {
  cursorRate,
  cursorWords,
  fmtLoss,
  lastLoss,
  outcomeSentence,
  runOutcomes,
  runsOutcome,
  sweepOutcome,
  type OutcomeTrace,
} from '../../src/figures/outcome';
import { runPreset } from '../../src/experiments/runner';

const trace = (loss: number[], final = { wa: 1.26118, wb: 1.23244 }, diverged: OutcomeTrace['diverged'] = null) => ({
  length: loss.length,
  loss: Float64Array.from(loss),
  final,
  diverged,
});

describe('outcomeSentence', () => {
  it('names the final Wa, Wb, the loss and the updates of a run that converged', () => {
    expect(outcomeSentence(trace([0.3, 0.02, 0.0101234]))).toBe(
      'Final Wa = 1.2612, Wb = 1.2324, last mini-batch loss 0.01012 after 3 updates.',
    );
  });

  it('says where a run diverged, and why, instead of a final loss', () => {
    const s = outcomeSentence(trace([0.3, 5], { wa: -2.5, wb: 40 }, { update: 3, reason: 'loss became Infinity' }));
    expect(s).toBe('The run diverged at update 3: loss became Infinity; last Wa = −2.5000, Wb = 40.0000.');
    expect(s).not.toMatch(/loss \d/);
  });

  it('takes the last mini-batch that had a loss (a fully masked one has none)', () => {
    expect(lastLoss(trace([0.5, 0.25, Number.NaN]))).toBe(0.25);
    expect(outcomeSentence(trace([Number.NaN]))).toBe('Final Wa = 1.2612, Wb = 1.2324 after 1 update.');
  });

  it('reads a real run of the tutorial: the last loss of its trace', () => {
    const t = runPreset('sgdm-0.012-100');
    expect(outcomeSentence(t)).toMatch(
      /^Final Wa = 3\.33\d\d, Wb = 0\.99\d\d, last mini-batch loss 0\.0\d+ after 800 updates\.$/,
    );
    expect(outcomeSentence(t)).toContain(fmtLoss(t.loss[t.length - 1]));
  });

  it('writes losses as plain decimals, never SI prefixes', () => {
    expect(fmtLoss(0.2)).toBe('0.2');
    expect(fmtLoss(0.000879912)).toBe('0.0008799');
    expect(fmtLoss(0.0000123456)).toBe('1.235e-5');
    expect(fmtLoss(123.456, 2)).toBe('120');
  });
});

describe('sweepOutcome', () => {
  const lrs = [0.001, 0.01, 0.1, 1];
  it('gives each optimizer its lowest final loss and rate, and which diverged from which rate', () => {
    const s = sweepOutcome(
      [
        { label: 'SGD', lrs, finalLoss: [0.2, 0.001, Number.POSITIVE_INFINITY, 50] },
        { label: 'Adam', lrs, finalLoss: [0.1, 0.05, 0.0009, 0.01] },
      ],
      100,
      10,
    );
    expect(s).toBe(
      '8 runs of 100 epochs. Lowest final loss: SGD: 0.001 at lr 0.01; Adam: 0.0009 at lr 0.1. ' +
        'Diverged or ended above 10: SGD: 2 of 4 rates, the smallest lr 0.1.',
    );
  });

  it('says so when nothing diverged, and when everything did', () => {
    expect(sweepOutcome([{ label: 'Adam', lrs, finalLoss: [1, 1, 1, 1] }], 5, 10)).toMatch(/No run diverged\.$/);
    expect(sweepOutcome([{ label: 'SGD', lrs, finalLoss: [NaN, NaN, 11, Infinity] }], 5, 10)).toBe(
      '4 runs of 5 epochs. Lowest final loss: SGD: none. Diverged or ended above 10: SGD: 4 of 4 rates, the smallest lr 0.001.',
    );
  });
});

describe('runsOutcome (the players’ status line)', () => {
  const ok = trace([0.3, 0.0101234]);
  const bad = trace([0.3, 5], { wa: -2.5, wb: 40 }, { update: 2, reason: 'loss became Infinity' });

  it('leads each run’s outcome sentence with its label, one sentence per run', () => {
    expect(
      runsOutcome([
        { label: 'lr 0.01 fixed', trace: ok },
        { label: 'lr 5', trace: bad },
      ]),
    ).toBe(
      'lr 0.01 fixed: final Wa = 1.2612, Wb = 1.2324, last mini-batch loss 0.01012 after 2 updates. ' +
        'lr 5: the run diverged at update 2: loss became Infinity; last Wa = −2.5000, Wb = 40.0000.',
    );
  });

  it('says a lone run’s sentence as it is, without a label', () => {
    expect(runOutcomes([{ label: 'SGD', trace: ok }])).toEqual([{ label: '', text: outcomeSentence(ok) }]);
    expect(runsOutcome([{ label: 'SGD', trace: ok }])).toBe(outcomeSentence(ok));
  });
});

describe('cursorWords (the word readout at a linked cursor)', () => {
  it('reads one run as one line: update, learning rate, loss', () => {
    expect(cursorWords(35, [{ label: '', lr: 0.005, loss: 0.21334 }])).toEqual(['Update 35: lr 0.00500, loss 0.213']);
  });

  it('names each run of several on its own line, and a run without that update', () => {
    expect(
      cursorWords(900, [
        { label: 'lr 0.12 fixed', lr: 0.12, loss: 0.000937 },
        { label: 'short', lr: Number.NaN, loss: Number.NaN },
      ]),
    ).toEqual(['Update 900:', 'lr 0.12 fixed: lr 0.120, loss 0.000937', 'short: no such update']);
  });

  it('keeps three significant digits so the line keeps its width', () => {
    expect(cursorRate(0.01)).toBe('0.0100');
    expect(cursorRate(0.000819)).toBe('0.000819');
    expect(cursorRate(0.00001)).toBe('1.00e-5');
    expect(cursorRate(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('cursorWords with a lead', () => {
  it('names the update as asked ("Last update" where no cursor is set)', () => {
    expect(cursorWords(1280, [{ label: '', lr: 0.01, loss: 0.000937 }], 'Last update')).toEqual([
      'Last update 1280: lr 0.0100, loss 0.000937',
    ]);
  });
});
