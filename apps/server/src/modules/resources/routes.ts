import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  okSchema,
  programParamsSchema,
  resourceInputSchema,
  resourceListQuerySchema,
  resourceListSchema,
  resourceParamsSchema,
  resourceSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { resourceAbilities } from './policy';
import * as service from './service';

const tags = ['resources'];

/** A program's resources (links per role and language): list, add, remove. */
export const resourceRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/programs/:programId/resources',
    {
      config: { ability: resourceAbilities.read },
      schema: { tags, params: programParamsSchema, querystring: resourceListQuerySchema, response: { 200: resourceListSchema } },
    },
    async (request) => service.listResources(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  app.post(
    '/api/programs/:programId/resources',
    {
      config: { ability: resourceAbilities.manage },
      schema: { tags, params: programParamsSchema, body: resourceInputSchema, response: { 201: resourceSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, service.addResource, request.params.programId, request.body)),
  );
  app.delete(
    '/api/programs/:programId/resources/:resourceId',
    { config: { ability: resourceAbilities.manage }, schema: { tags, params: resourceParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await ctx.mutate(request, service.deleteResource, request.params.programId, request.params.resourceId);
      return { ok: true as const };
    },
  );
};
