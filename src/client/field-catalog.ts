/**
 * The controls a reader gets, per optimizer and for the run as a whole. Optimizer fields
 * are derived from the core's optimizer registry (ranges, labels, PyTorch names, help),
 * so a form accepts exactly what the validator accepts.
 */
import { MAX_INIT } from '../core/config';
import { OPTIMIZERS, OPTIMIZER_TYPES, type OptimizerType } from '../core/optimizers/registry';
import { fieldOf, fieldsOf, type FieldSpec } from './fields';

/** The learning rate: a logarithmic slider beside an exact number field. */
export const LR_FIELD: FieldSpec = fieldOf('optimizer.lr', OPTIMIZERS.sgd.params.lr);

/** The optimizer types as select options, in registry order. */
export const OPTIMIZER_CHOICES: { value: OptimizerType; label: string }[] = OPTIMIZER_TYPES.map((t) => ({
  value: t,
  label: OPTIMIZERS[t].label,
}));

export const OPTIMIZER_FIELD: FieldSpec = {
  path: 'optimizer.type',
  label: 'Optimizer',
  kind: 'select',
  options: OPTIMIZER_CHOICES,
};

/** Hyper-parameters after the learning rate, per optimizer type (keyed by any string a page may pass). */
export const OPTIMIZER_FIELDS: Record<string, FieldSpec[]> = Object.fromEntries(
  OPTIMIZER_TYPES.map((t) => [t, fieldsOf('optimizer', OPTIMIZERS[t].params).filter((f) => f.path !== LR_FIELD.path)]),
);

/** Run-level controls: length, batching, data and the start point (narrower than the core allows). */
export const RUN_FIELDS: FieldSpec[] = [
  { path: 'epochs', label: 'Epochs', kind: 'integer', min: 1, max: 2000 },
  { path: 'batchSize', label: 'Batch size', torchName: 'batch_size', kind: 'integer', min: 1, max: 512 },
  { path: 'seed', label: 'Seed', kind: 'integer', min: 0, max: 4294967295 },
  { path: 'data.noise', label: 'Noise', kind: 'number', min: 0, max: 1 },
  { path: 'init.wa', label: 'Start Wa', kind: 'number', min: -MAX_INIT, max: MAX_INIT },
  { path: 'init.wb', label: 'Start Wb', kind: 'number', min: -MAX_INIT, max: MAX_INIT },
];

/** Every field an island can show, by path (scheduler fields come from the scheduler registry). */
export function findField(path: string): FieldSpec | undefined {
  if (path === LR_FIELD.path) return LR_FIELD;
  if (path === OPTIMIZER_FIELD.path) return OPTIMIZER_FIELD;
  for (const list of [RUN_FIELDS, ...Object.values(OPTIMIZER_FIELDS)]) {
    const hit = list.find((f) => f.path === path);
    if (hit) return hit;
  }
  return undefined;
}
