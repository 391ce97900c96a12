import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { homeSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { signedIn } from '../../platform/authorize';
import * as service from './service';

export const homeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Anyone signed in: what is shown is scoped to the viewer's own person (their programs, applications, pairs).
  app.get('/api/me/home', { config: { ability: signedIn }, schema: { tags: ['home'], response: { 200: homeSchema } } }, async (request) =>
    service.getHome(ctx, actorOf(request)),
  );
};
