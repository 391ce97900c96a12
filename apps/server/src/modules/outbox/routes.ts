import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxPageSchema, outboxQuerySchema, type OutboxMessage, type OutboxQuery } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf, type Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { readOutbox } from './policy';
import * as repo from './repository';

/** Platform administrators see all mail; an organisation administrator the mail of their organisation. */
async function listOutbox(ctx: AppContext, actor: Actor, query: OutboxQuery) {
  await authorize(ctx.db, actor, readOutbox);
  const organisationId = actor.platformAdmin ? null : actor.person!.organisationId;
  const { rows, total } = await repo.pageOfMail(ctx.db, organisationId, query);
  const items: OutboxMessage[] = rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    template: r.template,
    locale: r.locale,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { items, total };
}

export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/outbox',
    {
      config: { ability: readOutbox },
      schema: {
        tags: ['outbox'],
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (request) => listOutbox(ctx, actorOf(request), request.query),
  );
};
