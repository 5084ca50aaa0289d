/**
 * Runs one experiment of the training core from the command line.
 *
 *   npm run train -- --config <file.json | inline JSON> [--format json|csv|log] [--out file]
 *
 * The config is a (partial) TrainConfig; missing fields take the tutorial's defaults.
 * Bad arguments or an invalid config: a message on stderr, exit code 2, nothing on stdout.
 * A diverged run is a result, not an error: it is written out and noted on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatErrors, resolveConfig } from '../src/core/config';
import { traceToCsv, traceToJson, traceToLog } from '../src/core/export';
import { train } from '../src/core/train';

const USAGE = 'usage: npm run train -- [--config <file.json | inline JSON>] [--format json|csv|log] [--out file]';
const FORMATS = ['json', 'csv', 'log'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
  config: string | null;
  format: Format;
  out: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { config: null, format: 'json', out: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return USAGE;
    if (flag !== '--config' && flag !== '--format' && flag !== '--out')
      return `unknown argument ${JSON.stringify(flag)}\n${USAGE}`;
    const value = argv[i + 1];
    if (value === undefined) return `${flag} needs a value\n${USAGE}`;
    i++;
    if (flag === '--config') args.config = value;
    else if (flag === '--out') args.out = value;
    else if ((FORMATS as readonly string[]).includes(value)) args.format = value as Format;
    else return `--format must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(value)}`;
  }
  return args;
}

type Read = { ok: true; value: unknown } | { ok: false; error: string };

function readConfig(source: string | null): Read {
  if (source === null) return { ok: true, value: {} };
  const inline = source.trimStart().startsWith('{');
  let text: string;
  try {
    text = inline ? source : readFileSync(source, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read config file ${JSON.stringify(source)}: ${(e as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      error: `config ${inline ? '(inline)' : JSON.stringify(source)} is not valid JSON: ${(e as Error).message}`,
    };
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(): void {
  // A reader piping into `head` closes stdout early: that is a normal end, not a crash.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args === USAGE) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(args);
  }
  const raw = readConfig(args.config);
  if (!raw.ok) fail(raw.error);
  const resolved = resolveConfig(raw.value);
  if (!resolved.ok) fail(`invalid config:\n${formatErrors(resolved.errors)}`);
  const config = resolved.value;
  const trace = train(config);
  const text =
    args.format === 'json'
      ? `${traceToJson(trace, config)}\n`
      : args.format === 'csv'
        ? traceToCsv(trace)
        : traceToLog(trace, config);
  if (trace.diverged) process.stderr.write(`diverged at update ${trace.diverged.update}: ${trace.diverged.reason}\n`);
  if (args.out !== null) {
    try {
      writeFileSync(args.out, text);
    } catch (e) {
      fail(`cannot write ${JSON.stringify(args.out)}: ${(e as Error).message}`);
    }
  } else {
    process.stdout.write(text);
  }
}

main();
