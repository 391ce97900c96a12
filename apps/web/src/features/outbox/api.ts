import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxMessage } from '@lots/core';
import { api } from '../../lib/api';

export type OutboxPage = { items: OutboxMessage[]; total: number };

/** GET /api/outbox?limit&offset */
export function useOutbox(params: { limit: number; offset: number }, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['outbox', params] as const,
    queryFn: ({ signal }) => api<OutboxPage>('/api/outbox', { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
