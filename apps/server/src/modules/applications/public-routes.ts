import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  confirmationResponseSchema,
  idSchema,
  mentorRegisterEntrySchema,
  recommendationResponseSchema,
  text,
  tokenViewSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import * as responses from './responses-service';
import * as register from './register-service';

const token = z.strictObject({ token: z.string().min(20).max(100) });
const registerQuery = z.strictObject({
  q: z.string().max(200).optional(),
  programId: idSchema.optional(),
  organisationId: idSchema.optional(),
  freeCapacity: z.enum(['true', 'false']).optional(),
});

export const responseAndRegisterRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Links in e-mails to managers and recommenders: no account needed.
  app.get(
    '/api/responses/:token',
    { config: { public: true }, schema: { tags: ['responses'], params: token, response: { 200: tokenViewSchema } } },
    async (request) => responses.viewResponse(ctx, request.params.token),
  );
  app.post(
    '/api/responses/:token/confirmation',
    {
      config: { public: true },
      schema: {
        tags: ['responses'],
        params: token,
        body: confirmationResponseSchema,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => responses.respondConfirmation(ctx, request.params.token, request.body),
  );
  app.post(
    '/api/responses/:token/recommendation',
    {
      config: { public: true },
      schema: {
        tags: ['responses'],
        params: token,
        body: recommendationResponseSchema,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => responses.respondRecommendation(ctx, request.params.token, request.body),
  );

  // The coordinator's register of mentors.
  app.get(
    '/api/mentor-register',
    { schema: { tags: ['mentor register'], querystring: registerQuery, response: { 200: z.array(mentorRegisterEntrySchema) } } },
    async (request) =>
      register.mentorRegister(ctx, actorOf(request), { ...request.query, freeCapacity: request.query.freeCapacity === 'true' }),
  );
  app.get(
    '/api/mentor-register/export',
    { schema: { tags: ['mentor register'], querystring: registerQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }) } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const file = await register.exportRegister(
        ctx,
        actorOf(request),
        { ...filter, freeCapacity: filter.freeCapacity === 'true' },
        format,
      );
      reply.header('content-disposition', `attachment; filename="mentors.${format}"`);
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(file);
    },
  );
  app.post(
    '/api/mentor-register/:personId/trainings',
    {
      schema: {
        tags: ['mentor register'],
        params: z.strictObject({ personId: idSchema }),
        body: z.strictObject({ name: text(200), completedOn: z.iso.date() }),
        response: { 201: mentorRegisterEntrySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await register.addTraining(ctx, actorOf(request), request.params.personId, request.body)),
  );
};
