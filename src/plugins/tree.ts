/**
 * Small typed helpers over hast (the HTML syntax tree rehype plugins see), so the site's
 * plugins need no dependency beyond the tree types Astro's Markdown pipeline already uses.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

type HastNode = Root | RootContent | ElementContent;

/**
 * Calls `fn` for every element under `node`, depth first; the children an element has
 * once `fn` returns are the ones walked. Any node with children is entered, MDX's JSX
 * nodes included (a link inside a component's Markdown children is still a link).
 */
export function eachElement(node: HastNode, fn: (el: Element) => void): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'element') fn(child);
    eachElement(child, fn);
  }
}

/** The class list of a hast element (hast stores it as `className`). */
export function classes(node: Element): string[] {
  const value: unknown = node.properties.className; // an array in hast, a string from hand-written nodes
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Concatenated text of a subtree. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
