import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eventParamsSchema, programEventInputSchema, programEventPatchSchema, programParamsSchema, programSchema } from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { manageEvents } from './policy';
import * as service from './service';

const params = programParamsSchema;
const eventParams = eventParamsSchema;
const tags = ['events'];

/** A program's events; each change answers with the program (its `events` list). */
export const eventRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/programs/:programId/events',
    { config: { ability: manageEvents }, schema: { tags, params, body: programEventInputSchema, response: { 201: programSchema } } },
    async (request, reply) => reply.status(201).send(await service.addEvent(ctx, actorOf(request), request.params.programId, request.body)),
  );
  app.patch(
    '/api/programs/:programId/events/:eventId',
    {
      config: { ability: manageEvents },
      schema: { tags, params: eventParams, body: programEventPatchSchema, response: { 200: programSchema } },
    },
    async (request) => service.updateEvent(ctx, actorOf(request), request.params.programId, request.params.eventId, request.body),
  );
  app.delete(
    '/api/programs/:programId/events/:eventId',
    { config: { ability: manageEvents }, schema: { tags, params: eventParams, response: { 200: programSchema } } },
    async (request) => service.deleteEvent(ctx, actorOf(request), request.params.programId, request.params.eventId),
  );
};
