/** Rows sent as one array per column (decision 0178): the values come back as sent, whatever the count, in one statement of one text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createTestDatabase, type TestDatabase } from '@lots/db/testing';
import { anyOf, unnest } from './batch';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.destroy();
});

const columns = { id: 'uuid', name: 'text', active: 'boolean', n: 'integer', profile: 'jsonb', at: 'timestamptz' } as const;

function row(i: number) {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: i % 3 === 0 ? null : `Åsa ${i}, "quoted" {braces}`,
    active: i % 2 === 0,
    n: i,
    profile: JSON.stringify({ i, words: ['a', 'b'] }),
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)).toISOString(),
  };
}

describe('unnest', () => {
  it('gives back every row and column as sent, nulls and awkward text included', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => row(i));
    const result = (await database.db.execute(
      sql`select v.id, v.name, v.active, v.n, v.profile, v.at from ${unnest(columns, rows)} order by v.n`,
    )) as unknown as { rows: { id: string; name: string | null; active: boolean; n: number; profile: unknown; at: Date | string }[] };
    expect(result.rows).toHaveLength(250);
    result.rows.forEach((got, i) => {
      const sent = row(i);
      expect(got.id).toBe(sent.id);
      expect(got.name).toBe(sent.name);
      expect(got.active).toBe(sent.active);
      expect(got.n).toBe(i);
      expect(typeof got.profile === 'string' ? JSON.parse(got.profile) : got.profile).toEqual({ i, words: ['a', 'b'] });
      expect(new Date(got.at).toISOString()).toBe(sent.at);
    });
  });

  it('is one statement of the same text with one parameter per column, however many rows', () => {
    const dialect = new PgDialect();
    const one = dialect.sqlToQuery(unnest(columns, [row(1)]));
    const many = dialect.sqlToQuery(
      unnest(
        columns,
        Array.from({ length: 5000 }, (_, i) => row(i)),
      ),
    );
    expect(many.sql).toBe(one.sql);
    expect(many.params).toHaveLength(6);
    expect(one.sql).toBe(
      'unnest($1::uuid[], $2::text[], $3::boolean[], $4::integer[], $5::jsonb[], $6::timestamptz[]) as v(id, name, active, n, profile, at)',
    );
  });

  it('refuses a column name that is not a plain identifier', () => {
    expect(() => unnest({ 'id) ; drop table people; --': 'uuid' }, [])).toThrow(/not a plain column name/);
  });
});

describe('anyOf', () => {
  it('is one array parameter of the same text however many values', () => {
    const dialect = new PgDialect();
    const one = dialect.sqlToQuery(anyOf(sql`t.id`, [row(1).id]));
    const many = dialect.sqlToQuery(
      anyOf(
        sql`t.id`,
        Array.from({ length: 5000 }, (_, i) => row(i).id),
      ),
    );
    expect(one.sql).toBe('t.id = any($1::uuid[])');
    expect(many.sql).toBe(one.sql);
    expect(many.params).toHaveLength(1);
    expect(dialect.sqlToQuery(anyOf(sql`t.name`, ['a'], 'text')).sql).toBe('t.name = any($1::text[])');
  });

  it('matches exactly the values listed, nothing for an empty list', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: row(i).id, name: `Åsa ${i}` }));
    const select = async (condition: ReturnType<typeof anyOf>) =>
      (
        (await database.db.execute(
          sql`select v.id, v.name from ${unnest({ id: 'uuid', name: 'text' }, rows)} where ${condition} order by v.name`,
        )) as unknown as {
          rows: { id: string; name: string }[];
        }
      ).rows.map((r) => r.name);
    expect(await select(anyOf(sql`v.id`, [row(3).id, row(7).id, row(42).id]))).toEqual(['Åsa 3', 'Åsa 7']);
    expect(await select(anyOf(sql`v.name`, ['Åsa 1', 'åsa 2'], 'text'))).toEqual(['Åsa 1']);
    expect(await select(anyOf(sql`v.id`, []))).toEqual([]);
  });
});
