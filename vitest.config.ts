import { defineConfig } from 'vitest/config';

// Two projects: "unit" (core, figures, scripts: no build needed) and "site" (needs the
// built site; its global setup builds dist/ for the root and for a sub-path once).
// The type tests (test/**/*.test-d.ts) are checked by `astro check`, which type-checks
// every file tsconfig.json includes (test/ among them) before vitest runs in `npm test`;
// Vitest's own typecheck mode would check them again and print an "experimental" notice.
// `npx vitest run --project unit` is the fast loop while working on the core.
export default defineConfig({
  test: {
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
