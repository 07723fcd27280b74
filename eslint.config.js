// One linter for the whole tree; formatting is Prettier's job, so no style rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'scratch-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only src/platform may touch the extension API: one wrapper is one place to audit what
      // the extension asks of the browser, and one place to fake in tests.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import from src/platform instead.' }],
        },
      ],
      // Never log scraped personal data: console is off in shipped code.
      'no-console': 'error',
    },
  },
  {
    // Type-aware rules, on shipped code only (the whole tree would double the lint's time): a
    // promise handed to an event handler loses its errors, and a switch over a union must
    // name every member, so adding one fails here instead of falling through.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // One seam from UI to storage (src/ui/store.ts): a component asks its page's store module
    // (popup/vetting-store.ts, options/options-store.ts, shortlist/shortlist-store.ts,
    // campaigns/load-page.ts, people/people-store.ts) for what it needs, bound to the page's
    // store, so what a page may read and change is listed in one place and no component holds
    // the database (test/ui/store-seam.test.ts also fails on a `db` prop).
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import from src/platform instead.' }],
          patterns: [
            {
              group: ['**/storage/**'],
              message: "Components reach storage through their page's store module.",
            },
            {
              group: ['**/store'],
              importNames: ['useStoreDb', 'storeFor'],
              message: "Components never hold the database: ask the page's store module.",
            },
          ],
        },
      ],
    },
  },
  { files: ['src/platform/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['test/**', 'scripts/**', '*.config.*', 'vite.config.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Scoring, site adapters, the model and the CSV/backup layer are pure: no browser API, no
    // storage. So they run the same in Node tests, the bench and the import worker.
    files: ['src/scoring/**', 'src/sites/**', 'src/roi/**', 'src/shared/**', 'src/transfer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/platform/**', '**/storage/**', 'webextension-polyfill', 'idb'] },
      ],
    },
  },
);
