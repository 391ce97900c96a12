// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { serverBoundaries } from './apps/server/eslint.boundaries.js';

const FEATURE_BOUNDARY =
  'Import another feature through its index.ts (e.g. ../programs), not a file inside it; routes load its pages through its pages.ts.';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'packages/db/migrations/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        FormData: 'readonly',
        Blob: 'readonly',
        File: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        crypto: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        HTMLElement: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  {
    // A route's schemas are its capability's contract in packages/core (decision 0061).
    files: ['apps/server/src/modules/**/routes.ts', 'apps/server/src/modules/**/*-routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Define route schemas in the contract, packages/core/src/<capability>/.' }] },
      ],
    },
  },
  ...serverBoundaries,
  // Web features are reached only through their index.ts (decision 0061): no deep import into another feature.
  {
    files: ['apps/web/src/features/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./[^./][^/]*/', message: FEATURE_BOUNDARY }] }] },
  },
  {
    files: ['apps/web/src/features/*/*/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./\\.\\./[^./][^/]*/', message: FEATURE_BOUNDARY }] }] },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/features/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)features/[^/]+/(?!pages$)', message: FEATURE_BOUNDARY }] }] },
  },
);
