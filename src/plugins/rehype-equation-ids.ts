import type { Root } from 'hast';
import { classes, eachElement, textOf } from './tree';

const TAG = /\\tag\{(\d+)\}/;

/**
 * Runs after rehype-katex. Every display equation whose TeX carries `\tag{n}` gets the
 * id `eq-n` on its `.katex-display` box, so prose can link "equation (4)" to `#eq-4`.
 * The TeX source is read back from KaTeX's MathML annotation, which rehype-katex keeps.
 */
export function rehypeEquationIds() {
  return (root: Root): void => {
    const seen = new Set<string>();
    eachElement(root, (box) => {
      if (!classes(box).includes('katex-display')) return;
      let tex = '';
      eachElement(box, (inner) => {
        if (inner.tagName === 'annotation') tex = textOf(inner);
      });
      const match = TAG.exec(tex);
      if (!match) return;
      const id = `eq-${match[1]}`;
      if (seen.has(id)) throw new Error(`equation number ${match[1]} is used twice`);
      seen.add(id);
      box.properties.id = id;
      box.properties.className = [...classes(box), 'equation'];
    });
  };
}
