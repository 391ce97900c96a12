import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { tokenViewSchema } from '@lots/core';
import { api } from '../../lib/api';

export type TokenView = ReturnType<(typeof tokenViewSchema)['parse']>;

const responseKey = (token: string) => ['responses', token] as const;
const responsePath = (token: string) => `/api/responses/${encodeURIComponent(token)}`;

/** GET /api/responses/:token (public: the link in the manager's or recommender's mail) */
export function useResponseLink(token: string) {
  return useQuery({ queryKey: responseKey(token), queryFn: () => api<TokenView>(responsePath(token)), retry: false });
}

/** POST /api/responses/:token/confirmation (once only) */
export function useConfirm(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { decision: 'confirmed' | 'declined'; comment?: string | null }) => api<{ ok: true }>(`${responsePath(token)}/confirmation`, { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: responseKey(token) }),
  });
}

/** POST /api/responses/:token/recommendation (once only) */
export function useRecommend(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { verdict: 'recommend' | 'advise_against'; comment?: string | null }) =>
      api<{ ok: true }>(`${responsePath(token)}/recommendation`, { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: responseKey(token) }),
  });
}
