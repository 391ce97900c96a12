import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
