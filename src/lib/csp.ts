/**
 * The site's Content-Security-Policy, one list for both ways it reaches a reader: the
 * `_headers` file (hosts that read it send it as a header) and a
 * `<meta http-equiv="Content-Security-Policy">` in every page (every other host).
 */

/** Directives of the policy, in the order public/_headers lists them. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // KaTeX and Plot position glyphs with inline style attributes.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores when the policy comes from a meta tag (CSP Level 3, §3.3). */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'] as const;

/** The policy as the `Content-Security-Policy` header sends it. */
export function cspHeader(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy as a meta tag can carry it: every directive but the header-only ones. */
export function cspMeta(): string {
  return CSP_DIRECTIVES.filter(([name]) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Set by the site-files integration: true in `astro build`, false in `astro dev`. */
declare const __CSP_META__: boolean | undefined;

/** Whether pages carry the policy as a meta tag: in a build, not on the dev server. */
export const CSP_IN_PAGES: boolean = typeof __CSP_META__ !== 'undefined' && __CSP_META__ === true;
