import { desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { schema } from '@lots/db';
import { outboxPageSchema, outboxQuerySchema, type OutboxMessage } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf, type Actor } from '../../platform/actor';
import { forbidden } from '../../platform/errors';

const { mailMessages } = schema;

/** Platform administrators see all mail; an organisation administrator the mail of their organisation. */
async function listOutbox(ctx: AppContext, actor: Actor, limit: number, offset: number) {
  let where;
  if (!actor.platformAdmin) {
    if (!actor.person?.roles.includes('org_admin')) throw forbidden('Only administrators can read the outbox');
    where = eq(mailMessages.organisationId, actor.person.organisationId);
  }
  const rows = await ctx.db
    .select()
    .from(mailMessages)
    .where(where)
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(limit)
    .offset(offset);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailMessages)
    .where(where);
  const items: OutboxMessage[] = rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    template: r.template,
    locale: r.locale,
    status: r.status as OutboxMessage['status'],
    attempts: r.attempts,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { items, total: count?.n ?? 0 };
}

export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/outbox',
    {
      schema: {
        tags: ['outbox'],
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (request) => listOutbox(ctx, actorOf(request), request.query.limit, request.query.offset),
  );
};
