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
    // Spread arguments put every element on the call stack: Math.min(...trace) over a long
    // run (hundreds of thousands of updates) throws "Maximum call stack size exceeded".
    // Use a loop (or reduce) instead, whatever the array's length today.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'] > SpreadElement",
          message: 'No spread into Math.min/max: loop over the values (a long run overflows the call stack).',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement',
          message:
            'No spread arguments to push/unshift/splice/fromCharCode: loop (a long array overflows the call stack).',
        },
        {
          selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
          message: 'No fn.apply(this, array): a long array overflows the call stack.',
        },
        {
          // `x as unknown as T` asserts a type the compiler cannot check at all.
          selector: "TSAsExpression > TSAsExpression.expression[typeAnnotation.type='TSUnknownKeyword']",
          message:
            'No `as unknown as`: narrow with a type guard (or a reader of src/client/island-data.ts), or fix the declared type.',
        },
      ],
    },
  },
  {
    // Plain JavaScript run by Node or the browser without TypeScript's checks.
    files: ['**/*.js', '**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
);
