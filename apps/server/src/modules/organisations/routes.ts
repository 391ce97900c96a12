import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisationDirectorySchema,
  organisationInputSchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationPatchSchema,
  organisationSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { signedIn } from '../../platform/authorize';
import { administerPlatform, organisationAbilities } from './policy';
import * as service from './service';

const params = organisationParamsSchema;

export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/organisations',
    { config: { ability: signedIn }, schema: { tags: ['organisations'], response: { 200: organisationListSchema } } },
    async (request) => service.listOrganisations(ctx, actorOf(request)),
  );
  app.get(
    '/api/organisations/directory',
    {
      config: { ability: signedIn },
      schema: {
        tags: ['organisations'],
        response: { 200: organisationDirectorySchema },
      },
    },
    async (request) => {
      actorOf(request);
      return service.organisationDirectory(ctx);
    },
  );
  app.post(
    '/api/organisations',
    {
      config: { ability: administerPlatform },
      schema: { tags: ['organisations'], body: organisationInputSchema, response: { 201: organisationSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, service.createOrganisation, request.body)),
  );
  app.get(
    '/api/organisations/:orgId',
    { config: { ability: organisationAbilities.read }, schema: { tags: ['organisations'], params, response: { 200: organisationSchema } } },
    async (request) => service.getOrganisation(ctx.db, actorOf(request), request.params.orgId),
  );
  app.patch(
    '/api/organisations/:orgId',
    {
      config: { ability: organisationAbilities.manage },
      schema: { tags: ['organisations'], params, body: organisationPatchSchema, response: { 200: organisationSchema } },
    },
    async (request) => ctx.mutate(request, service.updateOrganisation, request.params.orgId, request.body),
  );
};
