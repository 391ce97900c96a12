import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mePatchSchema, meSchema, sessionSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf, resolveActor } from '../../platform/actor';
import { signedIn } from '../../platform/authorize';
import * as service from './service';

export const meRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/api/me', { config: { ability: signedIn }, schema: { tags: ['me'], response: { 200: meSchema } } }, async (request) =>
    service.getMe(ctx.db, actorOf(request)),
  );
  // Public (so the global guard resolves no actor): an anonymous visitor gets `{ me: null }` with a 200, never a 401 in the console.
  app.get('/api/session', { config: { public: true }, schema: { tags: ['me'], response: { 200: sessionSchema } } }, async (request) => {
    const actor = await resolveActor(ctx.auth, ctx.db, request);
    return { me: actor ? await service.getMe(ctx.db, actor) : null };
  });
  app.patch(
    '/api/me',
    { config: { ability: signedIn }, schema: { tags: ['me'], body: mePatchSchema, response: { 200: meSchema } } },
    async (request) => ctx.mutate(request, service.updateMe, request.body),
  );
};
