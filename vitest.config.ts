import { defineConfig } from 'vitest/config';

// Three projects: "unit" (core, figures, scripts: no build needed), "types" (the type
// tests, checked by tsc) and "site" (needs the built site; its global setup builds dist/
// for the root and for a sub-path once).
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
        // Type tests (*.test-d.ts): tsc checks the expectations, nothing runs.
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
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
