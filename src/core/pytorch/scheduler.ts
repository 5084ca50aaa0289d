/**
 * Python source for a scheduler spec: PyTorch's own class from torch.optim.lr_scheduler
 * with its own argument names (from the scheduler registry's torchName), and the JSON
 * rules of MultiplicativeLR / LambdaLR written as equivalent Python lambdas.
 */
import { schedulerEntry, type AnySchedulerSpec, type FactorRule, type OneCycleLRSpec } from '../schedulers/registry';
import { py } from './literal';

/** What the emitter needs to know about the run to fill in defaults that depend on it. */
export interface RunShape {
  /** Optimizer steps per epoch (OneCycleLR's steps_per_epoch when the spec leaves it out). */
  stepsPerEpoch: number;
  /** scheduler.step() calls of the whole run (OneCycleLR's total_steps when left out). */
  schedulerSteps: number;
}

/** The Python condition "the rule fires at t" (t = scheduler steps so far, >= 1). */
function fires(rule: FactorRule): string {
  if (rule.at !== null) return `t in {${rule.at.join(', ')}}`;
  const range = rule.end === null ? `t >= ${rule.start}` : `${rule.start} <= t <= ${rule.end}`;
  return rule.every === 1 ? range : `${range} and (t - ${rule.start}) % ${rule.every} == 0`;
}

/** How often the rule fired at t = 1 .. t, as a Python expression in t. */
function count(rule: FactorRule): string {
  if (rule.at !== null) return `sum(1 for m in (${rule.at.join(', ')}${rule.at.length === 1 ? ',' : ''}) if m <= t)`;
  const last = rule.end === null ? 't' : `min(t, ${rule.end})`;
  return `(0 if t < ${rule.start} else (${last} - ${rule.start}) // ${rule.every} + 1)`;
}

/** OneCycleLR's length arguments, as the spec gives them (else the run's). */
function oneCycleLength(spec: OneCycleLRSpec, run: RunShape): string[] {
  if (spec.totalSteps !== null) return [`total_steps=${spec.totalSteps}`];
  if (spec.epochs !== null)
    return [`epochs=${spec.epochs}`, `steps_per_epoch=${spec.stepsPerEpoch ?? run.stepsPerEpoch}`];
  return [`total_steps=${Math.max(1, run.schedulerSteps)}`];
}

/** `lr_scheduler.X(optimizer, ...)` for a validated spec; nested schedulers inline. */
export function schedulerSource(spec: AnySchedulerSpec, run: RunShape, indent = ''): string {
  const args: string[] = [];
  switch (spec.type) {
    case 'MultiplicativeLR':
      args.push(`lr_lambda=lambda t: ${py(spec.factor)} if ${fires(spec)} else 1.0`);
      break;
    case 'LambdaLR':
      args.push(`lr_lambda=lambda t: ${py(spec.factor)} ** ${count(spec)}`);
      break;
    case 'SequentialLR':
    case 'ChainedScheduler': {
      const inner = spec.schedulers.map((s) => `${indent}    ${schedulerSource(s, run, `${indent}    `)},`);
      const list = `[\n${inner.join('\n')}\n${indent}]`;
      // ChainedScheduler takes no optimizer before torch 2.3; its schedulers carry it.
      if (spec.type === 'ChainedScheduler') return `lr_scheduler.ChainedScheduler(${list})`;
      return `lr_scheduler.SequentialLR(optimizer, schedulers=${list}, milestones=[${spec.milestones.join(', ')}])`;
    }
    default: {
      const entry = schedulerEntry(spec.type);
      if (entry === undefined) throw new Error(`no PyTorch mapping for scheduler ${spec.type}`);
      const values = new Map<string, unknown>(Object.entries(spec));
      if (spec.type === 'OneCycleLR') {
        args.push(`max_lr=${py(spec.maxLr)}`);
        for (const a of oneCycleLength(spec, run)) args.push(a);
      }
      for (const [key, p] of Object.entries(entry.params)) {
        if (spec.type === 'OneCycleLR' && ['maxLr', 'totalSteps', 'epochs', 'stepsPerEpoch'].includes(key)) continue;
        const v = values.get(key);
        const int = p.kind === 'int' || p.kind === 'intList';
        args.push(`${p.torchName}=${py(v, int)}`);
      }
    }
  }
  return `lr_scheduler.${spec.type}(optimizer, ${args.join(', ')})`;
}
