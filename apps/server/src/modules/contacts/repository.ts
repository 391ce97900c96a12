import { and, asc, eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { programContacts, organisations } = schema;

export async function contactsOf(db: DbOrTx, programId: string) {
  return db
    .select({
      organisationId: programContacts.organisationId,
      organisationName: organisations.name,
      name: programContacts.name,
      email: programContacts.email,
      phone: programContacts.phone,
    })
    .from(programContacts)
    .innerJoin(organisations, eq(organisations.id, programContacts.organisationId))
    .where(eq(programContacts.programId, programId))
    .orderBy(asc(organisations.name));
}

export async function saveContact(
  db: DbOrTx,
  values: { programId: string; organisationId: string; name: string; email: string; phone: string | null },
) {
  await db
    .insert(programContacts)
    .values(values)
    .onConflictDoUpdate({
      target: [programContacts.programId, programContacts.organisationId],
      set: { name: values.name, email: values.email, phone: values.phone, updatedAt: new Date() },
    });
}

export async function deleteContact(db: DbOrTx, programId: string, organisationId: string) {
  const rows = await db
    .delete(programContacts)
    .where(and(eq(programContacts.programId, programId), eq(programContacts.organisationId, organisationId)))
    .returning({ id: programContacts.organisationId });
  return rows.length > 0;
}

/** The organisations whose contact person in the program has this e-mail address. */
export async function contactOrganisationsOf(db: DbOrTx, programId: string, email: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: programContacts.organisationId })
    .from(programContacts)
    .where(and(eq(programContacts.programId, programId), eq(programContacts.email, email.toLowerCase())));
  return rows.map((r) => r.organisationId);
}
