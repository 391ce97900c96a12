import { desc, eq, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { mailMessages } = schema;

/** A page of mail, newest first; only one organisation's when `organisationId` is given. */
export async function pageOfMail(db: DbOrTx, organisationId: string | null, limit: number, offset: number) {
  const where = organisationId === null ? undefined : eq(mailMessages.organisationId, organisationId);
  const rows = await db
    .select()
    .from(mailMessages)
    .where(where)
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(limit)
    .offset(offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailMessages)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}
