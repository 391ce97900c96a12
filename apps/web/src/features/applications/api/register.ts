import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BulkTrainingInput, MentorRegisterEntry, MentorRegisterQuery, TrainingInput } from '@lots/core';
import { client, serializeQuery, unwrap } from '../../../api/client';

export type MentorEntry = MentorRegisterEntry;
/** What the register page asks for: its search, filters, order and page (the API's list query). */
export type RegisterFilter = Omit<MentorRegisterQuery, 'freeCapacity' | 'limit' | 'offset'> & {
  freeCapacity?: boolean;
  limit?: number;
  offset?: number;
};

const registerKeys = {
  all: ['mentor-register'] as const,
  list: (filter: RegisterFilter) => ['mentor-register', filter] as const,
};

const query = ({ freeCapacity, ...filter }: RegisterFilter) => ({
  ...filter,
  freeCapacity: freeCapacity ? ('true' as const) : undefined,
});

/** GET /api/mentor-register?q&programId&organisationId&freeCapacity&sort&dir&limit&offset: one page of the register. */
export const mentorRegisterQuery = (filter: RegisterFilter) =>
  queryOptions({
    queryKey: registerKeys.list(filter),
    queryFn: ({ signal }) => unwrap(client.GET('/api/mentor-register', { params: { query: query(filter) }, signal })),
  });

export function useMentorRegister(filter: RegisterFilter) {
  return useQuery({ ...mentorRegisterQuery(filter), placeholderData: keepPreviousData });
}

/** The export link (GET /api/mentor-register/export) with the search, filters and order on screen, every page: a download, not a fetch. */
export function exportUrl({ limit: _l, offset: _o, ...filter }: RegisterFilter, format: 'csv' | 'xlsx'): string {
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
