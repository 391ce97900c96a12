import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { connect, acquireDirectoryLock } from './client';
import { createTestDatabase, testBackend, type TestDatabase } from './testing';
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

  it('runs multi-statement scripts without parameters (pg-boss migrations)', async () => {
    const result = await database.sql.executeSql('create temporary table t1 (x int); insert into t1 values (7); select x from t1');
    expect(result.rows).toEqual([{ x: 7 }]);
  });
});

describe('embedded database directory lock', () => {
  it('refuses a second process-level opener and frees the lock on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lots-lock-'));
    try {
      const first = await connect({ dataDir: dir });
      await first.migrate();
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
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
