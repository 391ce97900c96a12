/**
 * Test databases. Every test file gets a database of its own, already migrated:
 * - PGlite (default): a fresh in-memory PGlite restored from a migrated template dump.
 * - PostgreSQL (when LOTS_TEST_DATABASE_URL is set): a new database cloned from a migrated
 *   template database (CREATE DATABASE … TEMPLATE …), dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { connect, migrationsFolder, type Database } from './client';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';

export const testBackend: 'postgres' | 'pglite' = process.env.LOTS_TEST_DATABASE_URL ? 'postgres' : 'pglite';

let pgliteTemplate: Promise<File | Blob> | undefined;

async function pgliteTemplateDump(): Promise<File | Blob> {
  pgliteTemplate ??= (async () => {
    const client = await PGlite.create();
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    const dump = await client.dumpDataDir('none');
    await client.close();
    return dump;
  })();
  return pgliteTemplate;
}

const TEMPLATE = 'lots_test_template';

/** Creates (once per PostgreSQL server) the migrated template database. Called from vitest's globalSetup. */
export async function preparePostgresTemplate(adminUrl: string): Promise<void> {
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
  const dump = await pgliteTemplateDump();
  const database = await connect({ loadDataDir: dump });
  return { ...database, destroy: () => database.close() };
}
