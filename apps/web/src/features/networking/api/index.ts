import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectoryEntryInput, GroupInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

/** Under the program's key, so that whatever refreshes a program refreshes its directory and groups too. */
export const networkingKeys = {
  all: (programId: string) => ['programs', programId, 'networking'] as const,
  directory: (programId: string, q: string, offset: number) => ['programs', programId, 'networking', 'directory', q, offset] as const,
  groups: (programId: string, offset: number) => ['programs', programId, 'networking', 'groups', offset] as const,
  candidates: (programId: string, role: string) => ['programs', programId, 'networking', 'candidates', role] as const,
};

/** GET /api/programs/:programId/directory: one page (search by name, title, organisation, interests). */
export function useDirectory(programId: string, q: string, offset: number, limit: number) {
  return useQuery(
    queryOptions({
      queryKey: networkingKeys.directory(programId, q, offset),
      queryFn: () =>
        unwrap(
          client.GET('/api/programs/{programId}/directory', {
            params: { path: { programId }, query: { offset, limit, ...(q ? { q } : {}) } },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  );
}

/** GET /api/programs/:programId/groups: my groups (every group for coordinators). */
export function useGroups(programId: string, offset: number, limit: number) {
  return useQuery(
    queryOptions({
      queryKey: networkingKeys.groups(programId, offset),
      queryFn: () => unwrap(client.GET('/api/programs/{programId}/groups', { params: { path: { programId }, query: { offset, limit } } })),
      placeholderData: keepPreviousData,
    }),
  );
}

/** GET /api/programs/:programId/group-candidates: the accepted participants (the first 100, by name). */
export function useGroupCandidates(programId: string, role?: 'mentor') {
  return useQuery(
    queryOptions({
      queryKey: networkingKeys.candidates(programId, role ?? 'all'),
      queryFn: () =>
        unwrap(
          client.GET('/api/programs/{programId}/group-candidates', {
            params: { path: { programId }, query: { limit: 100, offset: 0, ...(role ? { role } : {}) } },
          }),
        ),
    }),
  );
}

function useChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: networkingKeys.all(programId) });
}

/** PUT /api/programs/:programId/directory/me */
export function useJoinDirectory(programId: string) {
  const changed = useChanged(programId);
  return useMutation({
    mutationFn: (input: DirectoryEntryInput) =>
      unwrap(client.PUT('/api/programs/{programId}/directory/me', { params: { path: { programId } }, body: input })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/directory/me */
export function useLeaveDirectory(programId: string) {
  const changed = useChanged(programId);
  return useMutation({
    mutationFn: () => unwrap(client.DELETE('/api/programs/{programId}/directory/me', { params: { path: { programId } } })),
    onSuccess: changed,
  });
}

/** POST /api/programs/:programId/groups */
export function useCreateGroup(programId: string) {
  const changed = useChanged(programId);
  return useMutation({
    mutationFn: (input: GroupInput) =>
      unwrap(client.POST('/api/programs/{programId}/groups', { params: { path: { programId } }, body: input })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/groups/:groupId: the group goes and its coming meetings are cancelled. */
export function useDeleteGroup(programId: string) {
  const changed = useChanged(programId);
  return useMutation({
    mutationFn: (groupId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/groups/{groupId}', { params: { path: { programId, groupId } } })),
    onSuccess: changed,
  });
}
