import { describe, expect, it } from 'vitest';
import { schedulerRunNotes } from '../../../src/core/schedulers';

const ctx = { baseLr: 0.12, baseMomentum: 0.9, stepsPerEpoch: 8, totalSteps: 800 };

describe('schedulerRunNotes', () => {
  it('says when OneCycleLR’s cycle is shorter than the run (where PyTorch would raise)', () => {
    expect(schedulerRunNotes({ type: 'OneCycleLR', maxLr: 0.1, totalSteps: 200 }, ctx)).toEqual([
      {
        path: 'scheduler.totalSteps',
        message:
          'gives a cycle of 200 steps but the scheduler steps 800 times; PyTorch would stop with an error, here the final rate holds',
      },
    ]);
    expect(schedulerRunNotes({ type: 'OneCycleLR', maxLr: 0.1, epochs: 10 }, ctx)[0].message).toContain(
      'cycle of 80 steps',
    );
  });

  it('is silent when the cycle covers the run, including the default cycle length', () => {
    expect(schedulerRunNotes({ type: 'OneCycleLR', maxLr: 0.1, totalSteps: 800 }, ctx)).toEqual([]);
    expect(schedulerRunNotes({ type: 'OneCycleLR', maxLr: 0.1 }, ctx)).toEqual([]);
    expect(schedulerRunNotes({ type: 'StepLR', stepSize: 3 }, ctx)).toEqual([]);
    expect(schedulerRunNotes(null, ctx)).toEqual([]);
    expect(schedulerRunNotes({ type: 'Bogus' }, ctx)).toEqual([]);
  });

  it('counts a SequentialLR member’s own steps, which restart at its milestone', () => {
    const spec = {
      type: 'SequentialLR',
      schedulers: [
        { type: 'OneCycleLR', maxLr: 0.1, totalSteps: 99 },
        { type: 'OneCycleLR', maxLr: 0.1, totalSteps: 700 },
      ],
      milestones: [100],
    };
    // Member 0 steps up to update 99 (fits 99); member 1 from 100 to 800 (700 steps: fits).
    expect(schedulerRunNotes(spec, ctx)).toEqual([]);
    const longer = { ...ctx, totalSteps: 801 };
    expect(schedulerRunNotes(spec, longer).map((n) => n.path)).toEqual(['scheduler.schedulers[1].totalSteps']);
  });
});
