import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, emptyAllTables, type TestDatabase } from './testing';
import { organisations, units } from './schema/index';

/** Rows in every table the test databases empty (the same tables `emptyAllTables` looks at). */
async function rowsPerTable(database: TestDatabase): Promise<Record<string, number>> {
  const { rows } = await database.sql.executeSql(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND (n.nspname = 'public' OR (n.nspname = 'pgboss' AND c.relname NOT IN ('version', 'queue')))`,
    [],
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows as { name: string }[]) {
    const result = await database.sql.executeSql(`SELECT count(*)::int AS n FROM ${name}`, []);
    counts[name] = (result.rows as { n: number }[])[0]!.n;
  }
  return counts;
}

describe('a test database given back for the next file', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('is emptied: every table that holds rows, and the empty ones stay empty', async () => {
    const [org] = await database.db.insert(organisations).values({ name: 'Tullverket' }).returning();
    await database.db.insert(units).values({ organisationId: org!.id, name: 'Gränsskydd' });
    const before = await rowsPerTable(database);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.organisations']).toBe(1);
    expect(before['public.units']).toBe(1);
    await emptyAllTables(database);
    const after = await rowsPerTable(database);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    // And the database takes writes again as a fresh one would.
    await database.db.insert(organisations).values({ name: 'Kustbevakningen' });
    expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(organisations)).toEqual([{ n: 1 }]);
  });
});
