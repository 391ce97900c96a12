import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttendanceInput, EventAttachmentInput, EventPatch, eventInputSchema, Locale, RsvpInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type EventInput = z.input<typeof eventInputSchema>;

export const eventKeys = {
  all: (programId: string) => ['events', programId] as const,
  list: (programId: string, offset: number, limit: number) => ['events', programId, 'list', offset, limit] as const,
  one: (programId: string, eventId: string) => ['events', programId, 'one', eventId] as const,
};

/** GET /api/programs/:programId/events: one page, the events meant for me (all of them for coordinators). */
export const eventsQuery = (programId: string, offset = 0, limit = 20) =>
  queryOptions({
    queryKey: eventKeys.list(programId, offset, limit),
    queryFn: () =>
      unwrap(client.GET('/api/programs/{programId}/events', { params: { path: { programId }, query: { offset, limit, when: 'all' } } })),
    placeholderData: keepPreviousData,
  });

export function useEvents(programId: string, offset = 0, limit = 20) {
  return useQuery(eventsQuery(programId, offset, limit));
}

/** GET /api/programs/:programId/events/:eventId */
export const eventQuery = (programId: string, eventId: string) =>
  queryOptions({
    queryKey: eventKeys.one(programId, eventId),
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/events/{eventId}', { params: { path: { programId, eventId } } })),
  });

function useEventsChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: eventKeys.all(programId) });
}

/** POST /api/programs/:programId/events */
export function useAddEvent(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: (input: EventInput) =>
      unwrap(client.POST('/api/programs/{programId}/events', { params: { path: { programId } }, body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/events/:eventId */
export function useUpdateEvent(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: ({ eventId, patch }: { eventId: string; patch: EventPatch }) =>
      unwrap(client.PATCH('/api/programs/{programId}/events/{eventId}', { params: { path: { programId, eventId } }, body: patch })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/events/:eventId/cancel */
export function useCancelEvent(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: (eventId: string) =>
      unwrap(client.POST('/api/programs/{programId}/events/{eventId}/cancel', { params: { path: { programId, eventId } } })),
    onSuccess: changed,
  });
}

/** PUT /api/programs/:programId/events/:eventId/answer */
export function useAnswerEvent(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: ({ eventId, answer }: { eventId: string; answer: RsvpInput }) =>
      unwrap(client.PUT('/api/programs/{programId}/events/{eventId}/answer', { params: { path: { programId, eventId } }, body: answer })),
    onSuccess: changed,
  });
}

/** GET /api/event-answers/:token (no sign-in: the link in the invitation mail) — the event's title in the page's language (the mail's, carried by the link). */
export const eventAnswerQuery = (token: string, lang: Locale) =>
  queryOptions({
    queryKey: ['event-answer', token, lang] as const,
    queryFn: () => unwrap(client.GET('/api/event-answers/{token}', { params: { path: { token }, query: { lang } } })),
    retry: false,
  });

/** PUT /api/event-answers/:token */
export function useAnswerByLink(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: RsvpInput) => unwrap(client.PUT('/api/event-answers/{token}', { params: { path: { token } }, body: answer })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['event-answer', token] }),
  });
}

/** GET /api/programs/:programId/events/:eventId/attendance: one page of the invited, with answers and attendance (coordinators). */
export const attendeesQuery = (programId: string, eventId: string, offset = 0, limit = 50) =>
  queryOptions({
    queryKey: [...eventKeys.all(programId), 'attendance', eventId, offset, limit] as const,
    queryFn: () =>
      unwrap(
        client.GET('/api/programs/{programId}/events/{eventId}/attendance', {
          params: { path: { programId, eventId }, query: { offset, limit } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** PUT /api/programs/:programId/events/:eventId/attendance/:personId */
export function useMarkAttendance(programId: string, eventId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: ({ personId, input }: { personId: string; input: AttendanceInput }) =>
      unwrap(
        client.PUT('/api/programs/{programId}/events/{eventId}/attendance/{personId}', {
          params: { path: { programId, eventId, personId } },
          body: input,
        }),
      ),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/events/:eventId/check-in-code: a new code to show at the event. */
export function useNewCheckInCode(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: (eventId: string) =>
      unwrap(client.POST('/api/programs/{programId}/events/{eventId}/check-in-code', { params: { path: { programId, eventId } } })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/events/:eventId/check-in: I check in with the code shown at the event. */
export function useCheckIn(programId: string, eventId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: (code: string) =>
      unwrap(
        client.POST('/api/programs/{programId}/events/{eventId}/check-in', { params: { path: { programId, eventId } }, body: { code } }),
      ),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/completion: my required events and how many I attended. */
export const completionQuery = (programId: string) =>
  queryOptions({
    queryKey: [...eventKeys.all(programId), 'completion'] as const,
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/completion', { params: { path: { programId } } })),
  });

/** GET /api/programs/:programId/attendance: every participant's completion, one page (coordinators). */
export const attendanceReportQuery = (programId: string, offset = 0, limit = 20) =>
  queryOptions({
    queryKey: [...eventKeys.all(programId), 'attendance-report', offset, limit] as const,
    queryFn: () =>
      unwrap(client.GET('/api/programs/{programId}/attendance', { params: { path: { programId }, query: { offset, limit } } })),
    placeholderData: keepPreviousData,
  });

/** GET /api/programs/:programId/time-spent/me */
export const myTimeSpentQuery = (programId: string) =>
  queryOptions({
    queryKey: [...eventKeys.all(programId), 'time-spent', 'me'] as const,
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/time-spent/me', { params: { path: { programId } } })),
  });

/** GET /api/programs/:programId/time-spent: totals, median and distribution only (coordinators). */
export const timeSpentSummaryQuery = (programId: string) =>
  queryOptions({
    queryKey: [...eventKeys.all(programId), 'time-spent', 'summary'] as const,
    queryFn: () => unwrap(client.GET('/api/programs/{programId}/time-spent', { params: { path: { programId } } })),
  });

const feedKey = ['calendar-feed'] as const;

/** GET /api/me/calendar-feed: whether I have a feed (its address is shown only when made). */
export const feedStatusQuery = queryOptions({
  queryKey: feedKey,
  queryFn: () => unwrap(client.GET('/api/me/calendar-feed')),
});

/** POST /api/me/calendar-feed: a new secret address (the old one stops working). */
export function useRotateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/api/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

/** DELETE /api/me/calendar-feed */
export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

/** POST /api/programs/:programId/events/:eventId/attachments: a file in a language (or for every language). */
export function useAddEventAttachment(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: ({ eventId, input }: { eventId: string; input: EventAttachmentInput }) =>
      unwrap(
        client.POST('/api/programs/{programId}/events/{eventId}/attachments', { params: { path: { programId, eventId } }, body: input }),
      ),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/events/:eventId/attachments/:attachmentId */
export function useRemoveEventAttachment(programId: string) {
  const changed = useEventsChanged(programId);
  return useMutation({
    mutationFn: ({ eventId, attachmentId }: { eventId: string; attachmentId: string }) =>
      unwrap(
        client.DELETE('/api/programs/{programId}/events/{eventId}/attachments/{attachmentId}', {
          params: { path: { programId, eventId, attachmentId } },
        }),
      ),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/events/:eventId/attachments/:attachmentId: the file (a download). */
export const eventAttachmentUrl = (programId: string, eventId: string, attachmentId: string) =>
  `/api/programs/${programId}/events/${eventId}/attachments/${attachmentId}`;
