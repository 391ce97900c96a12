import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, MePatch } from '@lots/core';
import { client, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/errors';

export type { MePatch };

export const meKey = ['me'] as const;

/** GET /api/me. Resolves to null when nobody is signed in (401) instead of failing. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(client.GET('/api/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
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
