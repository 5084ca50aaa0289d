/**
 * Python source for a scheduler spec in the exported script: the core's one call emitter
 * (`torchCall`, PyTorch's own class and argument names from the registry, the JSON rules
 * of MultiplicativeLR / LambdaLR as equivalent Python lambdas), laid out for a script that
 * does `from torch.optim import lr_scheduler`.
 */
import { torchCall } from '../schedulers/torch-call';
import type { AnySchedulerSpec } from '../schedulers/registry';

/** What the emitter needs to know about the run to fill in defaults that depend on it. */
export interface RunShape {
  /** Optimizer steps per epoch (OneCycleLR's steps_per_epoch when the spec leaves it out). */
  stepsPerEpoch: number;
  /** scheduler.step() calls of the whole run (OneCycleLR's total_steps when left out). */
  schedulerSteps: number;
}

/** `lr_scheduler.X(optimizer, ...)` for a validated spec; nested schedulers one per line. */
export function schedulerSource(spec: AnySchedulerSpec, run: RunShape, indent = ''): string {
  const filledFrom = { stepsPerEpoch: run.stepsPerEpoch, totalSteps: Math.max(1, run.schedulerSteps) };
  return torchCall(spec, filledFrom, { module: 'lr_scheduler.', indent });
}
