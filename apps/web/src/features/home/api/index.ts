import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';

/** GET /api/me/home: what needs doing now — counts per coordinated program, my applications, pairs and tasks. */
export const homeQuery = queryOptions({
  queryKey: ['me', 'home'] as const,
  queryFn: ({ signal }) => unwrap(client.GET('/api/me/home', { signal })),
});

export function useHome() {
  return useQuery(homeQuery);
}
