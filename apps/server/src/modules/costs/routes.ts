import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adeptCapInputSchema,
  basisExportQuerySchema,
  costAccessSchema,
  costOrganisationParamsSchema,
  costOverviewQuerySchema,
  costOverviewSchema,
  costSettingsInputSchema,
  invoiceInputSchema,
  programParamsSchema,
  sharedCostInputSchema,
  sharedCostParamsSchema,
  sharedCostPatchSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { attachment } from '../../platform/attachment';
import { authorize, can } from '../../platform/authorize';
import { costAbilities } from './policy';
import * as service from './service';

const tags = ['costs'];
const response = { 200: costOverviewSchema };
const firstPage = { page: 1, pageSize: 25 };
const MIME = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** A file name without anything a header or a file system could trip over. */
export const costRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const overview = (request: FastifyRequest, programId: string) => service.getOverview(ctx.db, actorOf(request), programId, firstPage);

  app.get(
    '/api/programs/:programId/costs',
    {
      config: { ability: costAbilities.read },
      schema: { tags, params: programParamsSchema, querystring: costOverviewQuerySchema, response },
    },
    async (request) => service.getOverview(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  // Whether the viewer sees the costs, as a 200 for anyone who sees the program: the program page
  // asks this instead of trying the overview, so a participant's page logs no refused request.
  app.get(
    '/api/programs/:programId/costs/access',
    {
      config: { ability: costAbilities.ask },
      schema: { tags, params: programParamsSchema, response: { 200: costAccessSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const access = await authorize(ctx.db, actor, costAbilities.ask, request.params.programId);
      return can(actor, access, { read: costAbilities.read, manage: costAbilities.manage });
    },
  );
  app.put(
    '/api/programs/:programId/costs/settings',
    { config: { ability: costAbilities.manage }, schema: { tags, params: programParamsSchema, body: costSettingsInputSchema, response } },
    async (request) => {
      await ctx.mutate(request, service.saveSettings, request.params.programId, request.body);
      return overview(request, request.params.programId);
    },
  );
  app.post(
    '/api/programs/:programId/costs/shared',
    {
      config: { ability: costAbilities.manage },
      // An attachment of at most 512 KiB travels as base64 in the JSON body.
      bodyLimit: 1024 * 1024,
      schema: { tags, params: programParamsSchema, body: sharedCostInputSchema, response: { 201: costOverviewSchema } },
    },
    async (request, reply) => {
      await ctx.mutate(request, service.addCost, request.params.programId, request.body);
      return reply.code(201).send(await overview(request, request.params.programId));
    },
  );
  app.patch(
    '/api/programs/:programId/costs/shared/:costId',
    {
      config: { ability: costAbilities.manage },
      bodyLimit: 1024 * 1024,
      schema: { tags, params: sharedCostParamsSchema, body: sharedCostPatchSchema, response },
    },
    async (request) => {
      await ctx.mutate(request, service.updateCost, request.params.programId, request.params.costId, request.body);
      return overview(request, request.params.programId);
    },
  );
  app.delete(
    '/api/programs/:programId/costs/shared/:costId',
    { config: { ability: costAbilities.manage }, schema: { tags, params: sharedCostParamsSchema, response } },
    async (request) => {
      await ctx.mutate(request, service.deleteCost, request.params.programId, request.params.costId);
      return overview(request, request.params.programId);
    },
  );
  app.get(
    '/api/programs/:programId/costs/shared/:costId/attachment',
    { config: { ability: costAbilities.manage }, schema: { tags, params: sharedCostParamsSchema } },
    async (request, reply) => {
      const file = await service.getAttachment(ctx.db, actorOf(request), request.params.programId, request.params.costId);
      reply.header('content-disposition', attachment(file.name)).type(file.contentType);
      return reply.send(file.body);
    },
  );
  app.put(
    '/api/programs/:programId/costs/organisations/:organisationId/invoice',
    {
      config: { ability: costAbilities.manage },
      schema: { tags, params: costOrganisationParamsSchema, body: invoiceInputSchema, response },
    },
    async (request) => {
      await ctx.mutate(request, service.markInvoiced, request.params.programId, request.params.organisationId, request.body);
      return overview(request, request.params.programId);
    },
  );
  app.delete(
    '/api/programs/:programId/costs/organisations/:organisationId/invoice',
    { config: { ability: costAbilities.manage }, schema: { tags, params: costOrganisationParamsSchema, response } },
    async (request) => {
      await ctx.mutate(request, service.unmarkInvoiced, request.params.programId, request.params.organisationId);
      return overview(request, request.params.programId);
    },
  );
  app.put(
    '/api/programs/:programId/costs/organisations/:organisationId/cap',
    {
      config: { ability: costAbilities.read },
      schema: { tags, params: costOrganisationParamsSchema, body: adeptCapInputSchema, response },
    },
    async (request) => {
      await ctx.mutate(request, service.setAdeptCap, request.params.programId, request.params.organisationId, request.body);
      return overview(request, request.params.programId);
    },
  );
  app.get(
    '/api/programs/:programId/costs/summary',
    { config: { ability: costAbilities.read }, schema: { tags, params: programParamsSchema, querystring: basisExportQuerySchema } },
    async (request, reply) => {
      const { format, lang } = request.query;
      const { body, name } = await service.exportSummary(ctx.db, actorOf(request), request.params.programId, format, lang);
      reply.header('content-disposition', attachment(`${name}.${format}`)).type(MIME[format]);
      return reply.send(body);
    },
  );
  app.get(
    '/api/programs/:programId/costs/organisations/:organisationId/basis',
    {
      config: { ability: costAbilities.read },
      schema: { tags, params: costOrganisationParamsSchema, querystring: basisExportQuerySchema },
    },
    async (request, reply) => {
      const { programId, organisationId } = request.params;
      const { format, lang } = request.query;
      const { body, name } = await service.exportBasis(ctx.db, actorOf(request), programId, organisationId, format, lang);
      reply.header('content-disposition', attachment(`${name}.${format}`)).type(MIME[format]);
      return reply.send(body);
    },
  );
};
