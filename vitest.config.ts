import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { textParts } from './apps/web/vite/catalogs-plugin.ts';
import { WEB_NAMESPACES } from './packages/core/src/i18n/namespaces.ts';
import { LOCALES } from './packages/core/src/values.ts';

/** The web app's texts in parts (decision 0188), for web modules under test that import src/i18n.ts. */
const webTexts = textParts({
  srcDir: fileURLToPath(new URL('./apps/web/src/', import.meta.url)),
  localesDir: fileURLToPath(new URL('./packages/core/locales/', import.meta.url)),
  locales: LOCALES,
  namespaces: WEB_NAMESPACES,
});

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [webTexts],
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
