import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkTrainingInput, MentorRegisterEntry, TrainingInput } from '@lots/core';
import { client, serializeQuery, unwrap } from '../../../api/client';

export type MentorEntry = MentorRegisterEntry;
export type RegisterFilter = { q?: string; programId?: string; freeCapacity?: boolean };

const registerKeys = {
  all: ['mentor-register'] as const,
  list: (filter: RegisterFilter) => ['mentor-register', filter] as const,
};

const query = (filter: RegisterFilter) => ({
  q: filter.q,
  programId: filter.programId,
  freeCapacity: filter.freeCapacity ? ('true' as const) : undefined,
});

/** GET /api/mentor-register?q&programId&freeCapacity */
export const mentorRegisterQuery = (filter: RegisterFilter) =>
  queryOptions({
    queryKey: registerKeys.list(filter),
    queryFn: ({ signal }) => unwrap(client.GET('/api/mentor-register', { params: { query: query(filter) }, signal })),
  });

export function useMentorRegister(filter: RegisterFilter) {
  return useQuery({ ...mentorRegisterQuery(filter), placeholderData: keepPreviousData });
}

/** The export link (GET /api/mentor-register/export) with the filters on screen: a download, not a fetch. */
export function exportUrl(filter: RegisterFilter, format: 'csv' | 'xlsx'): string {
  return `/api/mentor-register/export?${serializeQuery({ format, ...query(filter) })}`;
}

/** POST /api/mentor-register/:personId/trainings */
export function useAddTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, ...input }: TrainingInput & { personId: string }) =>
      unwrap(client.POST('/api/mentor-register/{personId}/trainings', { params: { path: { personId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registerKeys.all }),
  });
}

/** POST /api/mentor-register/trainings: one training for several mentors, all or none. */
export function useAddTrainings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkTrainingInput) => unwrap(client.POST('/api/mentor-register/trainings', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registerKeys.all }),
  });
}
