import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EventPatch, eventInputSchema, RsvpInput } from '@lots/core';
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

/** GET /api/event-answers/:token (no sign-in: the link in the invitation mail) */
export const eventAnswerQuery = (token: string) =>
  queryOptions({
    queryKey: ['event-answer', token] as const,
    queryFn: () => unwrap(client.GET('/api/event-answers/{token}', { params: { path: { token } } })),
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
