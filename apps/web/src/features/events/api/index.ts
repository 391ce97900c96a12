import { useMutation } from '@tanstack/react-query';
import type { ProgramEventInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';
import { useProgramChanged } from '../../programs';

export type EventInput = ProgramEventInput;

const path = (programId: string) => ({ params: { path: { programId } } });

/** POST /api/programs/:programId/events */
export function useAddEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (input: EventInput) => unwrap(client.POST('/api/programs/{programId}/events', { ...path(programId), body: input })),
    onSuccess: changed,
  });
}

/** PATCH /api/programs/:programId/events/:eventId */
export function useUpdateEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: ({ eventId, patch }: { eventId: string; patch: Partial<EventInput> }) =>
      unwrap(client.PATCH('/api/programs/{programId}/events/{eventId}', { params: { path: { programId, eventId } }, body: patch })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/events/:eventId */
export function useDeleteEvent(programId: string) {
  const changed = useProgramChanged();
  return useMutation({
    mutationFn: (eventId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/events/{eventId}', { params: { path: { programId, eventId } } })),
    onSuccess: changed,
  });
}
