import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pair } from '@lots/core';
import { api } from '../../lib/api';

export type PairDecision = { decision: 'accepted' | 'declined'; reason?: string | null };

export const pairKeys = {
  mine: ['pairs', 'mine'] as const,
};

/** GET /api/pairs/mine: the pairs I am part of, in every program (no scores). */
export function useMyPairs() {
  return useQuery({ queryKey: pairKeys.mine, queryFn: () => api<Pair[]>('/api/pairs/mine') });
}

/** POST /api/pairs/:pairId/respond (409 when already answered or no longer offered) */
export function useRespondToPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, ...input }: PairDecision & { pairId: string }) =>
      api<Pair>(`/api/pairs/${encodeURIComponent(pairId)}/respond`, { json: input }),
    onSuccess: (pair) => {
      queryClient.setQueryData<Pair[]>(pairKeys.mine, (pairs) => pairs?.map((p) => (p.id === pair.id ? pair : p)));
      return queryClient.invalidateQueries({ queryKey: pairKeys.mine });
    },
  });
}
