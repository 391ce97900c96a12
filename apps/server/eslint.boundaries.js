// @ts-check
/**
 * The server's module boundaries (docs/architecture.md, decision 0070):
 * - only a capability's `repository.ts` (and the platform files listed below) touch the database
 *   schema or `drizzle-orm`; type-only imports from `@lots/db` (`DbOrTx`, `Tx`) are fine anywhere;
 * - a module is reached from outside only through its `index.ts`.
 * `apps/server/src/http/boundaries.test.ts` runs eslint on fixtures to prove both rules fail.
 */

/** Where SQL may be written: every capability's repository, and platform code that owns a table. */
const DATABASE_FILES = [
  'apps/server/src/modules/*/repository.ts',
  'apps/server/src/modules/*/*-repository.ts',
  // Platform code that owns its tables or needs the connection itself.
  'apps/server/src/platform/actor.ts', // the session's person
  'apps/server/src/platform/audit.ts', // audit_log
  'apps/server/src/platform/authorize.ts',
  'apps/server/src/platform/lists.ts', // the shared pieces of list queries (decision 0161)
  'apps/server/src/platform/batch.ts', // a list of values as one parameter of a batched statement (decision 0178)
  'apps/server/src/auth/**/*.ts', // better-auth's tables (decision 0002)
  'apps/server/src/mail/**/*.ts', // mail_messages (decision 0003)
  'apps/server/src/jobs/**/*.ts',
  'apps/server/src/app.ts', // readiness probe
  // The demo world writes rows directly; tests look at the database to prove nothing was stored.
  'apps/server/src/seed/**/*.ts',
  'apps/server/src/testing/**/*.ts',
  'apps/server/src/**/*.test.ts',
];

const SCHEMA_IMPORTS = [
  { name: 'drizzle-orm', message: 'SQL belongs in a repository.ts (docs/architecture.md, "The capability shape").' },
  {
    name: '@lots/db',
    importNames: ['schema'],
    allowTypeImports: true,
    message: 'The schema belongs in a repository.ts (docs/architecture.md, "The capability shape").',
  },
];
const SCHEMA_PATTERNS = [{ group: ['drizzle-orm/*', '@lots/db/schema', '@lots/db/schema/*'], message: 'SQL belongs in a repository.ts.' }];

/** `../other/anything-but-index` from inside a module, `…/modules/x/anything-but-index` from outside. */
const DEEP_FROM_MODULE = {
  regex: '^\\.\\./[^./][^/]*/(?!index(\\.ts)?$)[^/]+',
  message: 'Reach another module only through its index.ts (import from "../<module>").',
};
const DEEP_FROM_OUTSIDE = {
  regex: '(^|/)modules/[^/]+/(?!index(\\.ts)?$)[^/]+',
  message: 'Reach a module only through its index.ts (import from ".../modules/<module>").',
};

const restrict = (/** @type {object[]} */ paths, /** @type {object[]} */ patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});
const MODULE_FILES = 'apps/server/src/modules/*/*.ts';
const MODULE_DATABASE_FILES = DATABASE_FILES.filter((pattern) => pattern.startsWith('apps/server/src/modules/')).concat(
  'apps/server/src/modules/*/*.test.ts',
);

/**
 * Flat config: the last matching object wins for a rule, so the four combinations (in a module or
 * not, allowed to touch the database or not) are spelled out.
 * @type {import('typescript-eslint').ConfigArray}
 */
export const serverBoundaries = [
  { files: ['apps/server/src/**/*.ts'], rules: restrict(SCHEMA_IMPORTS, [...SCHEMA_PATTERNS, DEEP_FROM_OUTSIDE]) },
  { files: DATABASE_FILES, rules: restrict([], [DEEP_FROM_OUTSIDE]) },
  { files: [MODULE_FILES], rules: restrict(SCHEMA_IMPORTS, [...SCHEMA_PATTERNS, DEEP_FROM_MODULE]) },
  { files: MODULE_DATABASE_FILES, rules: restrict([], [DEEP_FROM_MODULE]) },
];
