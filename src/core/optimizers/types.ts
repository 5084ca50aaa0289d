/** The optimizer contract (optax shape, PyTorch semantics) shared by every optimizer. */

/** The two learnable parameters (Wa, Wb), or their gradients. */
export type Params = [number, number];

/** Per-step hyper-parameters, supplied by the scheduler. */
export interface StepHyper {
  lr: number;
  /**
   * When given, replaces SGD/RMSprop `momentum` or Adam's `beta1` for this step only
   * (what OneCycleLR/CyclicLR do to `param_groups[0]` when they cycle momentum).
   */
  momentum?: number;
}

/** What the trace records of an optimizer's state after a step; NaN where it has no such buffer. */
export interface Internals {
  /** First moment / momentum buffer. */
  va: number;
  vb: number;
  /** Raw (not bias-corrected) second-moment average. */
  sa: number;
  sb: number;
}

/**
 * A pure optimizer over plain JSON-serialisable state, plus an in-place kernel with the
 * same arithmetic for the trainer's allocation-free hot loop.
 */
export interface Optimizer<S> {
  init(params: Params): S;
  /** Pure: returns new params and a new state; the inputs are not modified. */
  update(grads: Params, state: S, params: Params, hp: StepHyper): { params: Params; state: S };
  internals(state: S): Internals;
  /**
   * In place: updates `w` (length 2) and `state` for gradient (ga, gb).
   * `momentum` NaN means "use the configured value".
   */
  stepInPlace(state: S, w: Float64Array, ga: number, gb: number, lr: number, momentum: number): void;
  /** Writes va, vb, sa, sb into out[0..3] without allocating. */
  internalsInto(state: S, out: Float64Array): void;
}

/** Builds the pure `update` and `internals` from the in-place kernel and a state copier. */
export function fromKernel<S>(
  init: (params: Params) => S,
  copy: (state: S) => S,
  stepInPlace: Optimizer<S>['stepInPlace'],
  internalsInto: Optimizer<S>['internalsInto'],
): Optimizer<S> {
  return {
    init,
    stepInPlace,
    internalsInto,
    update(grads, state, params, hp) {
      const next = copy(state);
      const w = Float64Array.of(params[0], params[1]);
      stepInPlace(next, w, grads[0], grads[1], hp.lr, hp.momentum ?? NaN);
      return { params: [w[0], w[1]], state: next };
    },
    internals(state) {
      const out = new Float64Array(4);
      internalsInto(state, out);
      return { va: out[0], vb: out[1], sa: out[2], sb: out[3] };
    },
  };
}
