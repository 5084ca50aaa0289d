import type { Root } from 'mdast';
import { walk, type Node } from './tree';

/** `{/* #some-id *\/}` at the end of a heading: an MDX comment, so it renders as nothing. */
const MARKER = /^\s*\/\*\s*#([A-Za-z][\w-]*)\s*\*\/\s*$/;

/**
 * Gives a heading a fixed id written in the MDX source as a trailing comment:
 *
 *     ## 2.1 Same learning rate, different step sizes {/* #step-size *\/}
 *
 * Fixed ids keep the original article's anchors stable however the heading text is
 * worded (Astro's automatic slugs would follow the wording).
 */
export function remarkHeadingId() {
  return (root: Root): void => {
    walk(root as unknown as Node, (node) => {
      if (node.type !== 'heading' || !node.children?.length) return;
      const last = node.children[node.children.length - 1];
      if (last.type !== 'mdxTextExpression' || typeof last.value !== 'string') return;
      const match = MARKER.exec(last.value);
      if (!match) return;
      node.children.pop();
      const before = node.children[node.children.length - 1];
      if (before?.type === 'text' && typeof before.value === 'string') before.value = before.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
    });
  };
}
