import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under the "@newswire/source" condition,
// so tests run against src without a build step.
const conditions = ['@newswire/source', 'module', 'node', 'import', 'default'];
const resolve = { conditions };
const ssr = { resolve: { conditions } };
const exclude = ['**/node_modules/**', '**/dist/**'];

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'services/*/bench/**/*.test.ts'],
          exclude: [...exclude, '**/*.int.test.ts'],
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts', 'services/*/src/**/*.int.test.ts'],
          exclude,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One fork for every e2e file, one file after another: each starts the services as processes of its own.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
