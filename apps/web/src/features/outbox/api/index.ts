import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxPage, OutboxQuery } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { OutboxPage };

/** The Outbox's search, status, order and page (the API's list query). */
export type OutboxParams = Partial<Pick<OutboxQuery, 'q' | 'status' | 'sort' | 'dir'>> & { limit: number; offset: number };

/** GET /api/outbox?q&status&sort&dir&limit&offset */
export const outboxQuery = (params: OutboxParams) =>
  queryOptions({
    queryKey: ['outbox', params] as const,
    queryFn: ({ signal }) => unwrap(client.GET('/api/outbox', { params: { query: params }, signal })),
  });

export function useOutbox(params: OutboxParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...outboxQuery(params), placeholderData: keepPreviousData, enabled: options.enabled ?? true });
}
