import { signedIn } from '../../platform/authorize';
import { matchingAbilities, respondToPair } from './policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assignInputSchema,
  compareQuerySchema,
  comparisonSchema,
  constraintInputSchema,
  constraintListSchema,
  constraintParamsSchema,
  matchingRunSchema,
  matchingRunSummaryListSchema,
  matchingSettingsSchema,
  myPreferencesSchema,
  pairListSchema,
  pairParamsSchema,
  pairResponseSchema,
  pairSchema,
  preferencesInputSchema,
  programParamsSchema,
  publishInputSchema,
  runPairParamsSchema,
  runPairWhySchema,
  runParamsSchema,
  swapInputSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import * as settings from './settings';
import * as runs from './run-service';
import { startRun } from './start-run';
import * as constraints from './constraints-service';
import * as pairs from './pairs-service';
import * as preferences from './preferences-service';

const program = programParamsSchema;
const tags = ['matching'];

export const matchingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/programs/:programId/matching/settings',
    { config: { ability: matchingAbilities.settings }, schema: { tags, params: program, response: { 200: matchingSettingsSchema } } },
    async (request) => settings.getSettings(ctx, actorOf(request), request.params.programId),
  );
  app.put(
    '/api/programs/:programId/matching/settings',
    {
      config: { ability: matchingAbilities.settings },
      schema: { tags, params: program, body: matchingSettingsSchema, response: { 200: matchingSettingsSchema } },
    },
    async (request) => ctx.mutate(request, settings.updateSettings, request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/matching/runs',
    { config: { ability: matchingAbilities.manage }, schema: { tags, params: program, response: { 202: matchingRunSchema } } },
    async (request, reply) => reply.status(202).send(await ctx.mutate(request, startRun, request.params.programId)),
  );
  app.get(
    '/api/programs/:programId/matching/runs',
    { config: { ability: matchingAbilities.manage }, schema: { tags, params: program, response: { 200: matchingRunSummaryListSchema } } },
    async (request) => runs.listRuns(ctx, actorOf(request), request.params.programId),
  );
  app.get(
    '/api/programs/:programId/matching/runs/:runId',
    { config: { ability: matchingAbilities.manage }, schema: { tags, params: runParamsSchema, response: { 200: matchingRunSchema } } },
    async (request) => runs.getRun(ctx, actorOf(request), request.params.programId, request.params.runId),
  );
  app.get(
    '/api/programs/:programId/matching/runs/:runId/pairs/:applicationId/why',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: runPairParamsSchema, response: { 200: runPairWhySchema } },
    },
    async (request) =>
      runs.getRunPairWhy(ctx, actorOf(request), request.params.programId, request.params.runId, request.params.applicationId),
  );
  app.get(
    '/api/programs/:programId/matching/compare',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: program, querystring: compareQuerySchema, response: { 200: comparisonSchema } },
    },
    async (request) => runs.compareRuns(ctx, actorOf(request), request.params.programId, request.query.a, request.query.b),
  );
  app.get(
    '/api/programs/:programId/matching/constraints',
    { config: { ability: matchingAbilities.manage }, schema: { tags, params: program, response: { 200: constraintListSchema } } },
    async (request) => constraints.listConstraints(ctx, actorOf(request), request.params.programId),
  );
  app.post(
    '/api/programs/:programId/matching/constraints',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: program, body: constraintInputSchema, response: { 200: constraintListSchema } },
    },
    async (request) => ctx.mutate(request, constraints.addConstraint, request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/matching/assign',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: program, body: assignInputSchema, response: { 200: constraintListSchema } },
    },
    async (request) => ctx.mutate(request, constraints.addConstraint, request.params.programId, { kind: 'lock', ...request.body }),
  );
  app.delete(
    '/api/programs/:programId/matching/constraints/:constraintId',
    {
      config: { ability: matchingAbilities.manage },
      schema: {
        tags,
        params: constraintParamsSchema,
        response: { 200: constraintListSchema },
      },
    },
    async (request) => ctx.mutate(request, constraints.removeConstraint, request.params.programId, request.params.constraintId),
  );
  app.post(
    '/api/programs/:programId/matching/swap',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: program, body: swapInputSchema, response: { 200: constraintListSchema } },
    },
    async (request) => ctx.mutate(request, constraints.swap, request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/matching/publish',
    {
      config: { ability: matchingAbilities.manage },
      schema: { tags, params: program, body: publishInputSchema, response: { 200: pairListSchema } },
    },
    async (request) => ctx.mutate(request, pairs.publish, request.params.programId, request.body.runId),
  );
  app.get(
    '/api/programs/:programId/pairs',
    { config: { ability: matchingAbilities.manage }, schema: { tags, params: program, response: { 200: pairListSchema } } },
    async (request) => pairs.programPairs(ctx, actorOf(request), request.params.programId),
  );
  app.get(
    '/api/programs/:programId/preferences/mine',
    { config: { ability: matchingAbilities.preferences }, schema: { tags, params: program, response: { 200: myPreferencesSchema } } },
    async (request) => preferences.myPreferences(ctx, actorOf(request), request.params.programId),
  );
  app.put(
    '/api/programs/:programId/preferences/mine',
    {
      config: { ability: matchingAbilities.preferences },
      schema: { tags, params: program, body: preferencesInputSchema, response: { 200: myPreferencesSchema } },
    },
    async (request) => ctx.mutate(request, preferences.savePreferences, request.params.programId, request.body.applicationIds),
  );
  app.get('/api/pairs/mine', { config: { ability: signedIn }, schema: { tags, response: { 200: pairListSchema } } }, async (request) =>
    pairs.myPairs(ctx, actorOf(request)),
  );
  app.post(
    '/api/pairs/:pairId/respond',
    {
      config: { ability: respondToPair },
      schema: { tags, params: pairParamsSchema, body: pairResponseSchema, response: { 200: pairSchema } },
    },
    async (request) => ctx.mutate(request, pairs.respond, request.params.pairId, request.body),
  );
};
