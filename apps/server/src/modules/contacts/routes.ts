import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contactInputSchema, contactListSchema, contactParamsSchema, programParamsSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { contactAbilities } from './policy';
import * as service from './service';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/programs/:programId/contacts',
    { config: { ability: contactAbilities.read }, schema: { tags, params: programParamsSchema, response: { 200: contactListSchema } } },
    async (request) => service.listContacts(ctx.db, actorOf(request), request.params.programId),
  );
  app.put(
    '/api/programs/:programId/contacts/:organisationId',
    {
      config: { ability: contactAbilities.manage },
      schema: { tags, params: contactParamsSchema, body: contactInputSchema, response: { 200: contactListSchema } },
    },
    async (request) => ctx.mutate(request, service.saveContact, request.params.programId, request.params.organisationId, request.body),
  );
  app.delete(
    '/api/programs/:programId/contacts/:organisationId',
    { config: { ability: contactAbilities.manage }, schema: { tags, params: contactParamsSchema, response: { 200: contactListSchema } } },
    async (request) => ctx.mutate(request, service.deleteContact, request.params.programId, request.params.organisationId),
  );
};
