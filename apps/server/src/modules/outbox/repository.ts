import { and, eq, sql } from 'drizzle-orm';
import type { OutboxQuery } from '@lots/core';
import { schema, type DbOrTx } from '@lots/db';
import { COUNT, ordering, searchAny } from '../../platform/lists';

const { mailMessages } = schema;

/** A page of mail searched, filtered and sorted in SQL (decision 0161); only one organisation's when `organisationId` is given. */
export async function pageOfMail(db: DbOrTx, organisationId: string | null, query: OutboxQuery) {
  const where = and(
    organisationId === null ? undefined : eq(mailMessages.organisationId, organisationId),
    query.status ? eq(mailMessages.status, query.status) : undefined,
    searchAny(query.q, [mailMessages.to, mailMessages.subject]),
  );
  const rows = await db
    .select()
    .from(mailMessages)
    .where(where)
    .orderBy(
      ...ordering(
        {
          createdAt: [mailMessages.createdAt],
          to: [sql`lower(${mailMessages.to})`],
          status: [mailMessages.status, mailMessages.createdAt],
        },
        query.sort,
        query.dir,
        mailMessages.id,
      ),
    )
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db.select({ n: COUNT }).from(mailMessages).where(where);
  return { rows, total: count?.n ?? 0 };
}
