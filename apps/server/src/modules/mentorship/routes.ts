import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agendaInputSchema,
  agendaItemParamsSchema,
  agendaItemPatchSchema,
  agreementInputSchema,
  agreementPdfQuerySchema,
  checkinInputSchema,
  clauseListSchema,
  clausesInputSchema,
  continuationInputSchema,
  endInputSchema,
  meetingInputSchema,
  meetingParamsSchema,
  mentorshipListSchema,
  mentorshipSchema,
  nextMeetingInputSchema,
  noteInputSchema,
  noteListSchema,
  noteParamsSchema,
  healthQuerySchema,
  pairHealthPageSchema,
  pairParamsSchema,
  programParamsSchema,
  signInputSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { attachment } from '../../platform/attachment';
import { AppError } from '../../platform/errors';
import { signedIn } from '../../platform/authorize';
import { mentorshipAbilities } from './policy';
import * as service from './service';
import * as agreement from './agreement';
import * as meetings from './meetings';
import * as agenda from './agenda';
import * as notes from './notes';
import * as ending from './ending';
import { getClauses, setClauses } from './clauses';
import { programHealth } from './health';
import { agreementFileName, agreementPdf, nextMeetingFileName, nextMeetingIcs } from './documents';

const pair = pairParamsSchema;
const tags = ['mentorship'];

export const mentorshipRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/mentorships',
    { config: { ability: signedIn }, schema: { tags, response: { 200: mentorshipListSchema } } },
    async (request) => service.listMine(ctx, actorOf(request)),
  );
  app.get(
    '/api/mentorships/:pairId',
    { config: { ability: mentorshipAbilities.read }, schema: { tags, params: pair, response: { 200: mentorshipSchema } } },
    async (request) => service.getMentorship(ctx, actorOf(request), request.params.pairId),
  );
  app.put(
    '/api/mentorships/:pairId/agreement',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: agreementInputSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, agreement.saveAgreement, request.params.pairId, request.body),
  );
  app.post(
    '/api/mentorships/:pairId/agreement/sign',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: signInputSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, agreement.sign, request.params.pairId, request.body.version),
  );
  app.get(
    '/api/mentorships/:pairId/agreement.pdf',
    { config: { ability: mentorshipAbilities.read }, schema: { tags, params: pair, querystring: agreementPdfQuerySchema } },
    async (request, reply) => {
      const actor = actorOf(request);
      const mentorship = await service.getMentorship(ctx, actor, request.params.pairId);
      if (!mentorship.agreement) throw new AppError('not_found', 'There is no agreement yet');
      const locale = request.query.lang ?? actor.locale;
      const pdf = await agreementPdf(mentorship, locale);
      reply.header('content-disposition', attachment(`${agreementFileName(mentorship, locale)}.pdf`)).type('application/pdf');
      return reply.send(pdf);
    },
  );
  app.post(
    '/api/mentorships/:pairId/meetings',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: meetingInputSchema, response: { 201: mentorshipSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, meetings.logMeeting, request.params.pairId, request.body)),
  );
  app.delete(
    '/api/mentorships/:pairId/meetings/:meetingId',
    { config: { ability: mentorshipAbilities.write }, schema: { tags, params: meetingParamsSchema, response: { 200: mentorshipSchema } } },
    async (request) => ctx.mutate(request, meetings.deleteMeeting, request.params.pairId, request.params.meetingId),
  );
  app.put(
    '/api/mentorships/:pairId/next-meeting',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: nextMeetingInputSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, meetings.setNextMeeting, request.params.pairId, request.body.nextMeetingAt),
  );
  app.get(
    '/api/mentorships/:pairId/next-meeting.ics',
    { config: { ability: mentorshipAbilities.read }, schema: { tags, params: pair } },
    async (request, reply) => {
      const actor = actorOf(request);
      const mentorship = await service.getMentorship(ctx, actor, request.params.pairId);
      if (!mentorship.nextMeetingAt) throw new AppError('not_found', 'No next meeting is planned');
      reply.header('content-disposition', attachment(`${nextMeetingFileName(actor.locale)}.ics`)).type('text/calendar; charset=utf-8');
      return reply.send(nextMeetingIcs(mentorship, actor.locale));
    },
  );
  app.post(
    '/api/mentorships/:pairId/agenda',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: agendaInputSchema, response: { 201: mentorshipSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await ctx.mutate(request, agenda.addAgendaItem, request.params.pairId, request.body.text)),
  );
  app.patch(
    '/api/mentorships/:pairId/agenda/:itemId',
    {
      config: { ability: mentorshipAbilities.write },
      schema: {
        tags,
        params: agendaItemParamsSchema,
        body: agendaItemPatchSchema,
        response: { 200: mentorshipSchema },
      },
    },
    async (request) =>
      ctx.mutate(request, agenda.updateAgendaItem, request.params.pairId, request.params.itemId, { done: request.body.done }),
  );
  app.delete(
    '/api/mentorships/:pairId/agenda/:itemId',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: agendaItemParamsSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, agenda.updateAgendaItem, request.params.pairId, request.params.itemId, { remove: true }),
  );
  app.post(
    '/api/mentorships/:pairId/checkins',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: checkinInputSchema, response: { 201: mentorshipSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, agenda.addCheckin, request.params.pairId, request.body)),
  );
  app.get(
    '/api/mentorships/:pairId/notes',
    { config: { ability: mentorshipAbilities.read }, schema: { tags, params: pair, response: { 200: noteListSchema } } },
    async (request) => service.listNotes(ctx, actorOf(request), request.params.pairId),
  );
  app.post(
    '/api/mentorships/:pairId/notes',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: noteInputSchema, response: { 201: noteListSchema } },
    },
    async (request, reply) => reply.status(201).send(await ctx.mutate(request, notes.addNote, request.params.pairId, request.body.text)),
  );
  app.patch(
    '/api/mentorships/:pairId/notes/:noteId',
    {
      config: { ability: mentorshipAbilities.write },
      schema: {
        tags,
        params: noteParamsSchema,
        body: noteInputSchema,
        response: { 200: noteListSchema },
      },
    },
    async (request) => ctx.mutate(request, notes.updateNote, request.params.pairId, request.params.noteId, request.body.text),
  );
  app.delete(
    '/api/mentorships/:pairId/notes/:noteId',
    { config: { ability: mentorshipAbilities.write }, schema: { tags, params: noteParamsSchema, response: { 200: noteListSchema } } },
    async (request) => ctx.mutate(request, notes.updateNote, request.params.pairId, request.params.noteId, null),
  );
  app.post(
    '/api/mentorships/:pairId/end',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: endInputSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, ending.endMentorship, request.params.pairId, request.body.reason ?? null),
  );
  app.post(
    '/api/mentorships/:pairId/continuation',
    {
      config: { ability: mentorshipAbilities.write },
      schema: { tags, params: pair, body: continuationInputSchema, response: { 200: mentorshipSchema } },
    },
    async (request) => ctx.mutate(request, ending.chooseContinuation, request.params.pairId, request.body.choice),
  );

  // The coordinator's side: clause texts, and the pairs' health without content.
  const program = programParamsSchema;
  app.get(
    '/api/programs/:programId/clauses',
    { config: { ability: mentorshipAbilities.clauses }, schema: { tags, params: program, response: { 200: clauseListSchema } } },
    async (request) => getClauses(ctx, actorOf(request), request.params.programId),
  );
  app.put(
    '/api/programs/:programId/clauses',
    {
      config: { ability: mentorshipAbilities.clauses },
      schema: { tags, params: program, body: clausesInputSchema, response: { 200: clauseListSchema } },
    },
    async (request) => ctx.mutate(request, setClauses, request.params.programId, request.body.clauses),
  );
  app.get(
    '/api/programs/:programId/health',
    {
      config: { ability: mentorshipAbilities.health },
      schema: { tags, params: program, querystring: healthQuerySchema, response: { 200: pairHealthPageSchema } },
    },
    async (request) => programHealth(ctx, actorOf(request), request.params.programId, request.query),
  );
};
