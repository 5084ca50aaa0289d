/**
 * axe-core, exactly the version package.json pins, with every WCAG 2.x A and AA rule and
 * every best-practice rule it has, including the ones axe ships disabled or marks
 * experimental. @axe-core/playwright would otherwise inject the (older) axe-core it
 * depends on itself, and a rule added or promoted since (Label in Name, 4.14) would
 * silently not run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

/** The axe-core version package.json pins. */
export const PINNED_AXE: string = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
).devDependencies['axe-core'];

/** WCAG 2.0, 2.1, 2.2 at levels A and AA (not AAA, not the obsolete 4.1.1 tags). */
const WCAG_A_AA = /^wcag2\d?a{1,2}$/;

/** Every rule of the pinned axe-core at WCAG A/AA or best practice, deprecated ones aside. */
export const AXE_RULES: readonly string[] = axe
  .getRules()
  .filter((r) => !r.tags.includes('deprecated'))
  .filter((r) => r.tags.some((t) => WCAG_A_AA.test(t) || t === 'best-practice'))
  .map((r) => r.ruleId)
  .sort();

/**
 * The rules whose outcome depends on colours alone. After the theme toggle (the same
 * palettes as the two colour schemes, reached through `data-theme` instead of the media
 * query) only these are re-run: the full set already ran in both schemes.
 */
export const COLOUR_RULES: readonly string[] = ['color-contrast', 'link-in-text-block'];

/** One violated rule, with the first few offending nodes, as a CI log reader needs it. */
export interface AxeLine {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

export interface AxeReport {
  /** The axe-core version that ran in the page. */
  version: string;
  violations: AxeLine[];
  /** Requested rules that axe did not report on at all (none may be missing). */
  notRun: string[];
}

/**
 * Runs the pinned axe-core on `page` with `rules` (all of {@link AXE_RULES} by default).
 *
 * axe runs in the page itself (`axe.run`), and only what a report needs comes back: the
 * rule ids axe reported on and, for violations, their first few nodes. @axe-core/playwright
 * instead serialises every result node of every rule (selector, XPath, ancestry, HTML) out
 * of the page and finishes the run in a second page, which on the tutorial (10,000+
 * elements, thousands of "hidden-content" review items) took four to five times as long as
 * the rules themselves. The engine, rules and options are the same; a page with frames
 * (none of the site's has any) still goes through @axe-core/playwright, which tests inside them.
 * `within` (a selector) judges one part of the page only.
 */
export async function runAxe(page: Page, rules: readonly string[] = AXE_RULES, within?: string): Promise<AxeReport> {
  if (page.frames().length > 1 && within === undefined) return runAxeInFrames(page, rules);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const raw = await page.evaluate(
    async ([rules, within]) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const context: import('axe-core').ElementContext = within ?? document;
      const result = await axe.run(context, {
        runOnly: { type: 'rule', values: [...rules] },
        resultTypes: ['violations'],
      });
      // Only what a report needs leaves the page (not every passing node of every rule).
      return {
        testEngine: result.testEngine,
        ids: [...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 6).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        })),
      };
    },
    [[...rules], within] as const,
  );
  return toReport(raw, rules);
}

/** What runAxe needs of an axe result, in the page or through @axe-core/playwright. */
interface AxeOutcome {
  testEngine: { version: string };
  ids: string[];
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** The gate's report: the engine's version, requested rules axe did not report on, and violations. */
function toReport(raw: AxeOutcome, rules: readonly string[]): AxeReport {
  const reported = new Set(raw.ids);
  return {
    version: raw.testEngine.version,
    notRun: rules.filter((r) => !reported.has(r)),
    violations: raw.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes
        .slice(0, 6)
        .map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    })),
  };
}

/** The same run through @axe-core/playwright, which also tests inside a page's frames. */
async function runAxeInFrames(page: Page, rules: readonly string[]): Promise<AxeReport> {
  // Nodes are collected for violations only (the other result types list their rules with
  // one node each), which saves serialising thousands of passing nodes out of a large page.
  const result = await new AxeBuilder({ page, axeSource: axe.source })
    .options({ runOnly: { type: 'rule', values: [...rules] }, resultTypes: ['violations'] })
    .analyze();
  return toReport(
    {
      testEngine: result.testEngine,
      ids: [...result.violations, ...result.passes, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
      violations: result.violations,
    },
    rules,
  );
}

/** The violations a gate fails on. */
export const seriousOf = (lines: AxeLine[]): AxeLine[] =>
  lines.filter((l) => l.impact === 'serious' || l.impact === 'critical');

/** "0 violations" or "2 (moderate: region, minor: …)": what a CI log reader needs per page. */
export function axeSummary(lines: AxeLine[]): string {
  if (lines.length === 0) return '0 violations';
  return `${lines.length} (${lines.map((l) => `${l.impact}: ${l.rule}`).join(', ')})`;
}
