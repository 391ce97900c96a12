import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  okSchema,
  organisationParamsSchema,
  unitInputSchema,
  unitListSchema,
  unitParamsSchema,
  unitPatchSchema,
  unitSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { organisationAbilities } from '../organisations';
import * as service from './service';

const orgParams = organisationParamsSchema;
const unitParams = unitParamsSchema;

export const unitRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/organisations/:orgId/units',
    { config: { ability: organisationAbilities.read }, schema: { tags: ['units'], params: orgParams, response: { 200: unitListSchema } } },
    async (request) => service.listUnits(ctx, actorOf(request), request.params.orgId),
  );
  app.post(
    '/api/organisations/:orgId/units',
    {
      config: { ability: organisationAbilities.manage },
      schema: { tags: ['units'], params: orgParams, body: unitInputSchema, response: { 201: unitSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, service.createUnit, request.params.orgId, request.body)),
  );
  app.patch(
    '/api/organisations/:orgId/units/:unitId',
    {
      config: { ability: organisationAbilities.manage },
      schema: { tags: ['units'], params: unitParams, body: unitPatchSchema, response: { 200: unitSchema } },
    },
    async (request) => ctx.mutate(request, service.updateUnit, request.params.orgId, request.params.unitId, request.body),
  );
  app.delete(
    '/api/organisations/:orgId/units/:unitId',
    { config: { ability: organisationAbilities.manage }, schema: { tags: ['units'], params: unitParams, response: { 200: okSchema } } },
    async (request) => {
      await ctx.mutate(request, service.deleteUnit, request.params.orgId, request.params.unitId);
      return { ok: true as const };
    },
  );
};
