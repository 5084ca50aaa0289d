import type { Heading, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast'; // declares `data.hProperties` on mdast nodes

/** `{/* #some-id *\/}` at the end of a heading: an MDX comment, so it renders as nothing. */
const MARKER = /^\s*\/\*\s*#([A-Za-z][\w-]*)\s*\*\/\s*$/;

/** Every heading under `node`, in document order. */
function headings(node: Root | RootContent, out: Heading[] = []): Heading[] {
  if (node.type === 'heading') out.push(node);
  if ('children' in node) for (const child of node.children) headings(child, out);
  return out;
}

/** The id a trailing MDX comment names (`{/* #id *\/}`, an mdxTextExpression node), if any. */
function markerId(node: { type: string; value?: unknown } | undefined): string | undefined {
  if (node?.type !== 'mdxTextExpression' || typeof node.value !== 'string') return undefined;
  return MARKER.exec(node.value)?.[1];
}

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
    for (const heading of headings(root)) {
      const id = markerId(heading.children.at(-1));
      if (id === undefined) continue;
      heading.children.pop();
      const before = heading.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    }
  };
}
