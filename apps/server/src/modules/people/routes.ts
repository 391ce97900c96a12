import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  peopleImportResultSchema,
  organisationParamsSchema,
  peoplePageSchema,
  peopleQuerySchema,
  personInputSchema,
  personParamsSchema,
  personPatchSchema,
  personSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { organisationAbilities } from '../organisations';
import * as service from './service';
import { importPeople, readPeopleImport } from './import-service';
import { CSV_TYPES, XLSX_TYPE, importBodyParser } from './import-file';

const orgParams = organisationParamsSchema;
const personParams = personParamsSchema;
const IMPORT_LIMIT = 5 * 1024 * 1024;

export const peopleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser([...CSV_TYPES, XLSX_TYPE], { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, importBodyParser);

  app.get(
    '/api/organisations/:orgId/people',
    {
      config: { ability: organisationAbilities.readPeople },
      schema: { tags: ['people'], params: orgParams, querystring: peopleQuerySchema, response: { 200: peoplePageSchema } },
    },
    async (request) => service.listPeople(ctx, actorOf(request), request.params.orgId, request.query),
  );
  app.post(
    '/api/organisations/:orgId/people',
    {
      config: { ability: organisationAbilities.managePeople },
      schema: { tags: ['people'], params: orgParams, body: personInputSchema, response: { 201: personSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, service.createPerson, request.params.orgId, request.body)),
  );
  app.get(
    '/api/organisations/:orgId/people/:personId',
    {
      config: { ability: organisationAbilities.readPeople },
      schema: { tags: ['people'], params: personParams, response: { 200: personSchema } },
    },
    async (request) => service.getPerson(ctx, actorOf(request), request.params.orgId, request.params.personId),
  );
  app.patch(
    '/api/organisations/:orgId/people/:personId',
    {
      config: { ability: organisationAbilities.managePeople },
      schema: { tags: ['people'], params: personParams, body: personPatchSchema, response: { 200: personSchema } },
    },
    async (request) => ctx.mutate(request, service.updatePerson, request.params.orgId, request.params.personId, request.body),
  );
  app.post(
    '/api/organisations/:orgId/people/import',
    {
      config: { ability: organisationAbilities.managePeople },
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags: ['people'],
        description: 'Raw CSV (text/csv) or XLSX body. Columns: name*, email*, title, unit, manager_email, roles. All rows or none.',
        params: orgParams,
        response: { 200: peopleImportResultSchema },
      },
    },
    async (request) => {
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('unsupported_media_type', `Send the file as text/csv or ${XLSX_TYPE}`, 'file');
      }
      const file = await readPeopleImport(ctx, actorOf(request), request.params.orgId, request.body, contentType);
      return ctx.mutate(request, importPeople, request.params.orgId, file);
    },
  );
};
