import { sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

export async function userCount(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.user);
  return row?.n ?? 0;
}

/** Serialises concurrent setup attempts until the transaction ends; the second one sees the first one's user. */
export async function lockSetup(tx: DbOrTx) {
  await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
}

export async function insertOrganisation(db: DbOrTx, values: typeof schema.organisations.$inferInsert) {
  const [organisation] = await db.insert(schema.organisations).values(values).returning({ id: schema.organisations.id });
  return organisation!.id;
}

export async function insertPerson(db: DbOrTx, values: typeof schema.people.$inferInsert) {
  await db.insert(schema.people).values(values);
}
