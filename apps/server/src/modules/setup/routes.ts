import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { okSchema, setupInputSchema, setupStatusSchema } from '@lots/core';
import type { AppContext } from '../../context';
import * as service from './service';

export const setupRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/api/setup/status', { config: { public: true }, schema: { tags: ['setup'], response: { 200: setupStatusSchema } } }, async () =>
    service.status(ctx),
  );
  app.post(
    '/api/setup',
    { config: { public: true }, schema: { tags: ['setup'], body: setupInputSchema, response: { 201: okSchema } } },
    async (request, reply) => {
      await ctx.mutateAnonymous(request, service.runSetup, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );
};
