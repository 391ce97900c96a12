import { useMutation, useQuery } from '@tanstack/react-query';
import type { tokenViewSchema } from '@lots/core';
import { api } from '../../lib/api';

export type TokenView = ReturnType<(typeof tokenViewSchema)['parse']>;

const responsePath = (token: string) => `/api/responses/${encodeURIComponent(token)}`;

/** GET /api/responses/:token (public: the link in the manager's or recommender's mail) */
export function useResponseLink(token: string) {
  return useQuery({ queryKey: ['responses', token] as const, queryFn: () => api<TokenView>(responsePath(token)), retry: false });
}

/** POST /api/responses/:token/confirmation (once only: 409 after) */
export function useConfirm(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { decision: 'confirmed' | 'declined'; comment?: string | null }) =>
      api<{ ok: true }>(`${responsePath(token)}/confirmation`, { json: input }),
  });
}

/** POST /api/responses/:token/recommendation (once only: 409 after) */
export function useRecommend(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { verdict: 'recommend' | 'advise_against'; comment?: string | null }) =>
      api<{ ok: true }>(`${responsePath(token)}/recommendation`, { json: input }),
  });
}
