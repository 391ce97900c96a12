// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { serverBoundaries } from './apps/server/eslint.boundaries.js';

const WEB_API_ONLY = 'Call the API through the generated client (src/api/client.ts, `npm run api:generate`), not a hand-written fetch.';
const FEATURE_BOUNDARY =
  'Import another feature through its index.ts (e.g. ../programs), not a file inside it; routes load its pages through its pages.ts (or a first page through its own pages-<name>.ts).';

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
  // A change is a named service function handed to the pipeline (decision 0081): an inline closure could capture `ctx.db`.
  {
    files: ['apps/server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(mutate|mutateAnonymous|system)$/] > :matches(ArrowFunctionExpression, FunctionExpression)',
          message: 'Pass a named service function `(m: Mutation, ...args)` to the pipeline, not an inline closure (decision 0081).',
        },
      ],
    },
  },
  // The web app reaches /api only through the generated client in src/api (decision 0060).
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/api/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='fetch']", message: WEB_API_ONLY },
        { selector: "CallExpression[callee.property.name='fetch']", message: WEB_API_ONLY },
        { selector: "NewExpression[callee.name='XMLHttpRequest']", message: WEB_API_ONLY },
      ],
    },
  },
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
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)features/[^/]+/(?!pages(-[a-z]+)*$)', message: FEATURE_BOUNDARY }] }],
    },
  },
);
