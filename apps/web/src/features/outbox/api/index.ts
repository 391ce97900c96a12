import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxPage } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { OutboxPage };

/** GET /api/outbox?limit&offset */
export const outboxQuery = (params: { limit: number; offset: number }) =>
  queryOptions({
    queryKey: ['outbox', params] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/outbox', { params: { query: params }, signal })),
  });

export function useOutbox(params: { limit: number; offset: number }, options: { enabled?: boolean } = {}) {
  return useQuery({ ...outboxQuery(params), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}
