/**
 * Test databases. Every test file gets a database of its own, already migrated:
 * - PGlite (default): an in-memory PGlite restored from a migrated template dump, or one that an earlier file of
 *   the same worker gave back, emptied (`emptyAllTables`).
 * - PostgreSQL (when LOTS_TEST_DATABASE_URL is set): a new database cloned from a migrated
 *   template database (CREATE DATABASE … TEMPLATE …), dropped afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { connect, migrationsFolder, type Database } from './client';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';

export const testBackend: 'postgres' | 'pglite' = process.env.LOTS_TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** Environment variable through which the test runner's global setup hands every test file the template's path. */
export const PGLITE_TEMPLATE_ENV = 'LOTS_PGLITE_TEMPLATE';

let pgliteTemplate: Promise<File | Blob> | undefined;

/** A migrated PGlite data directory, as a dump. Initialising PGlite (initdb) takes seconds, so it happens once. */
async function buildPgliteTemplate(extraSql: string): Promise<Blob> {
  const client = await PGlite.create();
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
  const hash = createHash('sha256');
  hash.update(extraSql);
  // A new PGlite build may write a different data directory format.
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(`${pglite}:${statSync(pglite).size}:${statSync(pglite).mtimeMs}`);
  for (const name of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const path = join(migrationsFolder, name);
    if (statSync(path).isFile()) hash.update(name).update(readFileSync(path));
  }
  const file = join(cacheDir, `pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
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

const TEMPLATE = 'lots_test_template';

/** Creates (once per PostgreSQL server) the migrated template database. Called from vitest's globalSetup. */
export async function preparePostgresTemplate(adminUrl: string, extraSql = ''): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }
  const database = await connect({ url: withDatabase(adminUrl, TEMPLATE), maxConnections: 1 });
  await database.migrate();
  if (extraSql) await database.sql.executeSql(extraSql);
  await database.close();
}

export async function dropPostgresTestDatabases(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'lots_test_%'`);
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
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
    const name = `lots_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
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
