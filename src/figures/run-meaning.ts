/**
 * The meaning of runs a reader puts together (the playground's list, an island's own
 * run), so their looks follow palette.ts's rules instead of their place in a list:
 * - runs that share one optimizer and differ by learning rate take the ordered
 *   learning-rate scale (a larger rate looks larger, the same rate the same everywhere);
 * - otherwise each run takes its optimizer's colour and marker;
 * - runs that would look alike (same optimizer, or same rate) get another dash (`variant`);
 * - the reader's run (the one being edited) takes the "you" style and is drawn on top.
 */
import { optimizerKey, runStyle, type RunMeta, type RunStyle } from './palette';

/** What of a run's settings its looks depend on (a TrainConfig has it). */
export interface RunKind {
  optimizer: { type: string; lr: number; momentum?: number };
}

/**
 * The meaning of each run in `configs`, in order; `you` is the index of the reader's run
 * (null: none of them). See the module comment for the rules.
 */
export function configMetas(configs: readonly RunKind[], you: number | null = null): RunMeta[] {
  const keys = configs.map((c) => optimizerKey(c.optimizer));
  const oneOptimizer = keys.every((k) => k === keys[0]);
  const byLr = oneOptimizer && new Set(configs.map((c) => c.optimizer.lr)).size > 1;
  const seen = new Map<string, number>();
  return configs.map((c, i) => {
    const look = byLr ? `lr ${c.optimizer.lr}` : keys[i];
    const variant = seen.get(look) ?? 0;
    seen.set(look, variant + 1);
    const meta: RunMeta = { optimizer: keys[i], lr: c.optimizer.lr, colourBy: byLr ? 'lr' : 'optimizer', variant };
    if (i === you) meta.role = 'you';
    return meta;
  });
}

/** The styles of `configMetas(configs, you)`. */
export function configStyles(configs: readonly RunKind[], you: number | null = null): RunStyle[] {
  return configMetas(configs, you).map(runStyle);
}
