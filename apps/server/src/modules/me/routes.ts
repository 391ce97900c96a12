import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mePatchSchema, meSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { signedIn } from '../../platform/authorize';
import * as service from './service';

export const meRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/api/me', { config: { ability: signedIn }, schema: { tags: ['me'], response: { 200: meSchema } } }, async (request) =>
    service.getMe(ctx.db, actorOf(request)),
  );
  app.patch(
    '/api/me',
    { config: { ability: signedIn }, schema: { tags: ['me'], body: mePatchSchema, response: { 200: meSchema } } },
    async (request) => ctx.mutate(request, service.updateMe, request.body),
  );
};
