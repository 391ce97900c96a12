import { describe, expect, it } from 'vitest';
import { getAuthTables } from 'better-auth/db';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { schema } from '@lots/db';
import { loadConfig } from '../config';
import { createAuth } from './auth';

/**
 * better-auth's CLI (which would generate its tables) needs Node 22, so its tables are
 * written by hand in packages/db. This test derives the tables better-auth expects from
 * our configuration and checks that the Drizzle schema has every one of their fields.
 */
describe('better-auth tables in the Drizzle schema', () => {
  it('has every table and field better-auth needs', () => {
    const config = loadConfig({ AUTH_SECRET: 'x'.repeat(40), DEMO: 'off' });
    const auth = createAuth({} as never, config, {} as never, { info() {}, warn() {}, error() {}, debug() {} } as never, {} as never);
    const tables = getAuthTables(auth.options);
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['user', 'session', 'account', 'verification', 'rateLimit']));
    const drizzleTables = Object.values(schema).filter((v) => v && typeof v === 'object' && Symbol.for('drizzle:Name') in v);
    const byName = new Map<string, unknown>(drizzleTables.map((t) => [getTableName(t as never) as string, t]));
    const expected: Record<string, string> = {
      user: 'user',
      session: 'session',
      account: 'account',
      verification: 'verification',
      rateLimit: 'rate_limit',
    };
    for (const [key, table] of Object.entries(tables)) {
      const drizzleName = expected[key] ?? table.modelName;
      const drizzleTable = byName.get(drizzleName);
      expect(drizzleTable, `table ${drizzleName}`).toBeDefined();
      const columns: string[] = Object.keys(getTableColumns(drizzleTable as never) as object);
      for (const [field, attribute] of Object.entries(table.fields)) {
        expect(columns, `${drizzleName}.${field}`).toContain(attribute.fieldName ?? field);
      }
    }
  });
});
