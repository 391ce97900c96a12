import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResourceInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

/** Under the program's key, so that whatever refreshes a program refreshes its resources too. */
export const resourceKeys = {
  all: (programId: string) => ['programs', programId, 'resources'] as const,
  page: (programId: string, offset: number, limit: number) => ['programs', programId, 'resources', offset, limit] as const,
};

/** GET /api/programs/:programId/resources: one page of those meant for me (every one for those who manage the program). */
export function useResources(programId: string, offset = 0, limit = 20) {
  return useQuery(
    queryOptions({
      queryKey: resourceKeys.page(programId, offset, limit),
      queryFn: () =>
        unwrap(client.GET('/api/programs/{programId}/resources', { params: { path: { programId }, query: { offset, limit } } })),
      placeholderData: keepPreviousData,
    }),
  );
}

function useResourcesChanged(programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: resourceKeys.all(programId) });
}

/** POST /api/programs/:programId/resources */
export function useAddResource(programId: string) {
  const changed = useResourcesChanged(programId);
  return useMutation({
    mutationFn: (input: ResourceInput) =>
      unwrap(client.POST('/api/programs/{programId}/resources', { params: { path: { programId } }, body: input })),
    onSuccess: changed,
  });
}

/** DELETE /api/programs/:programId/resources/:resourceId */
export function useDeleteResource(programId: string) {
  const changed = useResourcesChanged(programId);
  return useMutation({
    mutationFn: (resourceId: string) =>
      unwrap(client.DELETE('/api/programs/{programId}/resources/{resourceId}', { params: { path: { programId, resourceId } } })),
    onSuccess: changed,
  });
}

/** GET /api/programs/:programId/resources/:resourceId/file: the resource's file (a download). */
export const resourceFileUrl = (programId: string, resourceId: string) => `/api/programs/${programId}/resources/${resourceId}/file`;
