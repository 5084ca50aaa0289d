/**
 * Site-internal URL for `path`, under the base path the site was built for
 * (`BASE_PATH`, e.g. "/" or "/my-repo/"). Use it for every internal href and src, so the
 * same source serves a domain root and a GitHub Pages sub-path.
 *
 *     withBase('playground/')      // "/my-repo/playground/"
 *     withBase('/favicon.svg')     // "/my-repo/favicon.svg"
 *     withBase('')                 // "/my-repo/"
 *     withBase('#schedulers')      // "/my-repo/#schedulers"
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}
