import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';

/** GET /api/accessibility-statement (public): the installation's settings behind the statement. */
export const accessibilityStatementQuery = queryOptions({
  queryKey: ['accessibility-statement'] as const,
  queryFn: () => unwrap(client.GET('/api/accessibility-statement')),
  staleTime: 60 * 60_000,
});

export function useAccessibilityStatement() {
  return useQuery(accessibilityStatementQuery);
}
