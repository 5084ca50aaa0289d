/**
 * The command line's file handling: reading a config (a file, inline JSON or standard
 * input) and writing the result so that a failed write never leaves a damaged file.
 */
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ConfigError } from '../../src/core/types';

/** Longest piece of reader-supplied text (a key, a file name) echoed in a message. */
export const ECHO_LIMIT = 60;

/**
 * `text` safe to print on one line: control characters escaped, cut to `limit`
 * characters with "…" and the full length, so a 1 MB key gives a short message.
 */
export function cut(text: string, limit = ECHO_LIMIT): string {
  let oneLine = '';
  for (const c of text.length > limit * 2 ? text.slice(0, limit * 2) : text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    oneLine += !control ? c : c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return oneLine.length > limit || text.length > limit * 2
    ? `${oneLine.slice(0, limit)}… (${text.length} characters)`
    : oneLine;
}

/** At most this many problems are listed; a config with thousands of bad keys gets a count. */
export const MAX_ERRORS = 20;

/** The validator's problems, one per line, reader-supplied keys cut to a readable length. */
export function describeErrors(errors: readonly ConfigError[]): string {
  const lines = errors.slice(0, MAX_ERRORS).map((e) => {
    const where =
      e.path === ''
        ? 'config'
        : e.path
            .split('.')
            .map((k) => cut(k))
            .join('.');
    return `${where} ${cut(e.message, 400)}`;
  });
  if (errors.length > MAX_ERRORS) lines.push(`… and ${errors.length - MAX_ERRORS} more problems`);
  return lines.join('\n');
}

/** Where a config comes from, decided from the `--config` value. */
export type ConfigSource =
  { kind: 'none' } | { kind: 'stdin' } | { kind: 'inline'; text: string } | { kind: 'file'; file: string };

/**
 * `-` is standard input; text that can only be JSON (starting with `{`, `[` or `"`, or
 * exactly `null`, `true`, `false` or a number) is inline JSON, so `[]` and `null` are
 * reported as "not an object" instead of "no such file"; anything else names a file.
 */
export function configSource(value: string | null): ConfigSource {
  if (value === null) return { kind: 'none' };
  if (value === '-') return { kind: 'stdin' };
  const t = stripBom(value).trim();
  if (/^[[{"]/.test(t) || /^(null|true|false|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/.test(t))
    return { kind: 'inline', text: value };
  return { kind: 'file', file: value };
}

/** Text without a leading byte-order mark (editors on Windows write one; JSON.parse refuses it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** How a source is named in messages. */
export function sourceName(source: ConfigSource): string {
  if (source.kind === 'file') return `file ${JSON.stringify(cut(source.file))}`;
  return source.kind === 'stdin' ? '(standard input)' : '(inline)';
}

/** All of standard input as UTF-8 text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export type Read = { ok: true; value: unknown } | { ok: false; error: string };

/** The config's parsed JSON, or why it could not be read. */
export async function readConfig(source: ConfigSource): Promise<Read> {
  if (source.kind === 'none') return { ok: true, value: {} };
  let text: string;
  try {
    text =
      source.kind === 'inline'
        ? source.text
        : source.kind === 'stdin'
          ? await readStdin()
          : readFileSync(source.file, 'utf8');
  } catch (e) {
    const what = source.kind === 'file' ? `config file ${JSON.stringify(cut(source.file))}` : 'standard input';
    return { ok: false, error: `cannot read ${what}: ${cut((e as Error).message, 200)}` };
  }
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) as unknown };
  } catch (e) {
    return { ok: false, error: `config ${sourceName(source)} is not valid JSON: ${cut((e as Error).message, 200)}` };
  }
}

/** True when two paths name the same file (same path, or an existing link to it). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `file` all or nothing: into a temporary file next to it (same folder,
 * so the rename stays on one file system), then renamed over it. A failed write (full
 * disk, file-size limit) removes the temporary file and leaves an existing `file` as it was.
 * An existing file's permissions carry over.
 */
export function writeAtomic(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    try {
      chmodSync(tmp, statSync(file).mode & 0o7777);
    } catch {
      // No file yet: the new one keeps the default permissions.
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // Never created, or already gone.
    }
    throw e;
  }
}
