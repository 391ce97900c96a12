import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MATERIAL_BODY_LIMIT,
  eventAttachmentInputSchema,
  eventAttachmentParamsSchema,
  myTimeSpentSchema,
  timeSpentSummarySchema,
  calendarFeedParamsSchema,
  calendarFeedSchema,
  calendarFeedStatusSchema,
  attendanceInputSchema,
  checkInCodeSchema,
  checkInInputSchema,
  completionSchema,
  eventAttendeeListSchema,
  eventPersonParamsSchema,
  pageQuerySchema,
  participantCompletionListSchema,
  createdEventsSchema,
  eventAnswerParamsSchema,
  eventAnswerQuerySchema,
  eventAnswerViewSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventListSchema,
  eventParamsSchema,
  eventPatchSchema,
  okSchema,
  programEventWithSessionsSchema,
  programParamsSchema,
  rsvpInputSchema,
} from '@lots/core';
import type { AppContext } from '../../context';
import { actorOf } from '../../platform/actor';
import { attachment } from '../../platform/attachment';
import * as attachments from './attachments';
import { authorize } from '../../platform/authorize';
import { eventAbilities, manageEvents, readAttendance, readEvents } from './policy';
import * as attendance from './attendance';
import * as feed from './feed';
import * as timeSpent from './time-spent';
import { signedIn } from '../../platform/authorize';
import * as service from './service';

const tags = ['events'];

/** A program's events: list, create (with sessions or as a series), change, cancel, answer. */
export const eventRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/programs/:programId/events',
    {
      config: { ability: readEvents },
      schema: { tags, params: programParamsSchema, querystring: eventListQuerySchema, response: { 200: eventListSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      const access = await authorize(ctx.db, actor, readEvents, request.params.programId);
      return service.listEvents(ctx.db, actor, request.params.programId, access.manage, request.query);
    },
  );
  app.post(
    '/api/programs/:programId/events',
    {
      config: { ability: manageEvents },
      schema: { tags, params: programParamsSchema, body: eventInputSchema, response: { 201: createdEventsSchema } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ids = await ctx.mutate(request, service.createEvents, request.params.programId, request.body);
      const events = [];
      for (const id of ids) events.push(await service.presentOne(ctx.db, actor, await authorize(ctx.db, actor, eventAbilities.read, id)));
      return reply.status(201).send({ events });
    },
  );
  const one = async (request: { params: { programId: string; eventId: string } }, actor: ReturnType<typeof actorOf>) =>
    service.presentOne(
      ctx.db,
      actor,
      await service.eventIn(ctx.db, actor, eventAbilities.read, request.params.programId, request.params.eventId),
    );
  app.get(
    '/api/programs/:programId/events/:eventId',
    {
      config: { ability: eventAbilities.read },
      schema: { tags, params: eventParamsSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => one(request, actorOf(request)),
  );
  app.patch(
    '/api/programs/:programId/events/:eventId',
    {
      config: { ability: eventAbilities.manage },
      schema: { tags, params: eventParamsSchema, body: eventPatchSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.updateEvent, request.params.programId, request.params.eventId, request.body);
      return one(request, actorOf(request));
    },
  );
  app.post(
    '/api/programs/:programId/events/:eventId/attachments',
    {
      config: { ability: eventAbilities.manage },
      // The file travels as base64 in the JSON body (decision 0114).
      bodyLimit: MATERIAL_BODY_LIMIT,
      schema: { tags, params: eventParamsSchema, body: eventAttachmentInputSchema, response: { 201: programEventWithSessionsSchema } },
    },
    async (request, reply) => {
      await ctx.mutate(request, attachments.addAttachment, request.params.programId, request.params.eventId, request.body);
      return reply.status(201).send(await one(request, actorOf(request)));
    },
  );
  app.get(
    '/api/programs/:programId/events/:eventId/attachments/:attachmentId',
    { config: { ability: eventAbilities.read }, schema: { tags, params: eventAttachmentParamsSchema } },
    async (request, reply) => {
      const { programId, eventId, attachmentId } = request.params;
      const file = await attachments.getAttachment(ctx.db, actorOf(request), programId, eventId, attachmentId);
      reply.header('content-disposition', attachment(file.name)).type(file.contentType);
      return reply.send(file.body);
    },
  );
  app.delete(
    '/api/programs/:programId/events/:eventId/attachments/:attachmentId',
    {
      config: { ability: eventAbilities.manage },
      schema: { tags, params: eventAttachmentParamsSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => {
      const { programId, eventId, attachmentId } = request.params;
      await ctx.mutate(request, attachments.removeAttachment, programId, eventId, attachmentId);
      return one(request, actorOf(request));
    },
  );
  app.post(
    '/api/programs/:programId/events/:eventId/cancel',
    {
      config: { ability: eventAbilities.manage },
      schema: { tags, params: eventParamsSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.cancelEvent, request.params.programId, request.params.eventId);
      return one(request, actorOf(request));
    },
  );
  app.put(
    '/api/programs/:programId/events/:eventId/answer',
    {
      config: { ability: eventAbilities.respond },
      schema: { tags, params: eventParamsSchema, body: rsvpInputSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => {
      await ctx.mutate(request, service.respond, request.params.programId, request.params.eventId, request.body);
      return one(request, actorOf(request));
    },
  );
  // The answer link of an invitation mail: answers in its recipient's name without signing in.
  app.get(
    '/api/event-answers/:token',
    {
      config: { public: true },
      schema: { tags, params: eventAnswerParamsSchema, querystring: eventAnswerQuerySchema, response: { 200: eventAnswerViewSchema } },
    },
    async (request) => service.answerView(ctx.db, request.params.token, request.query.lang),
  );
  app.put(
    '/api/event-answers/:token',
    { config: { public: true }, schema: { tags, params: eventAnswerParamsSchema, body: rsvpInputSchema, response: { 200: okSchema } } },
    async (request) => {
      await ctx.mutateAnonymous(request, service.answerByLink, request.params.token, request.body);
      return { ok: true as const };
    },
  );
  // Attendance: the coordinators mark it (or participants check in with the code shown at the event).
  app.get(
    '/api/programs/:programId/events/:eventId/attendance',
    {
      config: { ability: eventAbilities.attendance },
      schema: { tags, params: eventParamsSchema, querystring: pageQuerySchema, response: { 200: eventAttendeeListSchema } },
    },
    async (request) => attendance.listAttendees(ctx.db, actorOf(request), request.params.programId, request.params.eventId, request.query),
  );
  app.put(
    '/api/programs/:programId/events/:eventId/attendance/:personId',
    {
      config: { ability: eventAbilities.attendance },
      schema: { tags, params: eventPersonParamsSchema, body: attendanceInputSchema, response: { 200: okSchema } },
    },
    async (request) => {
      const { programId, eventId, personId } = request.params;
      await ctx.mutate(request, attendance.markAttendance, programId, eventId, personId, request.body);
      return { ok: true as const };
    },
  );
  app.post(
    '/api/programs/:programId/events/:eventId/check-in-code',
    { config: { ability: eventAbilities.attendance }, schema: { tags, params: eventParamsSchema, response: { 200: checkInCodeSchema } } },
    async (request) => ({ code: await ctx.mutate(request, attendance.newCheckInCode, request.params.programId, request.params.eventId) }),
  );
  app.post(
    '/api/programs/:programId/events/:eventId/check-in',
    {
      config: { ability: eventAbilities.respond },
      schema: { tags, params: eventParamsSchema, body: checkInInputSchema, response: { 200: programEventWithSessionsSchema } },
    },
    async (request) => {
      await ctx.mutate(request, attendance.checkIn, request.params.programId, request.params.eventId, request.body.code);
      return one(request, actorOf(request));
    },
  );
  app.get(
    '/api/programs/:programId/completion',
    { config: { ability: readEvents }, schema: { tags, params: programParamsSchema, response: { 200: completionSchema } } },
    async (request) => attendance.myCompletion(ctx.db, actorOf(request), request.params.programId),
  );
  app.get(
    '/api/programs/:programId/attendance',
    {
      config: { ability: readAttendance },
      schema: { tags, params: programParamsSchema, querystring: pageQuerySchema, response: { 200: participantCompletionListSchema } },
    },
    async (request) => attendance.completionPerPerson(ctx.db, actorOf(request), request.params.programId, request.query),
  );
  // The personal calendar feed: a secret address (only its hash is kept), rotated or revoked by its owner.
  app.get(
    '/api/me/calendar-feed',
    { config: { ability: signedIn }, schema: { tags, response: { 200: calendarFeedStatusSchema } } },
    async (request) => feed.feedStatus(ctx.db, actorOf(request)),
  );
  app.post(
    '/api/me/calendar-feed',
    { config: { ability: signedIn }, schema: { tags, response: { 200: calendarFeedSchema } } },
    async (request, reply) => {
      const token = await ctx.mutate(request, feed.rotateFeed);
      const url = `${ctx.config.publicUrl}/api/calendar-feeds/${token}`;
      reply.header('cache-control', 'no-store');
      return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
    },
  );
  app.delete('/api/me/calendar-feed', { config: { ability: signedIn }, schema: { tags, response: { 200: okSchema } } }, async (request) => {
    await ctx.mutate(request, feed.revokeFeed);
    return { ok: true as const };
  });
  app.get(
    '/api/calendar-feeds/:token',
    { config: { public: true }, schema: { tags, params: calendarFeedParamsSchema } },
    async (request, reply) => {
      const body = await feed.feedCalendar(ctx.db, request.params.token);
      reply.header('cache-control', 'private, max-age=900').type('text/calendar; charset=utf-8');
      return reply.send(body);
    },
  );
  // Time spent: mine against the program's expected hours; for coordinators totals and a distribution only.
  app.get(
    '/api/programs/:programId/time-spent/me',
    { config: { ability: readEvents }, schema: { tags, params: programParamsSchema, response: { 200: myTimeSpentSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const access = await authorize(ctx.db, actor, readEvents, request.params.programId);
      return timeSpent.myTimeSpent(ctx.db, actor, request.params.programId, access.program.expectedHours);
    },
  );
  app.get(
    '/api/programs/:programId/time-spent',
    { config: { ability: readAttendance }, schema: { tags, params: programParamsSchema, response: { 200: timeSpentSummarySchema } } },
    async (request) => timeSpent.timeSpentSummary(ctx.db, actorOf(request), request.params.programId, ctx.config.minGroupSize),
  );
};
