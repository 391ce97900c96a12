import { and, desc, eq, isNull } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { invitations, people, organisations } = schema;

export async function revokePending(db: DbOrTx, personId: string) {
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.personId, personId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
}

export async function insertInvitation(db: DbOrTx, values: typeof invitations.$inferInsert) {
  await db.insert(invitations).values(values);
}

export async function findByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      personId: invitations.personId,
      organisationId: invitations.organisationId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      name: people.name,
      email: people.email,
      userId: people.userId,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

export async function markAccepted(db: DbOrTx, id: string) {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

export async function organisationName(db: DbOrTx, organisationId: string) {
  const [organisation] = await db
    .select({ name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, organisationId));
  return organisation?.name;
}

/** The language of the latest invitation mailed to this address in this organisation. */
export async function lastInvitationLocale(db: DbOrTx, email: string, organisationId: string) {
  const { mailMessages } = schema;
  const [previous] = await db
    .select({ locale: mailMessages.locale })
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email), eq(mailMessages.organisationId, organisationId), eq(mailMessages.template, 'invitation')))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  return previous?.locale;
}

export async function userExists(db: DbOrTx, email: string) {
  const [taken] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email.toLowerCase()));
  return Boolean(taken);
}

export async function linkAccount(db: DbOrTx, personId: string, userId: string, name: string) {
  await db.update(schema.people).set({ userId, name, updatedAt: new Date() }).where(eq(schema.people.id, personId));
}
