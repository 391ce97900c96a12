import { schema, type DbOrTx } from '@lots/db';

/**
 * A person without an account and their application, written straight into the tables (a test's pool of applicants,
 * without signing anyone in). Returns both ids.
 */
export async function insertApplicant(
  db: DbOrTx,
  person: Omit<typeof schema.people.$inferInsert, 'id'>,
  application: Omit<typeof schema.applications.$inferInsert, 'id' | 'personId'>,
): Promise<{ personId: string; applicationId: string }> {
  const [row] = await db.insert(schema.people).values(person).returning({ id: schema.people.id });
  const [applied] = await db
    .insert(schema.applications)
    .values({ ...application, personId: row!.id })
    .returning({ id: schema.applications.id });
  return { personId: row!.id, applicationId: applied!.id };
}
