/**
 * Just enough of the unist/hast/mdast shapes for this site's small plugins, so they
 * need no dependency beyond what Astro already runs.
 */
export interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

export interface Element extends Node {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}

/** Calls `fn` for every node, depth first, with its parent. */
export function walk(node: Node, fn: (node: Node, parent: Node | null) => void, parent: Node | null = null): void {
  fn(node, parent);
  for (const child of node.children ?? []) walk(child, fn, node);
}

export function isElement(node: Node, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || (node as Element).tagName === tagName);
}

/** The class list of a hast element (hast stores it as `className`). */
export function classes(node: Element): string[] {
  const value = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Concatenated text of a subtree. */
export function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}
