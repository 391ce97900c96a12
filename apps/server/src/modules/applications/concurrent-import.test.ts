/**
 * An application import crossing a people update of the same people (decision 0201): the applications' copy of the
 * person reads it FOR SHARE (migration 0028), so the two can deadlock; PostgreSQL cancels one, and the request it
 * cancels is answered 503 `busy` with Retry-After (nothing written), not 500. The deadlock is forced, not hoped for:
 * the import waits for a person another transaction holds, which then asks for the person the import has read.
 * PGlite has one connection (transactions never overlap): PostgreSQL only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testBackend } from '@lots/db/testing';
import { createTestApp, type TestApp } from '../../testing/harness';

describe.runIf(testBackend === 'postgres')('an application import crossing a people update (PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;
  let org: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Myndigheten för korsande importer');
    await t.createMember(org, 'samordnare@korsande.example', ['coordinator'], { name: 'Sam Samordnare' });
    coordinator = await t.signIn('samordnare@korsande.example');
  }, 120_000);
  afterAll(async () => {
    await t?.destroy();
  });

  async function lockWaiters(count: number) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await t.database.sql.executeSql(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if ((rows[0] as { n: number }).n >= count) return;
      if (Date.now() > deadline) throw new Error(`no ${count} sessions waiting for a lock after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('the cancelled import is answered 503 busy with Retry-After and wrote nothing; sent again, it imports', async () => {
    const program = await t.createProgram(coordinator, { name: 'Korsande program', requiresManagerConfirmation: false });
    const { personId: anna } = await t.createMember(org, 'anna@korsande.example', ['participant'], { name: 'Anna' });
    const { personId: bo } = await t.createMember(org, 'bo@korsande.example', ['participant'], { name: 'Bo' });
    const csv = ['email;role', 'anna@korsande.example;adept', 'bo@korsande.example;adept'].join('\r\n');
    const upload = () => t.as(coordinator).post(`/api/programs/${program}/applications/import`, csv, { 'content-type': 'text/csv' });

    let response: Awaited<ReturnType<typeof upload>> | undefined;
    await t.database.db.transaction(async (tx) => {
      // A people update holds Bo; the import reads Anna FOR SHARE, then waits for Bo.
      await tx.execute(sql`update people set name = 'Bo Berg' where id = ${bo}`);
      const importing = upload().then((r) => (response = r));
      await lockWaiters(1);
      // The update now asks for Anna: each waits for the other. The import waited first, so its deadlock check runs
      // first and PostgreSQL cancels it; the update then goes on.
      await tx.execute(sql`update people set name = 'Anna Ny' where id = ${anna}`);
      await importing;
    });
    expect(response!.statusCode, response!.body).toBe(503);
    expect(response!.headers['retry-after']).toBe('1');
    expect(response!.json().error.code).toBe('busy');
    const count = async () =>
      (await t.database.sql.executeSql(`select count(*)::int as n from applications where program_id = $1`, [program])).rows[0] as {
        n: number;
      };
    expect(await count()).toEqual({ n: 0 });

    const again = await upload();
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ imported: 2, updated: 0 });
    const { rows } = await t.database.sql.executeSql(
      `select applicant_name as name from applications where program_id = $1 order by applicant_name`,
      [program],
    );
    expect(rows).toEqual([{ name: 'Anna Ny' }, { name: 'Bo Berg' }]);
  });
});
