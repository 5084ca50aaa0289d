import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each long file took in a full run (`npm test` on 2 cores, both workers busy).
 * Files start longest first, so the two workers end together instead of one finishing a
 * long file alone at the end (longest-processing-time-first scheduling). Vitest would
 * order by the last run's durations when it has them; a clean clone has none, and its
 * fallback (file size) starts the short page files that hold the heaviest checks last.
 * Files not listed count as short; a new browser file counts as a medium one.
 */
const SECONDS: Record<string, number> = {
  'test/browser/islands.test.ts': 50,
  'test/browser/quality-tutorial.test.ts': 45,
  'test/browser/demos-layout.test.ts': 40,
  'test/browser/quality-playground.test.ts': 35,
  'test/browser/quality-deploy.test.ts': 28,
  'test/browser/hostile-playground.test.ts': 20,
  'test/browser/playground.test.ts': 20,
  'test/site/layout.test.ts': 18,
  'test/browser/in-practice.test.ts': 15,
  'test/browser/hostile-tutorial.test.ts': 12,
  'test/browser/quality-pages.test.ts': 11,
  'test/site/meta.test.ts': 10,
  'test/browser/player-timeline.test.ts': 10,
  'test/browser/sweep-picker.test.ts': 10,
  'test/browser/pytorch-export.test.ts': 9,
  'test/browser/demos-linked.test.ts': 8,
  'test/scripts/docs-commands.test.ts': 7,
  'test/core/pytorch/script.test.ts': 7,
  'test/scripts/train.test.ts': 5,
};

function estimate(f: TestSpecification): number {
  const name = Object.keys(SECONDS).find((n) => f.moduleId.endsWith(n));
  if (name) return SECONDS[name];
  return f.moduleId.includes('/test/browser/') ? 10 : 1;
}

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => estimate(b) - estimate(a));
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
          // One module realm per worker instead of one per file: the files share imports (the
          // core, Plot, linkedom), which halves the project's CPU time. Tests that stub globals
          // restore them (vi.unstubAllGlobals), and snapshots renumber Plot's clip ids.
          isolate: false,
          // One pool for both projects (same group, same cap): the unit files fill the
          // workers' gaps while the last browser files run, instead of running first on one
          // worker (Vitest's default cap is cores - 1) while the other core idles.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/components/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/build-site.ts'],
          testTimeout: 120_000,
          // As in the unit project: the files share playwright-core, axe and the support modules.
          isolate: false,
          hookTimeout: 240_000,
          // Browser tests each start Chromium; two cores do not gain from running many at once.
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
