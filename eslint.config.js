// @ts-check
// Lint gate (npm run lint): ESLint's and typescript-eslint's recommended rules on every
// TypeScript and JavaScript source. Syntax-level only (no type information), so it stays
// fast; `astro check` does the type checking. .astro files are covered by `astro check`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-sub/',
      'node_modules/',
      '.astro/',
      'coverage/',
      'test-results/',
      '.bench/',
      '**/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Browser, worker and Node code live side by side; TypeScript checks which is which.
        window: 'readonly',
        document: 'readonly',
        self: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      // Unused arguments and caught errors are often a callback's or a try's required shape.
      '@typescript-eslint/no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript run by Node or the browser without TypeScript's checks.
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
);
