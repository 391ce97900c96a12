import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ConfirmationResponse, RecommendationResponse, TokenView } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { TokenView };

const link = (token: string) => ({ params: { path: { token } } });

/** GET /api/responses/:token (public: the link in the manager's or recommender's mail) */
export const responseLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['responses', token] as const,
    queryFn: () => unwrap(client.GET('/api/responses/{token}', link(token))),
    retry: false,
  });

export function useResponseLink(token: string) {
  return useQuery(responseLinkQuery(token));
}

/** POST /api/responses/:token/confirmation (once only: 409 after) */
export function useConfirm(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: ConfirmationResponse) =>
      unwrap(client.POST('/api/responses/{token}/confirmation', { ...link(token), body: input })),
  });
}

/** POST /api/responses/:token/recommendation (once only: 409 after) */
export function useRecommend(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: RecommendationResponse) =>
      unwrap(client.POST('/api/responses/{token}/recommendation', { ...link(token), body: input })),
  });
}
