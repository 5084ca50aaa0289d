import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The site project's longest files, longest first. Two workers share the files; a long
 * file started last would run alone at the end, so these start first. (Vitest orders by
 * the last run's durations when it has them; a clean clone has none, and its fallback,
 * file size, puts the short page files that hold the heaviest checks last.)
 */
const LONGEST_FIRST = [
  'test/browser/quality-tutorial.test.ts',
  'test/browser/quality-playground.test.ts',
  'test/browser/islands.test.ts',
  'test/browser/hostile-tutorial.test.ts',
  'test/browser/hostile-playground.test.ts',
  'test/browser/visual-phone.test.ts',
  'test/browser/in-practice.test.ts',
  'test/browser/playground.test.ts',
];

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Two projects: "unit" (core, figures, scripts: no build needed) and "site" (needs the
// built site; its global setup builds dist/ for the root and for a sub-path once).
// The type tests (test/**/*.test-d.ts) are checked by `astro check`, which type-checks
// every file tsconfig.json includes (test/ among them) before vitest runs in `npm test`;
// Vitest's own typecheck mode would check them again and print an "experimental" notice.
// `npx vitest run --project unit` is the fast loop while working on the core.
export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/core/**/*.test.ts',
            'test/experiments/**/*.test.ts',
            'test/figures/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/client/**/*.test.ts',
          ],
          testTimeout: 60_000,
          // Unit tests first (fast feedback), then the site project with its own worker cap.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/components/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Browser tests each start Chromium; two cores do not gain from running many at once.
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
