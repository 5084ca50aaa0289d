import type { Element, Root } from 'hast';
import { eachElement } from './tree';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Makes every h2-h4 that has an id link to itself: the heading's content is wrapped in
 * `<a class="heading-link" href="#id">`, so the TOC text Astro collects stays the same
 * and a reader can copy a section's address by clicking its title.
 */
export function rehypeHeadingLinks() {
  return (root: Root): void => {
    eachElement(root, (node) => {
      if (!HEADINGS.has(node.tagName)) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-link'], href: `#${id}` },
        children: node.children,
      };
      node.children = [link];
    });
  };
}
