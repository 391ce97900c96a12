import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  directoryEntryInputSchema,
  directoryQuerySchema,
  directorySchema,
  groupCandidateListSchema,
  groupCandidatesQuerySchema,
  groupInputSchema,
  groupListQuerySchema,
  groupListSchema,
  groupParamsSchema,
  groupSchema,
  okSchema,
  programParamsSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { networkingAbilities } from './policy';
import * as service from './service';

const tags = ['networking'];

/** A program's cohort directory (opt-in) and its networking and coach groups. */
export const networkingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/programs/:programId/directory',
    {
      config: { ability: networkingAbilities.read },
      schema: { tags, params: programParamsSchema, querystring: directoryQuerySchema, response: { 200: directorySchema } },
    },
    async (request) => service.getDirectory(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  app.put(
    '/api/programs/:programId/directory/me',
    {
      config: { ability: networkingAbilities.read },
      schema: { tags, params: programParamsSchema, body: directoryEntryInputSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.joinDirectory, request.params.programId, request.body);
      return { ok: true as const };
    },
  );
  app.delete(
    '/api/programs/:programId/directory/me',
    { config: { ability: networkingAbilities.read }, schema: { tags, params: programParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await ctx.mutate(request, service.leaveDirectory, request.params.programId);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/programs/:programId/groups',
    {
      config: { ability: networkingAbilities.read },
      schema: { tags, params: programParamsSchema, querystring: groupListQuerySchema, response: { 200: groupListSchema } },
    },
    async (request) => service.listGroups(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  app.get(
    '/api/programs/:programId/group-candidates',
    {
      config: { ability: networkingAbilities.manage },
      schema: { tags, params: programParamsSchema, querystring: groupCandidatesQuerySchema, response: { 200: groupCandidateListSchema } },
    },
    async (request) => service.groupCandidates(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  app.post(
    '/api/programs/:programId/groups',
    {
      config: { ability: networkingAbilities.manage },
      schema: { tags, params: programParamsSchema, body: groupInputSchema, response: { 201: groupSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, service.createGroup, request.params.programId, request.body)),
  );
  app.put(
    '/api/programs/:programId/groups/:groupId',
    {
      config: { ability: networkingAbilities.manage },
      schema: { tags, params: groupParamsSchema, body: groupInputSchema, response: { 200: groupSchema } },
    },
    async (request) => ctx.mutate(request, service.updateGroup, request.params.programId, request.params.groupId, request.body),
  );
  app.delete(
    '/api/programs/:programId/groups/:groupId',
    { config: { ability: networkingAbilities.manage }, schema: { tags, params: groupParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await ctx.mutate(request, service.deleteGroup, request.params.programId, request.params.groupId);
      return { ok: true as const };
    },
  );
};
