import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MATERIAL_BODY_LIMIT,
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
import { attachment } from '../../platform/attachment';
import { resourceAbilities } from './policy';
import * as service from './service';

const tags = ['resources'];

/** A program's resources (links and files per role and language): list, add, download, remove. */
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
      // A file travels as base64 in the JSON body (decision 0114).
      bodyLimit: MATERIAL_BODY_LIMIT,
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
  app.get(
    '/api/programs/:programId/resources/:resourceId/file',
    { config: { ability: resourceAbilities.read }, schema: { tags, params: resourceParamsSchema } },
    async (request, reply) => {
      const file = await service.getResourceFile(ctx.db, actorOf(request), request.params.programId, request.params.resourceId);
      reply.header('content-disposition', attachment(file.name)).type(file.contentType);
      return reply.send(file.body);
    },
  );
};
