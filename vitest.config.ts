import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.{ts,js}',
            'scripts/*.test.mjs',
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'apps/web/vite/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['./scripts/vitest-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Decision 0090: a worker keeps its modules from file to file (every file still builds its own app on
          // its own database), and two files run at once — most of a file's time is spent waiting.
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
