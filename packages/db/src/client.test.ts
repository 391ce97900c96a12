import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { connect, acquireDirectoryLock, migrationsFolder, sqlIn } from './client';
import { adminQuery, createTestDatabase, testBackend, withDatabase, type TestDatabase } from './testing';
import { organisations } from './schema/index';

describe(`test database (${testBackend})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('is migrated and takes writes', async () => {
    const [row] = await database.db.insert(organisations).values({ name: 'Tullverket' }).returning();
    expect(row?.name).toBe('Tullverket');
    const count = (await database.db.execute(sql`select count(*)::int as n from organisations`)) as unknown as { rows: unknown[] };
    expect((count.rows[0] as { n: number }).n).toBe(1);
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(organisations).values({ name: 'Half-written' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await database.db.select().from(organisations);
    expect(rows.map((r) => r.name)).not.toContain('Half-written');
  });

  it('runs raw SQL with parameters inside an open transaction (pg-boss in the caller’s transaction)', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        const executor = sqlIn(tx);
        const { rows } = await executor.executeSql('insert into organisations (name) values ($1) returning name', ['Inside']);
        expect(rows).toEqual([{ name: 'Inside' }]);
        // Visible to the transaction itself…
        expect((await tx.select().from(organisations)).map((r) => r.name)).toContain('Inside');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    // …and gone with its rollback.
    expect((await database.db.select().from(organisations)).map((r) => r.name)).not.toContain('Inside');
    await database.db.transaction(async (tx) => {
      await sqlIn(tx).executeSql('insert into organisations (name) values ($1)', ['Committed']);
    });
    expect((await database.db.select().from(organisations)).map((r) => r.name)).toContain('Committed');
    expect(() => sqlIn({} as never)).toThrow(/not an open Drizzle transaction/);
  });

  it('runs multi-statement scripts without parameters (pg-boss migrations)', async () => {
    const result = await database.sql.executeSql('create temporary table t1 (x int); insert into t1 values (7); select x from t1');
    expect(result.rows).toEqual([{ x: 7 }]);
  });

  it('has pg_trgm (decision 0191): a trigram GIN index answers an ILIKE contains-search', async () => {
    const { rows } = await database.sql.executeSql("select extname from pg_extension where extname = 'pg_trgm'");
    expect(rows).toEqual([{ extname: 'pg_trgm' }]);
    const [similar] = (
      await database.sql.executeSql("select similarity('Lindqvist', 'Lindkvist') > 0.3 as close, show_trgm('ab') as trigrams", [])
    ).rows as { close: boolean; trigrams: string[] }[];
    expect(similar).toEqual({ close: true, trigrams: ['  a', ' ab', 'ab '] });
    // One transaction, so one connection on PostgreSQL's pool: the temporary table and the planner
    // setting are that session's, and both end with it (`on commit drop`, `set local`); nothing is
    // left on a pooled connection that a later test could be given, whether the checks pass or not.
    await database.db.transaction(async (tx) => {
      const run = sqlIn(tx);
      await run.executeSql("create temporary table trgm_t on commit drop as select 'Person ' || i as name from generate_series(1, 2000) i");
      await run.executeSql('create index trgm_t_idx on trgm_t using gin (name gin_trgm_ops)');
      await run.executeSql('analyze trgm_t');
      await run.executeSql('set local enable_seqscan = off');
      const plan = (await run.executeSql("explain select name from trgm_t where name ilike '%rson 1234%'")).rows
        .map((r) => Object.values(r as object)[0])
        .join('\n');
      expect(plan).toMatch(/Bitmap Index Scan on trgm_t_idx/);
      const found = await run.executeSql('select name from trgm_t where name ilike $1', ['%rSON 1234%']);
      expect(found.rows).toEqual([{ name: 'Person 1234' }]);
    });
    // The setting ended with the transaction: PGlite has one connection, and the pool hands out its
    // most recently released one first (the transaction's).
    expect((await database.sql.executeSql('show enable_seqscan')).rows).toEqual([{ enable_seqscan: 'on' }]);
  });
});

describe('embedded database directory lock', () => {
  // Two PGlite start-ups on disk: slow on a busy machine.
  it('refuses a second process-level opener and frees the lock on close', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lots-lock-'));
    try {
      // The lock is the directory's, whatever the database holds: no migrations needed.
      const first = await connect({ dataDir: dir });
      // Simulate another live process holding the lock: the parent process's pid is alive.
      await first.close();
      const release = acquireDirectoryLock(dir);
      expect(() => acquireDirectoryLock(dir)).not.toThrow(); // same pid: stale for us, taken over
      release();
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'lots.lock'), String(process.ppid));
      await expect(connect({ dataDir: dir })).rejects.toThrow(/in use by another Lots process/);
      writeFileSync(join(dir, 'lots.lock'), '999999999');
      const again = await connect({ dataDir: dir });
      // The embedded server runs with a 16 MB buffer cache (decision 0168), not PostgreSQL's 128 MB.
      expect(await again.sql.executeSql("SELECT current_setting('shared_buffers') AS v", [])).toEqual({ rows: [{ v: '16MB' }] });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Issue 9, item 13: PGlite issued no fsync for acknowledged commits. */
describe('embedded database durability', () => {
  it(
    'flushes the WAL to disk with a real fsync before a commit is acknowledged, and the commits are there after a restart',
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lots-durable-'));
      const fsyncs: string[] = [];
      try {
        const database = await connect({ dataDir: dir, onFsync: (path) => fsyncs.push(path) });
        await database.migrate();
        const settings = await database.sql.executeSql(
          "select current_setting('fsync') as fsync, current_setting('wal_sync_method') as method, current_setting('synchronous_commit') as commit",
        );
        expect(settings.rows).toEqual([{ fsync: 'on', method: 'fsync', commit: 'on' }]);
        for (let i = 0; i < 5; i++) {
          const before = fsyncs.length;
          await database.db.insert(organisations).values({ name: `Myndighet ${i}` });
          const walFlushes = fsyncs.slice(before).filter((path) => path.startsWith(join(dir, 'pg_wal')));
          expect(walFlushes.length, `commit ${i} acknowledged without a WAL fsync`).toBeGreaterThanOrEqual(1);
        }
        // A transaction is one commit, flushed once at its end.
        const before = fsyncs.length;
        await database.db.transaction(async (tx) => {
          await tx.insert(organisations).values({ name: 'Kustbevakningen' });
          await tx.insert(organisations).values({ name: 'Tullverket' });
          expect(fsyncs.length).toBe(before);
        });
        expect(fsyncs.length).toBeGreaterThan(before);
        await database.close();
        const again = await connect({ dataDir: dir });
        const rows = await again.db.select().from(organisations);
        expect(rows).toHaveLength(7);
        // An existing embedded database opened again loads its extensions too (pg_trgm, decision 0191).
        expect(await again.sql.executeSql("select similarity('Tullverket', 'Tullverk') > 0.5 as found", [])).toEqual({
          rows: [{ found: true }],
        });
        await again.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

/** Two Lots processes starting at once on one empty PostgreSQL database (the way to scale out). */
describe.runIf(testBackend === 'postgres')('migrations from several processes (PostgreSQL)', () => {
  const adminUrl = process.env.LOTS_TEST_DATABASE_URL!;
  const name = `lots_test_race_${randomBytes(4).toString('hex')}`;
  const admin = (query: string) => adminQuery(adminUrl, query);
  beforeAll(() => admin(`CREATE DATABASE ${name}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('four connections migrating an empty database at once all succeed, each migration applied once', async () => {
    const databases = await Promise.all([1, 2, 3, 4].map(() => connect({ url: withDatabase(adminUrl, name), maxConnections: 2 })));
    try {
      const outcomes = await Promise.allSettled(databases.map((d) => d.migrate()));
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
      const applied = (await databases[0]!.sql.executeSql('select count(*)::int as n from drizzle.__drizzle_migrations')).rows;
      const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(applied).toEqual([{ n: journal.entries.length }]);
      const [row] = await databases[1]!.db.insert(organisations).values({ name: 'Kustbevakningen' }).returning();
      expect(row?.name).toBe('Kustbevakningen');
    } finally {
      await Promise.all(databases.map((d) => d.close()));
    }
  });

  it('exclusive() lets one holder in at a time, across connections', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => connect({ url: withDatabase(adminUrl, name), maxConnections: 2 })));
    try {
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = a!.exclusive('lots.test', async () => {
        order.push('a in');
        await held;
        order.push('a out');
      });
      await new Promise((r) => setTimeout(r, 100));
      const second = b!.exclusive('lots.test', async () => {
        order.push('b in');
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(order).toEqual(['a in']);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['a in', 'a out', 'b in']);
    } finally {
      await Promise.all([a!.close(), b!.close()]);
    }
  });
});
