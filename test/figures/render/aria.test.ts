import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { settleMarkLabels } from '../../../src/figures/render/aria';

describe('settleMarkLabels', () => {
  it('turns labelled mark groups into named groups and drops labels from role-less shapes', () => {
    const { document } = parseHTML(
      '<svg aria-label="keep"><g aria-label="line"><path/></g><rect aria-label="frame"/><g role="img" aria-label="own"/></svg>',
    );
    const svg = document.querySelector('svg')!;
    settleMarkLabels(svg);
    expect(svg.getAttribute('aria-label')).toBe('keep');
    expect(svg.querySelector('g')!.getAttribute('role')).toBe('group');
    expect(svg.querySelector('g')!.getAttribute('aria-label')).toBe('line');
    expect(svg.querySelector('rect')!.hasAttribute('aria-label')).toBe(false);
    expect(svg.querySelector('g[role="img"]')!.getAttribute('aria-label')).toBe('own');
  });
});
