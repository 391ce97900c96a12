import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  copyProgramSchema,
  programInputSchema,
  programParamsSchema,
  programPatchSchema,
  programSchema,
  programSummaryListSchema,
  transitionSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import * as service from './service';

const params = programParamsSchema;
const tags = ['programs'];

export const programRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/api/programs', { schema: { tags, response: { 200: programSummaryListSchema } } }, async (request) =>
    service.listPrograms(ctx, actorOf(request)),
  );
  app.post('/api/programs', { schema: { tags, body: programInputSchema, response: { 201: programSchema } } }, async (request, reply) =>
    reply.status(201).send(await service.createProgram(ctx, actorOf(request), request.body)),
  );
  app.get('/api/programs/:programId', { schema: { tags, params, response: { 200: programSchema } } }, async (request) =>
    service.getProgram(ctx, actorOf(request), request.params.programId),
  );
  app.patch(
    '/api/programs/:programId',
    { schema: { tags, params, body: programPatchSchema, response: { 200: programSchema } } },
    async (request) => service.updateProgram(ctx, actorOf(request), request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/status',
    { schema: { tags, params, body: transitionSchema, response: { 200: programSchema } } },
    async (request) => service.transitionProgram(ctx, actorOf(request), request.params.programId, request.body.status),
  );
  app.post(
    '/api/programs/:programId/copy',
    { schema: { tags, params, body: copyProgramSchema, response: { 201: programSchema } } },
    async (request, reply) =>
      reply.status(201).send(await service.copyProgram(ctx, actorOf(request), request.params.programId, request.body)),
  );
};
