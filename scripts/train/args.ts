/** Command-line arguments of scripts/train.ts. */
import { cut } from './io';

export const USAGE = `usage: npm run -s train -- [--config <file.json | - | inline JSON>] [--format <format>] [--out <file>]

  --config  a (partial) training config: a JSON file, "-" for standard input, or the JSON itself
            (missing fields take the tutorial's values; default: the tutorial's SGD run)
  --format  FORMATS (default json)
  --out     write the result to this file (all or nothing) instead of standard output
  --help    this text

Exit status: 0 on success (a diverged run is a result, noted on stderr), 2 on bad arguments
or an invalid config (one line per problem on stderr, nothing written).`;

export interface Args<F extends string> {
  config: string | null;
  format: F;
  out: string | null;
}

/** The usage text with the format list filled in. */
export function usage(formats: readonly string[]): string {
  return USAGE.replace('FORMATS', formats.join(', '));
}

/** The parsed arguments, `'help'`, or an error message. */
export function parseArgs<F extends string>(
  argv: string[],
  formats: readonly F[],
  fallback: F,
): Args<F> | 'help' | { error: string } {
  const args: Args<F> = { config: null, format: fallback, out: null };
  const isFormat = (v: string): v is F => (formats as readonly string[]).includes(v);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag !== '--config' && flag !== '--format' && flag !== '--out')
      return { error: `unknown argument ${JSON.stringify(cut(flag))}\n${usage(formats)}` };
    const value = argv[i + 1];
    if (value === undefined) return { error: `${flag} needs a value\n${usage(formats)}` };
    i++;
    if (flag === '--config') args.config = value;
    else if (flag === '--out') args.out = value;
    else if (isFormat(value)) args.format = value;
    else return { error: `--format must be one of ${formats.join(', ')}; got ${JSON.stringify(cut(value))}` };
  }
  return args;
}
