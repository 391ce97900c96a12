import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bulkInvitationInputSchema,
  bulkInvitationResultSchema,
  acceptInvitationSchema,
  invitationAcceptedSchema,
  invitationInputSchema,
  invitationTokenParamsSchema,
  invitationViewSchema,
  okSchema,
  organisationParamsSchema,
  personParamsSchema,
  personSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { organisationAbilities } from '../organisations';
import * as service from './service';

const tokenParams = invitationTokenParamsSchema;

export const invitationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/organisations/:orgId/invitations',
    {
      config: { ability: organisationAbilities.managePeople },
      schema: {
        tags: ['invitations'],
        params: organisationParamsSchema,
        body: invitationInputSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, service.invite, request.params.orgId, request.body)),
  );
  app.post(
    '/api/organisations/:orgId/invitations/bulk',
    {
      config: { ability: organisationAbilities.managePeople },
      schema: {
        tags: ['invitations'],
        params: organisationParamsSchema,
        body: bulkInvitationInputSchema,
        response: { 201: bulkInvitationResultSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, service.inviteMany, request.params.orgId, request.body.personIds)),
  );
  app.post(
    '/api/organisations/:orgId/people/:personId/invitation',
    {
      config: { ability: organisationAbilities.managePeople },
      schema: { tags: ['invitations'], params: personParamsSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.resend, request.params.orgId, request.params.personId);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/invitations/:token',
    { config: { public: true }, schema: { tags: ['invitations'], params: tokenParams, response: { 200: invitationViewSchema } } },
    async (request) => service.view(ctx, request.params.token),
  );
  app.post(
    '/api/invitations/:token/accept',
    {
      config: { public: true },
      schema: {
        tags: ['invitations'],
        params: tokenParams,
        body: acceptInvitationSchema,
        response: { 200: invitationAcceptedSchema },
      },
    },
    async (request) => ctx.mutateAnonymous(request, service.accept, request.params.token, request.body),
  );
};
