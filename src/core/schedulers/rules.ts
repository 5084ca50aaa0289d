/**
 * MultiplicativeLR and LambdaLR with serialisable rules in place of Python lambdas.
 *
 * A rule (see `FactorRule`) names the update counts t >= 1 at which its factor fires.
 * PyTorch evaluates `lr_lambda(last_epoch)` right after `last_epoch` is advanced, so a
 * rule firing at t changes the rate used from update t on (0-based), exactly like a
 * MultiStepLR milestone at t.
 */
import { bisectRight, chainable, withLr, type EpochState, type NestableKernel } from './kernel';
import type { FactorRule, LambdaLRSpec, MultiplicativeLRSpec } from './registry';

/** Does the rule fire at update count t? */
export function ruleFires(rule: FactorRule, t: number): boolean {
  if (rule.at !== null) return rule.at.includes(t);
  if (t < rule.start || (rule.end !== null && t > rule.end)) return false;
  return (t - rule.start) % rule.every === 0;
}

/** How many times the rule has fired at update counts 1..t (O(log n), no loop over t). */
export function ruleCount(rule: FactorRule, t: number): number {
  if (rule.at !== null) return bisectRight(rule.at, t);
  const last = rule.end === null ? t : Math.min(t, rule.end);
  if (last < rule.start) return 0;
  return Math.floor((last - rule.start) / rule.every) + 1;
}

/**
 * MultiplicativeLR: lr_t = lr_{t-1} * lambda(t), with lambda(t) = factor where the rule
 * fires and 1 elsewhere (equation (11) of the tutorial). lambda is never called at t = 0.
 */
export function multiplicativeLR(spec: MultiplicativeLRSpec): NestableKernel<EpochState> {
  const at = spec.at === null ? null : new Set(spec.at);
  const fires = (t: number): boolean => (at !== null ? at.has(t) : ruleFires(spec, t));
  return chainable<EpochState>({
    extra: {},
    getLr(s, g) {
      if (s.lastEpoch <= 0) return [s, g];
      return [s, withLr(g, g.lr * (fires(s.lastEpoch) ? spec.factor : 1))];
    },
  });
}

/**
 * LambdaLR: lr_t = base * lambda(t), where lambda(t) = factor^(number of firing points
 * in 1..t) is the rate relative to the base rate (lambda(0) = 1). With the same rule it
 * gives MultiplicativeLR's curve, computed from the base instead of recursively.
 */
export function lambdaLR(spec: LambdaLRSpec): NestableKernel<EpochState> {
  return chainable<EpochState>({
    extra: {},
    getLr: (s, g) => [s, withLr(g, s.baseLr * Math.pow(spec.factor, ruleCount(spec, s.lastEpoch)))],
  });
}
