/**
 * Where a valid spec and a particular run disagree with PyTorch: OneCycleLR's cycle
 * ending before the run does. PyTorch raises ("Tried to step N times") once the cycle is
 * exhausted; the core holds the final rate instead, and says so through these notes.
 */
import type { ConfigError, SchedulerSpecLike } from '../types';
import { oneCycleTotalSteps } from './cyclic';
import type { SchedulerContext } from './kernels';
import type { OneCycleLRSpec } from './registry';
import { validateSchedulerSpec } from './validate';

/**
 * Notes (not errors: the run still works) about a spec on a run of `ctx.totalSteps`
 * scheduler steps. Empty for an invalid spec (its validation errors say more).
 */
export function schedulerRunNotes(
  spec: SchedulerSpecLike | null,
  ctx: SchedulerContext,
  path = 'scheduler',
): ConfigError[] {
  const checked = validateSchedulerSpec(spec, path);
  if (!checked.ok || checked.value === null) return [];
  const s = checked.value;
  const notes: ConfigError[] = [];
  const check = (one: OneCycleLRSpec, at: string, steps: number): void => {
    const cycle = oneCycleTotalSteps(one, ctx.stepsPerEpoch, ctx.totalSteps);
    if (steps <= cycle) return;
    const message = `gives a cycle of ${cycle} steps but the scheduler steps ${steps} times; PyTorch would stop with an error, here the final rate holds`;
    notes.push({ path: `${at}.totalSteps`, message });
  };
  if (s.type === 'OneCycleLR') check(s, path, ctx.totalSteps);
  if (s.type === 'ChainedScheduler') {
    s.schedulers.forEach((inner, i) => {
      if (inner.type === 'OneCycleLR') check(inner, `${path}.schedulers[${i}]`, ctx.totalSteps);
    });
  }
  if (s.type === 'SequentialLR') {
    // Scheduler i runs from milestone i-1 to milestone i - 1; its step count restarts at 0.
    s.schedulers.forEach((inner, i) => {
      if (inner.type !== 'OneCycleLR') return;
      const from = i === 0 ? 0 : s.milestones[i - 1];
      const last = i < s.milestones.length ? Math.min(s.milestones[i] - 1, ctx.totalSteps) : ctx.totalSteps;
      check(inner, `${path}.schedulers[${i}]`, Math.max(0, last - from));
    });
  }
  return notes;
}
