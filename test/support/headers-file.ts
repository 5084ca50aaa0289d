/**
 * Reads a Netlify / Cloudflare Pages `_headers` file, so the tests can serve a build with
 * the headers it ships rather than a copy of them.
 */
import { readFileSync } from 'node:fs';

/** One block of the file: a URL pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses the file: unindented lines are URL patterns, indented `Name: value` lines their headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a URL block or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a pattern (`/*` splats only, as the hosts define them) matches a URL path. */
export function matchesPattern(pattern: string, urlPath: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(urlPath);
}

/** The headers a host would send for `urlPath`: every matching block, later ones winning. */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matchesPattern(r.pattern, urlPath)).map((r) => r.headers));
}

/** The headers of a `_headers` file for `urlPath`. */
export function readHeadersFor(file: string, urlPath: string): Record<string, string> {
  return headersFor(parseHeadersFile(readFileSync(file, 'utf8')), urlPath);
}
