import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { connect, migrationsFolder, type Database } from './client';
import { adminQuery, testBackend, withDatabase } from './testing';

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations folder that ends with `lastTag`: a database as it was before the migrations after it. */
function migrationsUpTo(lastTag: string): string {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  const end = journal.entries.findIndex((e) => e.tag === lastTag);
  if (end < 0) throw new Error(`no migration ${lastTag}`);
  const dir = mkdtempSync(join(tmpdir(), 'lots-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, end + 1);
  for (const { tag } of entries) copyFileSync(join(migrationsFolder, `${tag}.sql`), join(dir, `${tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

/**
 * Migrations that rewrite existing rows, run on a database holding rows written before them (on the test backend:
 * an in-memory PGlite, or a database of its own on LOTS_TEST_DATABASE_URL's PostgreSQL).
 */
describe(`migrations over existing rows (${testBackend})`, () => {
  const adminUrl = process.env.LOTS_TEST_DATABASE_URL;
  const name = `lots_test_migrations_${randomBytes(4).toString('hex')}`;
  const admin = (query: string) => adminQuery(adminUrl!, query);
  let database: Database;
  const folders: string[] = [];
  const query = async <T>(text: string, params: unknown[] = []) => (await database.sql.executeSql(text, params)).rows as T[];
  /** Applies the migrations up to and including `lastTag` only. */
  const migrateUpTo = async (lastTag: string) => {
    const folder = migrationsUpTo(lastTag);
    folders.push(folder);
    if (adminUrl) await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    else await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  };

  // An empty PGlite starts by running initdb: slow on a busy machine.
  beforeAll(async () => {
    if (adminUrl) await admin(`CREATE DATABASE ${name}`);
    database = await connect(adminUrl ? { url: withDatabase(adminUrl, name), maxConnections: 2 } : {});
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    if (adminUrl) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it(
    "0026 copies each application's applicant's organisation, and the triggers keep it in step from then on (decision 0201)",
    { timeout: 120_000 },
    async () => {
      await migrateUpTo('0025_people_roles');
      const [tull] = await query<{ id: string }>(`insert into organisations (name) values ('Tullverket') returning id`);
      const [kust] = await query<{ id: string }>(`insert into organisations (name) values ('Kustbevakningen') returning id`);
      const person = async (organisationId: string, name: string) =>
        (
          await query<{ id: string }>(`insert into people (organisation_id, name, email) values ($1, $2, $3) returning id`, [
            organisationId,
            name,
            `${name.toLowerCase()}@example.org`,
          ])
        )[0]!.id;
      const anna = await person(tull!.id, 'Anna');
      const bo = await person(kust!.id, 'Bo');
      const [program] = await query<{ id: string }>(
        `insert into programs (owner_organisation_id, name, type) values ($1, 'Chefsprogrammet', 'classic') returning id`,
        [tull!.id],
      );
      const apply = async (personId: string, role: string) =>
        (
          await query<{ id: string }>(`insert into applications (program_id, person_id, role) values ($1, $2, $3) returning id`, [
            program!.id,
            personId,
            role,
          ])
        )[0]!.id;
      const annaAdept = await apply(anna, 'adept');
      const annaMentor = await apply(anna, 'mentor');
      const boAdept = await apply(bo, 'adept');

      await database.migrate();
      const copies = async () =>
        Object.fromEntries(
          (
            await query<{ id: string; organisation: string | null }>(
              `select id, applicant_organisation_id as organisation from applications`,
            )
          ).map((r) => [r.id, r.organisation]),
        );
      // The rows that were there are filled in by the migration.
      expect(await copies()).toEqual({ [annaAdept]: tull!.id, [annaMentor]: tull!.id, [boAdept]: kust!.id });

      // Moving a person moves all of their applications' copies, and only theirs.
      await query(`update people set organisation_id = $1 where id = $2`, [kust!.id, anna]);
      expect(await copies()).toEqual({ [annaAdept]: kust!.id, [annaMentor]: kust!.id, [boAdept]: kust!.id });
      // A change of anything else of the person's leaves the copy as it is; so does a change of the application.
      await query(`update people set title = 'Enhetschef' where id = $1`, [bo]);
      await query(`update applications set status = 'submitted' where id = $1`, [boAdept]);
      expect((await copies())[boAdept]).toBe(kust!.id);
      // No code can write a wrong copy: a direct write is replaced by the person's organisation.
      await query(`update applications set applicant_organisation_id = $1 where id = $2`, [tull!.id, boAdept]);
      expect((await copies())[boAdept]).toBe(kust!.id);
      // An application given to another person takes that person's; a new one its person's.
      await query(`update applications set person_id = $1 where id = $2`, [bo, annaMentor]);
      const cecilia = await person(tull!.id, 'Cecilia');
      const ceciliaAdept = await apply(cecilia, 'adept');
      expect(await copies()).toEqual({ [annaAdept]: kust!.id, [annaMentor]: kust!.id, [boAdept]: kust!.id, [ceciliaAdept]: tull!.id });
      await query(`update people set organisation_id = $1 where id = $2`, [tull!.id, bo]);
      expect(await copies()).toEqual({ [annaAdept]: kust!.id, [annaMentor]: tull!.id, [boAdept]: tull!.id, [ceciliaAdept]: tull!.id });
      // The name and e-mail copies of 0023 still follow the person as well.
      await query(`update people set name = 'Bo Berg', email = 'bo.berg@example.org' where id = $1`, [bo]);
      expect(await query(`select applicant_name, applicant_email from applications where id = $1`, [boAdept])).toEqual([
        { applicant_name: 'Bo Berg', applicant_email: 'bo.berg@example.org' },
      ]);
      // An application of no person is refused by its foreign key, not by the copy.
      await expect(apply('00000000-0000-0000-0000-000000000000', 'adept')).rejects.toThrow(/foreign key/);
    },
  );
  it(
    '0029 gives back the index of organisation_id alone that 0027 dropped: an organisation is counted from it (decision 0204)',
    { timeout: 120_000 },
    async () => {
      await database.migrate();
      const indexes = await query<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'people' order by indexname`);
      expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(['people_organisation_idx', 'people_organisation_name_idx']));
      // The people list's total: an index-only scan of the small index, not of the name index (many times larger) nor the table.
      await query('set enable_seqscan = off');
      const plan = await query<{ 'QUERY PLAN': string }>(
        `explain select count(*) from people where organisation_id = '00000000-0000-0000-0000-000000000000'`,
      );
      await query('reset enable_seqscan');
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/people_organisation_idx /);
    },
  );
});
