/**
 * The default experiment and the validation of untrusted configs (reader controls, URLs,
 * files). `resolveConfig` never throws: it returns a complete TrainConfig or errors that
 * name the offending field and what is allowed.
 */
import { Reader } from './config/fields';
import { optimizerDefaults, readOptimizer } from './config/optimizer';
import { validateSchedulerSpec, type AnySchedulerSpec } from './schedulers';
import type { ConfigError, TrainConfig, Validated } from './types';

export { optimizerDefaults, OPTIMIZER_TYPES, DEFAULT_LR, MAX_LR } from './config/optimizer';
export { MAX_LIST_LENGTH } from './schedulers/registry';

/** Most updates one run may take (epochs x updates per epoch), so no input can freeze a page. */
export const MAX_UPDATES = 200_000;
export const MIN_POINTS = 8;
export const MAX_POINTS = 4096;
export const MAX_EPOCHS = 100_000;
/** Bound on |Wa|, |Wb| at the start. */
export const MAX_INIT = 10;

/** Updates per epoch: the last partial batch is kept (PyTorch's drop_last=False). */
export function updatesPerEpoch(n: number, batchSize: number): number {
  return Math.ceil(n / batchSize);
}

/**
 * The tutorial's section 2.1 SGD run: seed 9999, 512 points of the true orbit
 * (a = 1.261845, b = 1.234378) with noise width 0.1, start (0.1, 1.8), batches of 64,
 * 160 epochs (1280 updates), plain SGD at lr 0.01, constant rate, scheduler stepped
 * after every update (as the tutorial does).
 */
export const DEFAULT_CONFIG: TrainConfig = deepFreeze({
  seed: 9999,
  data: { n: 512, a: 1.261845, b: 1.234378, noise: 0.1 },
  init: { wa: 0.1, wb: 1.8 },
  batchSize: 64,
  epochs: 160,
  optimizer: optimizerDefaults('sgd'),
  scheduler: null,
  schedulerStep: 'update',
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy of plain JSON data (configs hold nothing else). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const TOP_KEYS = ['seed', 'data', 'init', 'batchSize', 'epochs', 'optimizer', 'scheduler', 'schedulerStep'] as const;

/**
 * Validates `input` (a deep-partial config; missing fields come from `base`, by default
 * the tutorial's) and returns a complete config or every problem found.
 */
export function resolveConfig(input: unknown, base: TrainConfig = DEFAULT_CONFIG): Validated<TrainConfig> {
  try {
    return resolve(input, base);
  } catch {
    // Only exotic inputs (throwing getters, proxies) get here; plain JSON never does.
    return { ok: false, errors: [{ path: '', message: 'could not be read as a config object' }] };
  }
}

function resolve(input: unknown, base: TrainConfig): Validated<TrainConfig> {
  const r = new Reader();
  const top = r.object(input, '');
  if (top === null) return { ok: false, errors: r.errors };
  r.onlyKeys(top, '', TOP_KEYS, 'a training config');

  const seed = r.number(top.seed, 'seed', base.seed, 0, 4294967295, '[]', true);

  let data = base.data;
  const rd = top.data === undefined ? null : r.object(top.data, 'data');
  if (rd !== null) {
    r.onlyKeys(rd, 'data', ['n', 'a', 'b', 'noise'], 'data');
    const n = r.number(rd.n, 'data.n', base.data.n, MIN_POINTS, MAX_POINTS, '[]', true);
    const a = r.number(rd.a, 'data.a', base.data.a, 0, 10, '(]');
    const b = r.number(rd.b, 'data.b', base.data.b, 0, 10, '(]');
    if (a === a && b === b && b > a)
      r.fail('data.b', `must not exceed data.a (${a}): the centre offset is sqrt(a^2 - b^2); got ${b}`);
    const noise = r.number(rd.noise, 'data.noise', base.data.noise, 0, 1);
    data = { n, a, b, noise };
  }

  let init = base.init;
  const ri = top.init === undefined ? null : r.object(top.init, 'init');
  if (ri !== null) {
    r.onlyKeys(ri, 'init', ['wa', 'wb'], 'init');
    init = {
      wa: r.number(ri.wa, 'init.wa', base.init.wa, -MAX_INIT, MAX_INIT),
      wb: r.number(ri.wb, 'init.wb', base.init.wb, -MAX_INIT, MAX_INIT),
    };
    // The run starts from the float32 value (as the original's parameters were float32).
    if (Math.fround(init.wa) === 0) {
      r.fail(
        'init.wa',
        `must not be 0: the model divides by Wa² (y = Wb·sqrt(1 − (x + c)²/Wa²)), so every loss would be undefined; got ${init.wa}`,
      );
    }
  }

  const n = data.n === data.n ? data.n : base.data.n;
  // An explicit batch size must fit the data; a default one is clipped to a smaller data set.
  const batchSize =
    top.batchSize === undefined
      ? Math.min(base.batchSize, n)
      : r.number(top.batchSize, 'batchSize', base.batchSize, 1, n, '[]', true);
  const epochs = r.number(top.epochs, 'epochs', base.epochs, 1, MAX_EPOCHS, '[]', true);
  if (batchSize === batchSize && epochs === epochs) {
    const perEpoch = updatesPerEpoch(n, batchSize);
    const total = perEpoch * epochs;
    if (total > MAX_UPDATES) {
      r.fail(
        top.epochs === undefined ? 'batchSize' : 'epochs',
        `gives ${epochs} epochs x ${perEpoch} updates = ${total} updates, over the limit of ${MAX_UPDATES.toLocaleString('en-US')}; use fewer epochs or larger batches`,
      );
    }
  }

  const optimizer = readOptimizer(r, top.optimizer, 'optimizer', base.optimizer);
  const schedulerStep = r.oneOf(top.schedulerStep, 'schedulerStep', base.schedulerStep, ['update', 'epoch'] as const);
  const scheduler = top.scheduler === undefined ? base.scheduler : readScheduler(r, top.scheduler, 'scheduler');

  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return { ok: true, value: clone({ seed, data, init, batchSize, epochs, optimizer, scheduler, schedulerStep }) };
}

/** One line per error: "optimizer.lr must be a number in (0, 10]; got -1". */
export function formatErrors(errors: readonly ConfigError[]): string {
  return errors.map((e) => (e.path === '' ? `config ${e.message}` : `${e.path} ${e.message}`)).join('\n');
}

/** Validates the `scheduler` field of a config (null = constant rate), recording errors in `r`. */
function readScheduler(r: Reader, raw: unknown, path: string): AnySchedulerSpec | null {
  const checked = validateSchedulerSpec(raw, path);
  if (checked.ok) return checked.value;
  for (const e of checked.errors) r.fail(e.path, e.message);
  return null;
}
