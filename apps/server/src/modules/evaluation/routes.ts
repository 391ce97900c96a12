import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answeredSchema,
  answersInputSchema,
  dashboardSchema,
  evaluationExportParamsSchema,
  evaluationReportQuerySchema,
  evaluationPageQuerySchema,
  healthRemovedSchema,
  hrFigureInputSchema,
  hrImportResultSchema,
  hrPeriodParamsSchema,
  hrRemovedSchema,
  invitationParamsSchema,
  mySurveysSchema,
  okSchema,
  organisationEvaluationSchema,
  organisationParamsSchema,
  programParamsSchema,
  rematchDoneSchema,
  rematchHandleInputSchema,
  rematchParamsSchema,
  rematchInputSchema,
  rematchListSchema,
  surveyCreatedSchema,
  surveyFormSchema,
  surveyInputSchema,
  surveyListSchema,
  surveyParamsSchema,
  surveyQuestionsInputSchema,
  surveyRemovedSchema,
  surveyTokenParamsSchema,
  waveParamsSchema,
  waveResultsSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { attachment } from '../../platform/attachment';
import { evaluationAbilities, invitationAbilities } from './policy';
import * as service from './service';
import { reportCsv, reportPdf, reportTitle, reportXlsx } from './report';
import { checkHrImport, importHrFigures, previewedHrFigures } from './hr-import';
import { AppError } from '../../platform/errors';
import { CSV_TYPES, XLSX_TYPE, importBodyParser } from '../people';

const IMPORT_LIMIT = 5 * 1024 * 1024;

const tags = ['evaluation'];

export const evaluationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const secret = ctx.config.pseudonymSecret;
  app.addContentTypeParser([...CSV_TYPES, XLSX_TYPE], { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, importBodyParser);

  // Coordinators: the schedule.
  app.get(
    '/api/programs/:programId/surveys',
    { config: { ability: evaluationAbilities.manage }, schema: { tags, params: programParamsSchema, response: { 200: surveyListSchema } } },
    async (request) => service.listSurveys(ctx, actorOf(request), request.params.programId),
  );
  app.post(
    '/api/programs/:programId/surveys',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: programParamsSchema, body: surveyInputSchema, response: { 201: surveyCreatedSchema } },
    },
    async (request, reply) => {
      const id = await ctx.mutate(request, service.addSurvey, request.params.programId, request.body);
      return reply.status(201).send({ id });
    },
  );
  app.put(
    '/api/programs/:programId/surveys/:surveyId/questions',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: surveyParamsSchema, body: surveyQuestionsInputSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.updateQuestions, request.params.programId, request.params.surveyId, request.body);
      return { ok: true as const };
    },
  );
  app.delete(
    '/api/programs/:programId/surveys/:surveyId',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: surveyParamsSchema, response: { 200: surveyRemovedSchema } },
    },
    async (request) => ctx.mutate(request, service.removeSurvey, request.params.programId, request.params.surveyId),
  );

  // Coordinators: figures, never answers.
  app.get(
    '/api/programs/:programId/surveys/waves/:waveId/results',
    { config: { ability: evaluationAbilities.manage }, schema: { tags, params: waveParamsSchema, response: { 200: waveResultsSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return service.waveResults(ctx, actor, request.params.programId, request.params.waveId, actor.locale);
    },
  );
  app.get(
    '/api/programs/:programId/evaluation',
    { config: { ability: evaluationAbilities.manage }, schema: { tags, params: programParamsSchema, response: { 200: dashboardSchema } } },
    async (request) => service.dashboard(ctx, actorOf(request), request.params.programId),
  );
  app.get(
    '/api/programs/:programId/evaluation/report.pdf',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: programParamsSchema, querystring: evaluationReportQuerySchema },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const locale = request.query.lang ?? actor.locale;
      const data = await service.reportData(ctx, actor, request.params.programId, locale, request.query.organisationId);
      reply.header('content-disposition', attachment(`${reportTitle(data, locale)}.pdf`)).type('application/pdf');
      return reply.send(await reportPdf(data, locale));
    },
  );
  app.get(
    '/api/programs/:programId/evaluation/export/:format',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: evaluationExportParamsSchema, querystring: evaluationReportQuerySchema },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const locale = request.query.lang ?? actor.locale;
      const data = await service.reportData(ctx, actor, request.params.programId, locale, request.query.organisationId);
      const csv = request.params.format === 'csv';
      reply
        .header('content-disposition', attachment(`${reportTitle(data, locale)}.${request.params.format}`))
        .type(csv ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(csv ? reportCsv(data, locale) : await reportXlsx(data, locale));
    },
  );
  app.get(
    '/api/programs/:programId/rematch-requests',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: programParamsSchema, querystring: evaluationPageQuerySchema, response: { 200: rematchListSchema } },
    },
    async (request) => service.listRematchRequests(ctx, actorOf(request), request.params.programId, request.query),
  );
  app.patch(
    '/api/programs/:programId/rematch-requests/:requestId',
    {
      config: { ability: evaluationAbilities.manage },
      schema: { tags, params: rematchParamsSchema, body: rematchHandleInputSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.handleRematchRequest, request.params.programId, request.params.requestId, request.body.handled);
      return { ok: true as const };
    },
  );

  // Organisation administrators: across their programs, and HR figures.
  app.get(
    '/api/organisations/:orgId/evaluation',
    {
      config: { ability: evaluationAbilities.organisation },
      schema: { tags, params: organisationParamsSchema, response: { 200: organisationEvaluationSchema } },
    },
    async (request) => service.organisationEvaluation(ctx, actorOf(request), request.params.orgId),
  );
  app.put(
    '/api/organisations/:orgId/evaluation/hr-figures',
    {
      config: { ability: evaluationAbilities.organisation },
      schema: { tags, params: organisationParamsSchema, body: hrFigureInputSchema, response: { 200: organisationEvaluationSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.saveHrFigure, request.params.orgId, request.body);
      return service.organisationEvaluation(ctx, actorOf(request), request.params.orgId);
    },
  );

  app.delete(
    '/api/organisations/:orgId/evaluation/hr-figures/:period',
    {
      config: { ability: evaluationAbilities.organisation },
      schema: { tags, description: 'Removes every group of one period.', params: hrPeriodParamsSchema, response: { 200: hrRemovedSchema } },
    },
    async (request) => ctx.mutate(request, service.removeHrPeriod, request.params.orgId, request.params.period),
  );

  // An HR file (CSV or XLSX): checked and shown first (only the audit row is written), then saved, all rows or none.
  const hrImport = (preview: boolean) => async (request: FastifyRequest<{ Params: { orgId: string } }>) => {
    if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type', `Send the file as text/csv or ${XLSX_TYPE}`, 'file');
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const rows = await checkHrImport(ctx, actorOf(request), request.params.orgId, request.body, contentType);
    await ctx.mutate(request, preview ? previewedHrFigures : importHrFigures, request.params.orgId, rows);
    return { rows: rows.slice(0, 200), count: rows.length, saved: !preview };
  };
  const hrImportSchema = (description: string) => ({
    tags,
    description: `Raw CSV (text/csv) or XLSX body. Columns: period*, group*, headcount*, leavers*, promotions. ${description}`,
    params: organisationParamsSchema,
    response: { 200: hrImportResultSchema },
  });
  app.post(
    '/api/organisations/:orgId/evaluation/hr-figures/preview/import',
    {
      config: { ability: evaluationAbilities.organisation },
      bodyLimit: IMPORT_LIMIT,
      schema: hrImportSchema('Checks the file and shows its rows; saves nothing.'),
    },
    hrImport(true),
  );
  app.post(
    '/api/organisations/:orgId/evaluation/hr-figures/import',
    {
      config: { ability: evaluationAbilities.organisation },
      bodyLimit: IMPORT_LIMIT,
      schema: hrImportSchema('Saves every row, or none when one has a problem (422 naming line and column).'),
    },
    hrImport(false),
  );

  // Participants, signed in.
  app.get(
    '/api/me/surveys',
    { config: { ability: evaluationAbilities.own }, schema: { tags, response: { 200: mySurveysSchema } } },
    async (request) => service.mySurveys(ctx, actorOf(request)),
  );
  app.delete(
    '/api/me/surveys/health-answers',
    { config: { ability: evaluationAbilities.own }, schema: { tags, response: { 200: healthRemovedSchema } } },
    async (request) => ctx.mutate(request, service.removeMyHealthAnswers, secret),
  );
  app.get(
    '/api/surveys/:invitationId',
    {
      config: { ability: invitationAbilities.answer },
      schema: { tags, params: invitationParamsSchema, response: { 200: surveyFormSchema } },
    },
    async (request) => service.formById(ctx, actorOf(request), request.params.invitationId),
  );
  app.post(
    '/api/surveys/:invitationId/answers',
    {
      config: { ability: invitationAbilities.answer },
      schema: { tags, params: invitationParamsSchema, body: answersInputSchema, response: { 200: answeredSchema } },
    },
    async (request) => ctx.mutate(request, service.answerById, request.params.invitationId, request.body, secret),
  );
  app.post(
    '/api/surveys/:invitationId/rematch',
    {
      config: { ability: invitationAbilities.answer },
      schema: { tags, params: invitationParamsSchema, body: rematchInputSchema, response: { 200: rematchDoneSchema } },
    },
    async (request) => ctx.mutate(request, service.rematchById, request.params.invitationId, request.body.message ?? null),
  );

  // The link in the invitation mail: no account needed.
  app.get(
    '/api/survey-links/:token',
    { config: { public: true }, schema: { tags, params: surveyTokenParamsSchema, response: { 200: surveyFormSchema } } },
    async (request) => service.formByToken(ctx, request.params.token),
  );
  app.post(
    '/api/survey-links/:token/answers',
    {
      config: { public: true },
      schema: { tags, params: surveyTokenParamsSchema, body: answersInputSchema, response: { 200: answeredSchema } },
    },
    async (request) => ctx.mutateAnonymous(request, service.answerByToken, request.params.token, request.body, secret),
  );
  app.post(
    '/api/survey-links/:token/rematch',
    {
      config: { public: true },
      schema: { tags, params: surveyTokenParamsSchema, body: rematchInputSchema, response: { 200: rematchDoneSchema } },
    },
    async (request) => ctx.mutateAnonymous(request, service.rematchByToken, request.params.token, request.body.message ?? null),
  );
};
