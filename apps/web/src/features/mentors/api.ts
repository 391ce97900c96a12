import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { mentorRegisterEntrySchema } from '@lots/core';
import { api, withQuery } from '../../lib/api';

export type MentorEntry = ReturnType<(typeof mentorRegisterEntrySchema)['parse']>;
export type RegisterFilter = { q?: string; programId?: string; freeCapacity?: boolean };

const registerKeys = {
  all: ['mentor-register'] as const,
  list: (filter: RegisterFilter) => ['mentor-register', filter] as const,
};

const query = (filter: RegisterFilter) => ({
  q: filter.q,
  programId: filter.programId,
  freeCapacity: filter.freeCapacity ? 'true' : undefined,
});

/** GET /api/mentor-register?q&programId&freeCapacity */
export function useMentorRegister(filter: RegisterFilter) {
  return useQuery({
    queryKey: registerKeys.list(filter),
    queryFn: ({ signal }) => api<MentorEntry[]>('/api/mentor-register', { query: query(filter), signal }),
    placeholderData: keepPreviousData,
  });
}

/** The export link (GET /api/mentor-register/export) with the filters on screen. */
export function exportUrl(filter: RegisterFilter, format: 'csv' | 'xlsx'): string {
  return withQuery('/api/mentor-register/export', { format, ...query(filter) });
}

/** POST /api/mentor-register/:personId/trainings */
export function useAddTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, name, completedOn }: { personId: string; name: string; completedOn: string }) =>
      api<MentorEntry>(`/api/mentor-register/${encodeURIComponent(personId)}/trainings`, { json: { name, completedOn } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registerKeys.all }),
  });
}
