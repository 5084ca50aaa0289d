/**
 * A self-contained PyTorch script that reproduces one run of the core: the float32 data
 * from the same seed, the 2021 DataLoader's shuffle order, the model, PyTorch's own
 * optimizer and scheduler classes with their own argument names, the training loop in
 * float64, and a final print of the trace as one JSON object in the shape of
 * `npm run train -- --format json` (config, updates.{epoch, minibatch, loss, wa, wb, dwa,
 * dwb, lr, allMasked}, final, diverged). Pure: config in, Python source out.
 */
import { updatesPerEpoch } from '../config';
import type { OptimizerConfig, TrainConfig } from '../types';
import { optimizerEntry } from '../optimizers/registry';
import { py } from './literal';
import { schedulerSource, type RunShape } from './scheduler';
import { LOOP, PREAMBLE } from './template';

/** `torch.optim.X(model.parameters(), lr=..., ...)` with every option, named as the optimizer registry names them. */
export function optimizerSource(o: OptimizerConfig): string {
  const entry = optimizerEntry(o.type);
  const values = new Map<string, unknown>(Object.entries(o));
  const args = Object.entries(entry.params).map(([key, p]) => {
    const v = values.get(key);
    return `${p.torchName}=${Array.isArray(v) ? `(${v.map((b) => py(b)).join(', ')})` : py(v)}`;
  });
  // foreach=False: the one-tensor-at-a-time path (torch 1.13's default; 2.x defaults to foreach).
  return `torch.optim.${entry.torchClass}(model.parameters(), ${args.join(', ')}, foreach=False)`;
}

/** The run's shape as the scheduler sees it (what OneCycleLR's defaults depend on). */
function runShape(c: TrainConfig): RunShape & { perUpdate: boolean; plateau: boolean } {
  const stepsPerEpoch = updatesPerEpoch(c.data.n, c.batchSize);
  const plateau = c.scheduler !== null && c.scheduler.type === 'ReduceLROnPlateau';
  const perUpdate = c.schedulerStep === 'update' && !plateau;
  return { stepsPerEpoch, schedulerSteps: perUpdate ? stepsPerEpoch * c.epochs : c.epochs, perUpdate, plateau };
}

/** One line saying what the run is, for the docstring. */
function summary(c: TrainConfig): string {
  const s = c.scheduler === null ? 'constant rate' : `${c.scheduler.type} stepped per ${c.schedulerStep}`;
  return `${optimizerEntry(c.optimizer.type).torchClass} (lr ${py(c.optimizer.lr)}), ${s}; ${c.epochs} epochs of batches of ${c.batchSize} from ${c.data.n} points, seed ${c.seed}.`;
}

/** Python lines stepping the scheduler after every update or every epoch (empty for a constant rate). */
function stepLines(c: TrainConfig, shape: ReturnType<typeof runShape>): { update: string[]; epoch: string[] } {
  if (c.scheduler === null) return { update: [], epoch: [] };
  if (shape.plateau)
    return {
      update: [],
      epoch: ['scheduler.step(sum(epoch_losses) / len(epoch_losses) if epoch_losses else math.nan)'],
    };
  const s = c.scheduler;
  // OneCycleLR raises when stepped past total_steps; the core holds its last rate instead.
  const lines =
    s.type === 'OneCycleLR' && s.totalSteps !== null && s.totalSteps < shape.schedulerSteps
      ? ['if scheduler.last_epoch < scheduler.total_steps - 1:', '    scheduler.step()']
      : ['scheduler.step()'];
  return shape.perUpdate ? { update: lines, epoch: [] } : { update: [], epoch: lines };
}

/** Lines, each on a new line with `indent` spaces. */
function indented(lines: string[], indent: number): string {
  return lines.map((l) => `\n${' '.repeat(indent)}${l}`).join('');
}

function cyclesAdamBeta(c: TrainConfig): boolean {
  const adam = c.optimizer.type === 'adam' || c.optimizer.type === 'adamw';
  const specs = c.scheduler === null ? [] : 'schedulers' in c.scheduler ? c.scheduler.schedulers : [c.scheduler];
  return adam && specs.some((s) => s.type === 'CyclicLR' && s.cycleMomentum);
}

/** The script for a validated config (see `resolveConfig`). */
export function pytorchScript(config: TrainConfig): string {
  const shape = runShape(config);
  const step = stepLines(config, shape);
  const note = cyclesAdamBeta(config)
    ? '\n# CyclicLR cycles Adam\'s beta1 from torch 2.0 on; torch 1.13 rejects it ("optimizer must support momentum").'
    : '';
  const scheduler =
    config.scheduler === null
      ? 'scheduler = None  # constant learning rate'
      : `scheduler = ${schedulerSource(config.scheduler, shape)}`;
  const fill: Record<string, string> = {
    SUMMARY: summary(config),
    CONFIG: JSON.stringify(config),
    SEED: String(config.seed),
    N: String(config.data.n),
    A: py(config.data.a),
    B: py(config.data.b),
    NOISE: py(config.data.noise),
    WA: py(config.init.wa),
    WB: py(config.init.wb),
    BATCH_SIZE: String(config.batchSize),
    EPOCHS: String(config.epochs),
    OPTIMIZER: `optimizer = ${optimizerSource(config.optimizer)}${note}`,
    SCHEDULER: scheduler,
    // Inside train(): the update loop's body is indented 12 spaces, the epoch loop's 8.
    STEP_UPDATE: indented(step.update, 12),
    STEP_EPOCH: indented(step.epoch, 8),
  };
  return (PREAMBLE + LOOP).replace(/\{\{([A-Z_]+)\}\}/g, (_m, key: string) => fill[key]);
}
