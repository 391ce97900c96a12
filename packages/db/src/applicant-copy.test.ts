/**
 * The applicant copies on applications (migrations 0023/0026, read FOR SHARE since 0028; decisions 0199, 0201)
 * when an application is written while its person is renamed and moved, in either order. Two transactions on two
 * connections: PostgreSQL only (PGlite has one connection, where transactions never overlap).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Tx } from './client';
import { createTestDatabase, testBackend, type TestDatabase } from './testing';

describe.runIf(testBackend === 'postgres')('applicant copies written while the person changes (PostgreSQL)', () => {
  let database: TestDatabase;
  let program: string;
  let tull: string;
  let kust: string;
  const query = async <T>(text: string, params: unknown[] = []) => (await database.sql.executeSql(text, params)).rows as T[];
  const idOf = async (text: string, params: unknown[] = []) => (await query<{ id: string }>(text, params))[0]!.id;

  beforeAll(async () => {
    database = await createTestDatabase();
    tull = await idOf(`insert into organisations (name) values ('Tullverket') returning id`);
    kust = await idOf(`insert into organisations (name) values ('Kustbevakningen') returning id`);
    program = await idOf(
      `insert into programs (owner_organisation_id, name, type) values ($1, 'Chefsprogrammet', 'classic') returning id`,
      [tull],
    );
  }, 120_000);
  afterAll(async () => {
    await database?.destroy();
  });

  async function person(name: string) {
    return idOf(`insert into people (organisation_id, name, email) values ($1, $2, $3) returning id`, [
      tull,
      name,
      `${name.toLowerCase()}@example.org`,
    ]);
  }

  /** Until `done` settles or another session of this database waits for a lock (at most 10 s). */
  async function waitingOrDone(done: Promise<unknown>) {
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    const deadline = Date.now() + 10_000;
    while (!settled && Date.now() < deadline) {
      const [row] = await query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (row!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Runs `first` in a transaction left open until `second` (another transaction) waits for it or is done; then commits both. */
  async function overlapping(first: (tx: Tx) => Promise<unknown>, second: string) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    const firstTx = database.db.transaction(async (tx) => {
      await first(tx);
      started();
      await held;
    });
    await begun;
    const secondTx = database.sql.executeSql(second);
    await waitingOrDone(secondTx);
    release();
    await Promise.all([firstTx, secondTx]);
  }

  const copy = async (personId: string) =>
    (
      await query<{ name: string; email: string; organisation: string }>(
        `select applicant_name as name, applicant_email as email, applicant_organisation_id as organisation
           from applications where person_id = $1`,
        [personId],
      )
    )[0];

  it('an application written first, the person renamed and moved meanwhile: the copy follows the person', async () => {
    const anna = await person('Anna');
    await overlapping(
      (tx) => tx.execute(sql`insert into applications (program_id, person_id, role) values (${program}, ${anna}, 'adept')`),
      `update people set name = 'Anna Ny', email = 'anna.ny@example.org', organisation_id = '${kust}' where id = '${anna}'`,
    );
    expect(await copy(anna)).toEqual({ name: 'Anna Ny', email: 'anna.ny@example.org', organisation: kust });
  });

  it('the person renamed and moved first, an application written meanwhile: the copy is of the new person', async () => {
    const bo = await person('Bo');
    await overlapping(
      (tx) => tx.execute(sql`update people set name = 'Bo Ny', email = 'bo.ny@example.org', organisation_id = ${kust} where id = ${bo}`),
      `insert into applications (program_id, person_id, role) values ('${program}', '${bo}', 'adept')`,
    );
    expect(await copy(bo)).toEqual({ name: 'Bo Ny', email: 'bo.ny@example.org', organisation: kust });
  });
});
