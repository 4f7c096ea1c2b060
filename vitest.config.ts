import { defineConfig } from 'vitest/config';

// Three kinds of tests, each runnable alone: `vitest run --project unit|integration|e2e`.
// unit: pure code, no I/O. integration: real databases and HTTP servers on free ports.
// e2e: the whole system and a real Chromium.
// Node loads `graphql` as CommonJS (index.js) for Apollo and other dependencies, while Vite
// would give our source its ESM build (index.mjs): two GraphQLError classes, and Apollo would
// not recognise our errors. One module for all, as in production.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['{packages,subgraphs,gateway,client}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['{packages,subgraphs,gateway,scripts}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
