import type { Root } from 'hast';
import { eachElement } from './tree';

/**
 * Prefixes root-relative links written in the content ("/reproducibility/") with the
 * site's base path, so MDX authors write plain paths and the sub-path build still works.
 * Links that already start with the base, protocol-relative ("//") and external links are
 * left alone.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (root: Root): void => {
    if (base === '/') return;
    eachElement(root, (node) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties[attr];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(base))
          continue;
        node.properties[attr] = base + value.slice(1);
      }
    });
  };
}
