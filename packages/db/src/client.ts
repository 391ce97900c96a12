import { mkdirSync, openSync, closeSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index';
import { DurableNodeFS, durableStartParams } from './durable-fs';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** The database without `transaction`: what a reader holds, since only the mutation pipeline opens transactions (decision 0081). */
export type ReadDb = Omit<Db, 'transaction'>;
/**
 * Anything a repository can run queries on: the database as readers hold it (no `transaction`) or
 * an open transaction. A function given this cannot open a transaction of its own on the database.
 */
export type DbOrTx = ReadDb | Tx;

/** The minimal raw-SQL surface pg-boss needs (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Raw SQL on the connection of an open transaction, for pg-boss's `db` option: a job sent
 * through it is inserted in that transaction (and disappears with a rollback). Drizzle keeps
 * the transaction's client (a PGlite transaction or a node-postgres pool client) as
 * `session.client`; both answer `query(text, values)`.
 */
export function sqlIn(tx: Tx): SqlExecutor {
  const client = (tx as unknown as { session?: { client?: { query?: unknown } } }).session?.client;
  if (!client || typeof client.query !== 'function') throw new Error('sqlIn: not an open Drizzle transaction');
  const query = client.query as (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  return {
    async executeSql(text, values) {
      const result = await query.call(client, text, values);
      return { rows: result.rows };
    },
  };
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL, for pg-boss and health checks. */
  sql: SqlExecutor;
  /** Applies the migrations; on PostgreSQL serialised across processes (advisory lock). */
  migrate(): Promise<void>;
  /**
   * Runs `fn` while holding a database-wide lock named `name`: on PostgreSQL a session
   * advisory lock on a connection of its own (so two Lots processes take turns, and a
   * crashed holder releases it with its connection); on PGlite, which one process owns,
   * it simply runs `fn`.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the text of every statement run through `db` (transactions and better-auth's
   * adapter included) until the returned function is called: how tests count a request's statements.
   */
  observe(listener: (statement: string) => void): () => void;
  close(): Promise<void>;
}

/** Drizzle's logger, forwarding to the listeners of `observe` (nothing to do while there are none). */
function statementObservers(): { logger: Logger; observe: Database['observe'] } {
  const listeners = new Set<(statement: string) => void>();
  return {
    logger: {
      logQuery(query) {
        for (const listener of listeners) listener(query);
      },
    },
    observe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The advisory lock that serialises migrations across Lots processes on one PostgreSQL. */
export const MIGRATION_LOCK = 'lots.migrations';

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface ConnectOptions {
  /** postgres://… — when set, a real PostgreSQL is used. */
  url?: string;
  /** Where PGlite keeps its files; when unset (and no url), an in-memory database. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** PGlite only: start from this data directory dump (used by tests to clone a migrated template). */
  loadDataDir?: Blob | File;
  /** PGlite with a data directory: told the path of every fsync (tests of durability). */
  onFsync?: (path: string) => void;
}

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.url) return connectPostgres(options.url, options.maxConnections ?? 10);
  return connectPglite(options.dataDir, options.loadDataDir, options.onFsync);
}

async function connectPostgres(url: string, max: number): Promise<Database> {
  // No JIT compilation (decision 0199): a list page's statement estimated above `jit_above_cost` (100,000, e.g. a
  // search over a program's 5,000 applications) spent 125 ms compiling to run for 20; Lots's statements are short.
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // A broken idle connection must not crash the process.
  pool.on('error', () => {});
  const observers = statementObservers();
  const db = drizzlePg(pool, { schema, logger: observers.logger }) as unknown as Db;
  const exclusive = async <T>(name: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      // Session-level: held across the transactions fn runs, released by unlock or when the
      // connection ends (a killed process cannot leave it behind).
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
      try {
        return await fn(client);
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]).catch((error: Error) => {
          broken = error;
        });
      }
    } finally {
      // A connection whose unlock failed is closed rather than returned holding the lock.
      client.release(broken ?? false);
    }
  };
  return {
    kind: 'postgres',
    db,
    sql: {
      async executeSql(text, values) {
        const result = await pool.query(text, values as unknown[] | undefined);
        return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
      },
    },
    // Two processes starting on an empty database would otherwise both run CREATE TABLE
    // (one fails, or they deadlock): the second waits for the lock, then finds nothing to do.
    migrate: () =>
      exclusive(MIGRATION_LOCK, async (client) => {
        await migratePg(drizzlePg(client), { migrationsFolder });
      }),
    exclusive: (name, fn) => exclusive(name, () => fn()),
    observe: observers.observe,
    close: async () => {
      await pool.end();
    },
  };
}

/**
 * The embedded server's buffer cache: 16 MB instead of PostgreSQL's 128 MB (decision 0168). PGlite's
 * WebAssembly memory never shrinks, so every buffer once touched stays in the process's resident
 * memory; a page not in the cache is read through the operating system's page cache instead.
 */
const EMBEDDED_MEMORY = ['-c', 'shared_buffers=16MB'];

/**
 * The PostgreSQL extensions the migrations create (`CREATE EXTENSION`), loaded into every PGlite this program
 * constructs — the server's, a new data directory's child process (decision 0184, through `connect`) and the tests'
 * template — since PGlite has only the extensions it is given. pg_trgm: trigram indexes for searches (decision 0191);
 * btree_gin: organisation_id as a key of the people search's GIN index (decision 0203).
 */
export const pgliteExtensions = { pg_trgm, btree_gin };

async function connectPglite(dataDir: string | undefined, loadDataDir?: Blob | File, onFsync?: (path: string) => void): Promise<Database> {
  let releaseLock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireDirectoryLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      extensions: pgliteExtensions,
      // On disk, commits are flushed to it before they are acknowledged (decision 0032); in memory (tests) nothing to flush.
      ...(dataDir ? { dataDir, fs: new DurableNodeFS(dataDir, onFsync), startParams: [...durableStartParams(), ...EMBEDDED_MEMORY] } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
  const observers = statementObservers();
  const db = drizzlePglite(client, { schema, logger: observers.logger }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    sql: {
      async executeSql(text, values) {
        // PGlite's extended protocol takes one statement; pg-boss sends multi-statement
        // scripts (its schema migrations) without parameters.
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        const result = await client.query(text, values);
        return { rows: result.rows };
      },
    },
    migrate: async () => {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    // One process owns the data directory (lock file) and PGlite has one connection.
    exclusive: (_name, fn) => fn(),
    observe: observers.observe,
    close: async () => {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}

/**
 * PGlite is a single-process database: two processes on one data directory would
 * corrupt it. A lock file holding our pid guards the directory; a lock left by a
 * process that no longer runs is taken over.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'lots.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another Lots process (pid ${pid}). ` +
            'Stop it, or set DATA_DIR to another folder, or use DATABASE_URL for a shared PostgreSQL.',
          { cause: error },
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
