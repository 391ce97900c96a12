import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@lots/core';
import { ApiError, api } from '../../lib/api';

export const meKey = ['me'] as const;

/** GET /api/me. Resolves to null when nobody is signed in (401) instead of failing. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

export type MePatch = { name?: string; locale?: Locale; title?: string | null };

/** PATCH /api/me */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: MePatch) => api<Me>('/api/me', { method: 'PATCH', json: patch }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}
