import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  networkMemberInputSchema,
  networkMemberPageSchema,
  networkMemberParamsSchema,
  networkMemberQuerySchema,
  networkMemberSchema,
  okSchema,
  organisationDirectorySchema,
  organisationInputSchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationPatchSchema,
  organisationNetworksSchema,
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
  app.get(
    '/api/organisations/:orgId/members',
    {
      config: { ability: organisationAbilities.read },
      schema: { tags: ['organisations'], params, querystring: networkMemberQuerySchema, response: { 200: networkMemberPageSchema } },
    },
    async (request) => service.listNetworkMembers(ctx.db, actorOf(request), request.params.orgId, request.query),
  );
  app.post(
    '/api/organisations/:orgId/members',
    {
      config: { ability: organisationAbilities.manage },
      schema: { tags: ['organisations'], params, body: networkMemberInputSchema, response: { 201: networkMemberSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, service.addNetworkMember, request.params.orgId, request.body.organisationId)),
  );
  app.delete(
    '/api/organisations/:orgId/members/:memberId',
    {
      config: { ability: organisationAbilities.manage },
      schema: { tags: ['organisations'], params: networkMemberParamsSchema, response: { 200: okSchema } },
    },
    async (request) => ctx.mutate(request, service.removeNetworkMember, request.params.orgId, request.params.memberId),
  );
  app.get(
    '/api/organisations/:orgId/networks',
    {
      config: { ability: organisationAbilities.read },
      schema: { tags: ['organisations'], params, response: { 200: organisationNetworksSchema } },
    },
    async (request) => service.networksOfOrganisation(ctx.db, actorOf(request), request.params.orgId),
  );
};
