import { applicationAbilities } from './policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  applicationInputSchema,
  applicationListSchema,
  applicationPageSchema,
  applicationParamsSchema,
  applicationSchema,
  decisionSchema,
  importResultSchema,
  nominationCreatedSchema,
  nominationInputSchema,
  nominationListSchema,
  myApplicationPageSchema,
  myApplicationParamsSchema,
  myApplicationQuerySchema,
  okSchema,
  overrideInputSchema,
  ownApplicationParamsSchema,
  programParamsSchema,
  questionInputSchema,
  questionListSchema,
  questionParamsSchema,
  questionPatchSchema,
  questionSchema,
  questionsQuerySchema,
  recommendationRequestSchema,
  recommendationsRequestSchema,
  reviewQuerySchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { CSV_TYPES, XLSX_TYPE, importBodyParser } from '../people';
import * as apply from './apply-service';
import * as review from './review-service';
import * as recommendations from './recommendations-service';
import * as questions from './questions-service';
import * as nominations from './nominations-service';
import { checkApplicationImport, importApplications } from './import-service';
import { deleteMySensitiveAnswer, readMyApplications } from './my-applications';
import { signedIn } from '../../platform/authorize';

const program = programParamsSchema;
const programRole = ownApplicationParamsSchema;
const programApplication = applicationParamsSchema;
const programQuestion = questionParamsSchema;
const IMPORT_LIMIT = 5 * 1024 * 1024;

export const applicationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addContentTypeParser([...CSV_TYPES, XLSX_TYPE], { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, importBodyParser);

  // Questions of the program's forms.
  app.get(
    '/api/programs/:programId/questions',
    {
      config: { ability: applicationAbilities.readQuestions },
      schema: {
        tags: ['forms'],
        params: program,
        querystring: questionsQuerySchema,
        response: { 200: questionListSchema },
      },
    },
    async (request) => questions.listQuestions(ctx, actorOf(request), request.params.programId, request.query.role),
  );
  app.post(
    '/api/programs/:programId/questions',
    {
      config: { ability: applicationAbilities.manageQuestions },
      schema: { tags: ['forms'], params: program, body: questionInputSchema, response: { 201: questionSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, questions.addQuestion, request.params.programId, request.body)),
  );
  app.patch(
    '/api/programs/:programId/questions/:questionId',
    {
      config: { ability: applicationAbilities.manageQuestions },
      schema: {
        tags: ['forms'],
        params: programQuestion,
        body: questionPatchSchema,
        response: { 200: questionSchema },
      },
    },
    async (request) => ctx.mutate(request, questions.updateQuestion, request.params.programId, request.params.questionId, request.body),
  );
  app.delete(
    '/api/programs/:programId/questions/:questionId',
    {
      config: { ability: applicationAbilities.manageQuestions },
      schema: { tags: ['forms'], params: programQuestion, response: { 200: okSchema } },
    },
    async (request) => {
      await ctx.mutate(request, questions.deleteQuestion, request.params.programId, request.params.questionId);
      return { ok: true as const };
    },
  );

  // My profile: the person's own applications in every program and state, archived included, so
  // not through the program's visibility: the application itself must be theirs (issue 10 item 7).
  app.get(
    '/api/me/applications',
    {
      config: { ability: signedIn },
      schema: { tags: ['applications'], querystring: myApplicationQuerySchema, response: { 200: myApplicationPageSchema } },
    },
    async (request) => readMyApplications(ctx.db, actorOf(request), request.query, ctx.config.sensitiveRetentionDays),
  );
  app.delete(
    '/api/me/applications/:applicationId/sensitive',
    {
      config: { ability: signedIn },
      schema: { tags: ['applications'], params: myApplicationParamsSchema, response: { 200: okSchema } },
    },
    async (request) => ctx.mutate(request, deleteMySensitiveAnswer, request.params.applicationId),
  );

  // The applicant's own applications.
  app.get(
    '/api/programs/:programId/applications/mine',
    {
      config: { ability: applicationAbilities.apply },
      schema: { tags: ['applications'], params: program, response: { 200: applicationListSchema } },
    },
    async (request) => apply.myApplications(ctx, actorOf(request), request.params.programId),
  );
  app.put(
    '/api/programs/:programId/applications/mine/:role',
    {
      config: { ability: applicationAbilities.apply },
      schema: { tags: ['applications'], params: programRole, body: applicationInputSchema, response: { 200: applicationSchema } },
    },
    async (request) => ctx.mutate(request, apply.saveDraft, request.params.programId, request.params.role, request.body),
  );
  app.post(
    '/api/programs/:programId/applications/mine/:role/submit',
    {
      config: { ability: applicationAbilities.apply },
      schema: { tags: ['applications'], params: programRole, body: applicationInputSchema, response: { 200: applicationSchema } },
    },
    async (request) => ctx.mutate(request, apply.submit, request.params.programId, request.params.role, request.body),
  );
  app.post(
    '/api/programs/:programId/applications/mine/:role/withdraw',
    {
      config: { ability: applicationAbilities.apply },
      schema: { tags: ['applications'], params: programRole, response: { 200: applicationSchema } },
    },
    async (request) => ctx.mutate(request, apply.withdraw, request.params.programId, request.params.role),
  );

  // The coordinator's review.
  app.get(
    '/api/programs/:programId/applications',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: program, querystring: reviewQuerySchema, response: { 200: applicationPageSchema } },
    },
    async (request) => review.listForReview(ctx, actorOf(request), request.params.programId, request.query),
  );
  app.get(
    '/api/programs/:programId/applications/:applicationId',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: programApplication, response: { 200: applicationSchema } },
    },
    async (request) => review.getForReview(ctx, actorOf(request), request.params.programId, request.params.applicationId),
  );
  app.post(
    '/api/programs/:programId/decisions',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: program, body: decisionSchema, response: { 200: applicationListSchema } },
    },
    async (request) => ctx.mutate(request, review.decide, request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/applications/:applicationId/overrides',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: programApplication, body: overrideInputSchema, response: { 200: applicationSchema } },
    },
    async (request) => ctx.mutate(request, review.override, request.params.programId, request.params.applicationId, request.body),
  );
  app.post(
    '/api/programs/:programId/applications/:applicationId/confirmation/remind',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: programApplication, response: { 200: applicationSchema } },
    },
    async (request) => ctx.mutate(request, review.remind, request.params.programId, request.params.applicationId),
  );
  app.post(
    '/api/programs/:programId/applications/:applicationId/recommendations',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['review'], params: programApplication, body: recommendationRequestSchema, response: { 201: applicationSchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await ctx.mutate(
            request,
            recommendations.requestRecommendation,
            request.params.programId,
            request.params.applicationId,
            request.body,
          ),
        ),
  );
  app.post(
    '/api/programs/:programId/recommendations',
    {
      config: { ability: applicationAbilities.review },
      schema: {
        tags: ['review'],
        description: 'Asks one recommender about several applicants: one mail listing them, each with its own single-use link.',
        params: program,
        body: recommendationsRequestSchema,
        response: { 201: applicationListSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, recommendations.requestRecommendations, request.params.programId, request.body)),
  );
  app.post(
    '/api/programs/:programId/applications/import',
    {
      config: { ability: applicationAbilities.review },
      bodyLimit: IMPORT_LIMIT,
      schema: {
        tags: ['review'],
        description:
          'Raw CSV or XLSX body. Columns: email*, role* (adept|mentor), title, years_as_manager, staff_responsibility, competence_areas, development_goals, wishes (adepts), interests, languages, location, meeting_preference, availability, manager_email, mentor_capacity.',
        params: program,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', `Send the file as text/csv or ${XLSX_TYPE}`, 'file');
      const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const rows = await checkApplicationImport(ctx, actorOf(request), request.params.programId, request.body, contentType);
      return ctx.mutate(request, importApplications, request.params.programId, rows);
    },
  );

  // Nominations.
  app.post(
    '/api/programs/:programId/nominations',
    {
      config: { ability: applicationAbilities.nominate },
      schema: {
        tags: ['nominations'],
        params: program,
        body: nominationInputSchema,
        response: { 201: nominationCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, nominations.nominate, request.params.programId, request.body)),
  );
  app.get(
    '/api/programs/:programId/nominations',
    {
      config: { ability: applicationAbilities.review },
      schema: { tags: ['nominations'], params: program, response: { 200: nominationListSchema } },
    },
    async (request) => nominations.listNominations(ctx, actorOf(request), request.params.programId),
  );
};
