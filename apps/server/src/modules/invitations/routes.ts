import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptInvitationSchema, idSchema, invitationInputSchema, invitationViewSchema, okSchema, personSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import * as service from './service';

const tokenParams = z.strictObject({ token: z.string().min(20).max(100) });

export const invitationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/organisations/:orgId/invitations',
    {
      schema: {
        tags: ['invitations'],
        params: z.strictObject({ orgId: idSchema }),
        body: invitationInputSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.invite(ctx, actorOf(request), request.params.orgId, request.body)),
  );
  app.post(
    '/api/organisations/:orgId/people/:personId/invitation',
    { schema: { tags: ['invitations'], params: z.strictObject({ orgId: idSchema, personId: idSchema }), response: { 200: okSchema } } },
    async (request) => {
      await service.resend(ctx, actorOf(request), request.params.orgId, request.params.personId);
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
        response: { 200: z.object({ ok: z.literal(true), email: z.string() }) },
      },
    },
    async (request) => service.accept(ctx, request.params.token, request.body),
  );
};
