import { readMentorRegister } from './policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bulkTrainingInputSchema,
  bulkTrainingResultSchema,
  confirmationResponseSchema,
  mentorParamsSchema,
  mentorRegisterEntrySchema,
  mentorRegisterExportQuerySchema,
  mentorRegisterQuerySchema,
  mentorRegisterSchema,
  okSchema,
  recommendationResponseSchema,
  responseTokenParamsSchema,
  tokenViewSchema,
  trainingInputSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import * as responses from './responses-service';
import * as register from './register-service';

const token = responseTokenParamsSchema;

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
        response: { 200: okSchema },
      },
    },
    async (request) => ctx.mutateAnonymous(request, responses.respondConfirmation, request.params.token, request.body),
  );
  app.post(
    '/api/responses/:token/recommendation',
    {
      config: { public: true },
      schema: {
        tags: ['responses'],
        params: token,
        body: recommendationResponseSchema,
        response: { 200: okSchema },
      },
    },
    async (request) => ctx.mutateAnonymous(request, responses.respondRecommendation, request.params.token, request.body),
  );

  // The coordinator's register of mentors.
  app.get(
    '/api/mentor-register',
    {
      config: { ability: readMentorRegister },
      schema: { tags: ['mentor register'], querystring: mentorRegisterQuerySchema, response: { 200: mentorRegisterSchema } },
    },
    async (request) => register.mentorRegister(ctx, actorOf(request), request.query),
  );
  app.get(
    '/api/mentor-register/export',
    { config: { ability: readMentorRegister }, schema: { tags: ['mentor register'], querystring: mentorRegisterExportQuerySchema } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const file = await register.exportRegister(ctx, actorOf(request), filter, format);
      reply.header('content-disposition', `attachment; filename="mentors.${format}"`);
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(file);
    },
  );
  app.post(
    '/api/mentor-register/trainings',
    {
      config: { ability: readMentorRegister },
      schema: { tags: ['mentor register'], body: bulkTrainingInputSchema, response: { 201: bulkTrainingResultSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, register.addTrainings, request.body)),
  );
  app.post(
    '/api/mentor-register/:personId/trainings',
    {
      config: { ability: readMentorRegister },
      schema: {
        tags: ['mentor register'],
        params: mentorParamsSchema,
        body: trainingInputSchema,
        response: { 201: mentorRegisterEntrySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, register.addTraining, request.params.personId, request.body)),
  );
};
