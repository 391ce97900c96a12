import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetupInput } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export const setupStatusKey = ['setup-status'] as const;

/** GET /api/setup/status */
export const setupStatusQuery = queryOptions({
  queryKey: setupStatusKey,
  queryFn: () => unwrap(client.GET('/api/setup/status')),
  staleTime: 30_000,
});

export function useSetupStatus() {
  return useQuery(setupStatusQuery);
}

/** POST /api/setup (first run only). */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: SetupInput) => unwrap(client.POST('/api/setup', { body: input })),
    onSuccess: () => queryClient.removeQueries({ queryKey: setupStatusKey }),
  });
}
