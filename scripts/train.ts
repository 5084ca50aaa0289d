/**
 * Runs one experiment of the training core from the command line.
 *
 *   npm run -s train -- [--config <file.json | - | inline JSON>] [--format json|csv|log|pytorch] [--out file]
 *
 * The config is a (partial) TrainConfig; missing fields take the tutorial's defaults.
 * Bad arguments or an invalid config: a message on stderr, exit code 2, nothing written.
 * A diverged run is a result, not an error: it is written out and noted on stderr.
 * `--out` is written all or nothing (a temporary file renamed into place).
 */
import { resolveConfig } from '../src/core/config';
import { traceToCsv, traceToJson, traceToLog } from '../src/core/export';
import { pytorchScript } from '../src/core/pytorch';
import { train } from '../src/core/train';
import type { Trace, TrainConfig } from '../src/core/types';
import { parseArgs, usage } from './train/args';
import { configSource, cut, describeErrors, readConfig, sameFile, writeAtomic } from './train/io';

/** One output format: the whole text written for a run. */
type Renderer = (trace: Trace, config: TrainConfig) => string;

/**
 * The output formats, by `--format` name. A new format is one entry here (the usage
 * text and the argument check derive from this table); the first is the default.
 */
const RENDERERS = {
  json: (trace, config) => `${traceToJson(trace, config)}\n`,
  csv: (trace) => traceToCsv(trace),
  log: (trace, config) => traceToLog(trace, config),
  // A self-contained PyTorch script that reproduces the run (prints the json format's shape).
  pytorch: (_trace, config) => pytorchScript(config),
} satisfies Record<string, Renderer>;

type Format = keyof typeof RENDERERS;
const FORMATS = Object.keys(RENDERERS) as Format[];

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  // A reader piping into `head` closes stdout early: that is a normal end, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = parseArgs(process.argv.slice(2), FORMATS, 'json');
  if (args === 'help') {
    process.stdout.write(`${usage(FORMATS)}\n`);
    return;
  }
  if ('error' in args) fail(args.error);
  if (args.out !== null && args.config !== null && sameFile(args.out, args.config))
    fail(`--out ${JSON.stringify(cut(args.out))} is the config file itself; refusing to overwrite it`);
  const raw = await readConfig(configSource(args.config));
  if (!raw.ok) fail(raw.error);
  const resolved = resolveConfig(raw.value);
  if (!resolved.ok) fail(`invalid config:\n${describeErrors(resolved.errors)}`);
  const config = resolved.value;
  const trace = train(config);
  const text = RENDERERS[args.format](trace, config);
  if (trace.diverged) process.stderr.write(`diverged at update ${trace.diverged.update}: ${trace.diverged.reason}\n`);
  if (args.out === null) {
    process.stdout.write(text);
    return;
  }
  try {
    writeAtomic(args.out, text);
  } catch (e) {
    fail(`cannot write ${JSON.stringify(cut(args.out))}: ${cut((e as Error).message, 200)}`);
  }
}

void main();
