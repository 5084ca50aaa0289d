import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_ROOT } from '../support/paths';
import { listFiles, read } from './html';

let html: string;
let doc: Document;
beforeAll(() => {
  html = read(DIST_ROOT, 'index.html');
  doc = parseHTML(html).document as unknown as Document;
});

describe('math rendered at build time', () => {
  it('renders equations (1) to (11) as numbered KaTeX displays with ids eq-1 .. eq-11, in order', () => {
    const numbered = Array.from(doc.querySelectorAll('.katex-display[id^="eq-"]'));
    expect(numbered.map((e) => e.id)).toEqual(Array.from({ length: 11 }, (_, i) => `eq-${i + 1}`));
    for (const [i, eq] of numbered.entries()) {
      expect(eq.querySelector('.katex-html .katex-tag')?.textContent, eq.id).toBe(`(${i + 1})`);
      // MathML for screen readers, with the TeX source kept as an annotation.
      expect(eq.querySelector('math[display="block"] annotation')?.textContent, eq.id).toContain(`\\tag{${i + 1}}`);
    }
  });

  it('renders the equations with their published content', () => {
    const tex = (n: number) => doc.querySelector(`#eq-${n} annotation`)?.textContent ?? '';
    expect(tex(1)).toContain('(x + 0.26185)^2');
    expect(tex(4)).toContain('\\sqrt{s^{(t)}}');
    expect(tex(8)).toContain('u_{\\mathrm{RMSprop}}');
    expect(tex(10)).toContain('\\gamma');
    expect(tex(11)).toContain('\\lambda(t)');
  });

  it('links every prose equation reference to an equation that exists', () => {
    const refs = Array.from(doc.querySelectorAll('.prose a[href^="#eq-"]')).map((a) => a.getAttribute('href') ?? '');
    expect(refs.length).toBeGreaterThan(4);
    for (const ref of refs) expect(doc.getElementById(ref.slice(1)), ref).not.toBeNull();
  });

  it('leaves no unrendered TeX and no KaTeX error in the page', () => {
    expect(doc.querySelector('.language-math, .math-inline, .math-display, .katex-error')).toBeNull();
    // Visible text only: KaTeX keeps the TeX source in a MathML annotation, on purpose.
    const prose = doc.querySelector('.prose')?.cloneNode(true) as Element;
    for (const mathml of Array.from(prose.querySelectorAll('.katex-mathml'))) mathml.remove();
    const text = prose.textContent ?? '';
    expect(text).not.toMatch(/\$\$|\\frac|\\tag/);
    expect(doc.querySelectorAll('.prose .katex').length).toBeGreaterThan(40);
  });

  it('ships no KaTeX JavaScript: no script loads it and no bundled script contains it', () => {
    for (const script of Array.from(doc.querySelectorAll('script'))) {
      expect(script.getAttribute('src') ?? '').not.toMatch(/katex/i);
      expect(script.textContent ?? '').not.toMatch(/katex/i);
    }
    for (const file of listFiles(DIST_ROOT).filter((f) => f.endsWith('.js'))) {
      expect(read(DIST_ROOT, file), file).not.toMatch(/KaTeX parse error|renderToString\(/);
    }
  });

  it('serves the KaTeX stylesheet and fonts from the site itself', () => {
    const sheets = Array.from(doc.querySelectorAll('link[rel="stylesheet"]')).map((l) => l.getAttribute('href') ?? '');
    const css = sheets.map((href) => read(DIST_ROOT, href.replace(/^\//, ''))).join('\n');
    expect(css).toContain('.katex-display');
    const fonts = [...css.matchAll(/url\(([^)]*KaTeX_Main-Regular[^)]*\.woff2)\)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^\/_astro\//);
  });
});
