import { and, eq, isNull } from 'drizzle-orm';
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
