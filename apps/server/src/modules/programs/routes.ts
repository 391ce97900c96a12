import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  closingPreviewQuerySchema,
  closingPreviewSchema,
  copyProgramSchema,
  coordinatorCandidatePageSchema,
  coordinatorCandidateQuerySchema,
  programInputSchema,
  programInvitationListSchema,
  programInvitationSchema,
  programParamsSchema,
  programPatchSchema,
  programSchema,
  programListQuerySchema,
  programSummaryPageSchema,
  transitionSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { signedIn } from '../../platform/authorize';
import { answerProgramInvitations, createPrograms, programAbilities } from './policy';
import * as service from './service';
import { createProgram } from './create';
import { updateProgram } from './update';
import { transitionProgram } from './transition';
import { copyProgram } from './copy';
import * as participation from './participation-service';
import { candidatesForNewProgram, candidatesForProgram } from './coordinators';

const params = programParamsSchema;
const tags = ['programs'];

export const programRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Invitations of my organisation to take part in other organisations' programs (issue 9.4).
  app.get(
    '/api/program-invitations',
    { config: { ability: answerProgramInvitations }, schema: { tags, response: { 200: programInvitationListSchema } } },
    async (request) => participation.listInvitations(ctx.db, actorOf(request)),
  );
  app.post(
    '/api/program-invitations/:programId/accept',
    { config: { ability: answerProgramInvitations }, schema: { tags, params, response: { 200: programInvitationSchema } } },
    async (request) => ctx.mutate(request, participation.answerInvitation, request.params.programId, 'accepted'),
  );
  app.post(
    '/api/program-invitations/:programId/decline',
    { config: { ability: answerProgramInvitations }, schema: { tags, params, response: { 200: programInvitationSchema } } },
    async (request) => ctx.mutate(request, participation.answerInvitation, request.params.programId, 'declined'),
  );
  app.get(
    '/api/programs',
    {
      config: { ability: signedIn },
      schema: { tags, querystring: programListQuerySchema, response: { 200: programSummaryPageSchema } },
    },
    async (request) => service.listPrograms(ctx, actorOf(request), request.query),
  );
  app.post(
    '/api/programs',
    { config: { ability: createPrograms }, schema: { tags, body: programInputSchema, response: { 201: programSchema } } },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, createProgram, request.body)),
  );
  // People who may be chosen as coordinators (decision 0121): for a new program, then for an existing one.
  app.get(
    '/api/coordinator-candidates',
    {
      config: { ability: createPrograms },
      schema: { tags, querystring: coordinatorCandidateQuerySchema, response: { 200: coordinatorCandidatePageSchema } },
    },
    async (request) => candidatesForNewProgram(ctx.db, actorOf(request), request.query),
  );
  app.get(
    '/api/programs/:programId/coordinator-candidates',
    {
      config: { ability: programAbilities.manage },
      schema: { tags, params, querystring: coordinatorCandidateQuerySchema, response: { 200: coordinatorCandidatePageSchema } },
    },
    async (request) => candidatesForProgram(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  app.get(
    '/api/programs/:programId',
    { config: { ability: programAbilities.read }, schema: { tags, params, response: { 200: programSchema } } },
    async (request) => service.getProgram(ctx, actorOf(request), request.params.programId),
  );
  app.patch(
    '/api/programs/:programId',
    { config: { ability: programAbilities.manage }, schema: { tags, params, body: programPatchSchema, response: { 200: programSchema } } },
    async (request) => ctx.mutate(request, updateProgram, request.params.programId, request.body),
  );
  app.post(
    '/api/programs/:programId/status',
    { config: { ability: programAbilities.manage }, schema: { tags, params, body: transitionSchema, response: { 200: programSchema } } },
    async (request) => ctx.mutate(request, transitionProgram, request.params.programId, request.body.status),
  );
  app.get(
    '/api/programs/:programId/closing-preview',
    {
      config: { ability: programAbilities.people },
      schema: { tags, params, querystring: closingPreviewQuerySchema, response: { 200: closingPreviewSchema } },
    },
    async (request) => service.previewClosing(ctx, request.params.programId, request.query),
  );
  app.post(
    '/api/programs/:programId/copy',
    { config: { ability: programAbilities.manage }, schema: { tags, params, body: copyProgramSchema, response: { 201: programSchema } } },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, copyProgram, request.params.programId, request.body)),
  );
};
