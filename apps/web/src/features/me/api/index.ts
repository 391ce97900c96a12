import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, MePatch } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { MePatch };

export const meKey = ['me'] as const;

/**
 * GET /api/session: who is signed in, or null. It answers 200 to an anonymous visitor too, so a
 * page load before sign-in logs no failed request in the console (issue 14 item 8).
 */
export async function fetchMe(): Promise<Me | null> {
  return (await unwrap(client.GET('/api/session'))).me;
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** PATCH /api/me */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: MePatch) => unwrap(client.PATCH('/api/me', { body: patch })),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}

/** GET /api/me/applications?limit&offset: my own applications in every program and state (my profile). */
export const myApplicationsQuery = (params: { limit: number; offset: number }) =>
  queryOptions({
    queryKey: ['me', 'applications', params] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/me/applications', { params: { query: params }, signal })),
  });

export function useMyApplications(params: { limit: number; offset: number }) {
  return useQuery({ ...myApplicationsQuery(params), placeholderData: keepPreviousData });
}

/** DELETE /api/me/applications/:applicationId/sensitive: the special-category answer, for good. */
export function useDeleteMySensitiveAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationId: string) =>
      unwrap(client.DELETE('/api/me/applications/{applicationId}/sensitive', { params: { path: { applicationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me', 'applications'] }),
  });
}
