/**
 * Test databases. Every test file gets a database of its own, already migrated:
 * - PGlite (default): an in-memory PGlite restored from a migrated template dump, or one that an earlier file of
 *   the same worker gave back, emptied (`emptyAllTables`).
 * - PostgreSQL (when LOTS_TEST_DATABASE_URL is set): a new database cloned from the migrated
 *   template database of these migrations (CREATE DATABASE … TEMPLATE lots_test_template_<hash>), dropped
 *   afterwards. Several runs may share the server at once (other worktrees, CI): each keeps to its own databases.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { connect, migrationsFolder, pgliteExtensions, type Database } from './client';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';

export const testBackend: 'postgres' | 'pglite' = process.env.LOTS_TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** Environment variable through which the test runner's global setup hands every test file the template's path. */
export const PGLITE_TEMPLATE_ENV = 'LOTS_PGLITE_TEMPLATE';

let pgliteTemplate: Promise<File | Blob> | undefined;

/**
 * What a migrated template depends on, hashed (16 hex digits): every migration file, the SQL run after them and
 * anything else given (the PGlite build). A template is named by it, so runs of the same migrations share one and a
 * run with other migrations (another branch) builds its own beside it instead of replacing it.
 */
export function migrationsHash(extraSql: string, ...more: string[]): string {
  const hash = createHash('sha256');
  hash.update(extraSql);
  for (const part of more) hash.update(part);
  for (const name of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const path = join(migrationsFolder, name);
    if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

/** A migrated PGlite data directory, as a dump. Initialising PGlite (initdb) takes seconds, so it happens once. */
async function buildPgliteTemplate(extraSql: string): Promise<Blob> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  if (extraSql) await client.exec(extraSql);
  const dump = await client.dumpDataDir('none');
  await client.close();
  return dump;
}

/**
 * Writes the migrated template dump to a file once per set of migrations and PGlite version (cached under
 * node_modules/.cache), and returns its path. `extraSql` runs after the migrations (the job queue's schema, so that
 * every test app does not create it again). Called from the test runner's global setup; every test file then
 * only loads the file instead of initialising and migrating a database of its own.
 */
export async function preparePgliteTemplate(cacheDir: string, extraSql = ''): Promise<string> {
  // A new PGlite build may write a different data directory format.
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const hash = migrationsHash(extraSql, `${pglite}:${statSync(pglite).size}:${statSync(pglite).mtimeMs}`);
  const file = join(cacheDir, `pglite-template-${hash}.tar`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    const dump = await buildPgliteTemplate(extraSql);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return file;
}

async function pgliteTemplateDump(): Promise<File | Blob> {
  pgliteTemplate ??= (async () => {
    const file = process.env[PGLITE_TEMPLATE_ENV];
    if (file && existsSync(file)) return new Blob([readFileSync(file)]);
    return buildPgliteTemplate('');
  })();
  return pgliteTemplate;
}

/** Environment variables through which the global setup hands every test file the PostgreSQL template and the run's prefix. */
export const POSTGRES_TEMPLATE_ENV = 'LOTS_POSTGRES_TEMPLATE';
export const POSTGRES_RUN_ENV = 'LOTS_TEST_RUN';

/**
 * The migrated template database for these migrations (`lots_test_template_<hash>`), created once per PostgreSQL
 * server and set of migrations, and returns its name. Called from vitest's globalSetup. Runs on one server never
 * drop each other's template: the first run with new migrations builds it under an advisory lock (others wait, then
 * find it), as `…_build`, renamed when complete, so a run killed midway leaves no half-migrated template.
 */
export async function preparePostgresTemplate(adminUrl: string, extraSql = ''): Promise<string> {
  const template = `lots_test_template_${migrationsHash(extraSql)}`;
  const building = `${template}_build`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!rowCount) {
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await connect({ url: withDatabase(adminUrl, building), maxConnections: 1 });
      try {
        await database.migrate();
        if (extraSql) await database.sql.executeSql(extraSql);
      } finally {
        await database.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]).catch(() => {});
    await admin.end();
  }
  return template;
}

/** The prefix of this run's test databases (`lots_test_<run>_`), set by the global setup; one per process otherwise. */
function runPrefix(): string {
  process.env[POSTGRES_RUN_ENV] ??= randomBytes(4).toString('hex');
  return `lots_test_${process.env[POSTGRES_RUN_ENV]}_`;
}

/** The global setup's template, or (a script without it) the template for the migrations alone. */
let postgresTemplate: Promise<string> | undefined;
function postgresTemplateOf(adminUrl: string): Promise<string> {
  postgresTemplate ??= process.env[POSTGRES_TEMPLATE_ENV]
    ? Promise.resolve(process.env[POSTGRES_TEMPLATE_ENV])
    : preparePostgresTemplate(adminUrl);
  return postgresTemplate;
}

/** Drops what this run left (its test databases only: another run's databases and every template stay). */
export async function dropPostgresTestDatabases(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const prefix = runPrefix();
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1', [
      prefix,
    ]);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Runs one statement (CREATE or DROP DATABASE, say) over its own connection to the server at `adminUrl`. */
export async function adminQuery(adminUrl: string, query: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export interface TestDatabase extends Database {
  /** Closes and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.LOTS_TEST_DATABASE_URL;
  if (adminUrl) {
    const template = await postgresTemplateOf(adminUrl);
    const name = `${runPrefix()}${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const database = await connect({ url: withDatabase(adminUrl, name), maxConnections: 5 });
    return {
      ...database,
      migrate: async () => {},
      destroy: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: adminUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const database = idlePglite.pop() ?? (await connect({ loadDataDir: await pgliteTemplateDump() }));
  let destroyed = false;
  return {
    ...database,
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      await recycle(database);
    },
  };
}

/**
 * PGlite databases of this worker that a finished test file gave back, emptied (decision 0090). Restoring the
 * template costs 0.5–0.9 s of CPU a file; emptying every table of a database whose schema is the template's costs a
 * few milliseconds. Vitest runs the files of one worker one after another in one module graph (`isolate: false`),
 * so a database is never shared by two files at once.
 */
const idlePglite: Database[] = [];
const IDLE_LIMIT = 1;

/** Empties a test database to the template's state (the migrations insert no rows) or, if that fails, closes it. */
async function recycle(database: Database): Promise<void> {
  // Only a test worker lives on to a next file; a script (npm run api:generate) must be able to exit.
  if (!process.env.VITEST || idlePglite.length >= IDLE_LIMIT) return database.close();
  try {
    await withTimeout(emptyAllTables(database), 10_000);
    idlePglite.push(database);
  } catch {
    await database.close().catch(() => {});
  }
}

/**
 * TRUNCATE of every application table, and of the job queue's jobs, schedules and subscriptions; the queue's
 * definitions (`pgboss.queue` and its partitions) stay, as they would across restarts of a server, and so do the
 * migration journal and pg-boss's version row. Refuses a database that is still in a transaction.
 */
export async function emptyAllTables(database: Pick<Database, 'sql'>): Promise<void> {
  const { rows } = await database.sql.executeSql(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND (n.nspname = 'public' OR (n.nspname = 'pgboss' AND c.relname NOT IN ('version', 'queue')))`,
    [],
  );
  const names = (rows as { name: string }[]).map((row) => row.name);
  if (names.length > 0) await database.sql.executeSql(`TRUNCATE ${names.join(', ')} RESTART IDENTITY CASCADE`);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms);
    }),
  ]);
}
