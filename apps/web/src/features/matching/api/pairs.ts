import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pair, PairResponse } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type PairDecision = PairResponse;

export const pairKeys = {
  mine: ['pairs', 'mine'] as const,
};

/** GET /api/pairs/mine: the pairs I am part of, in every program (no scores). */
export const myPairsQuery = queryOptions({ queryKey: pairKeys.mine, queryFn: () => unwrap(client.GET('/api/pairs/mine')) });

export function useMyPairs() {
  return useQuery(myPairsQuery);
}

/** POST /api/pairs/:pairId/respond (409 when already answered or no longer offered) */
export function useRespondToPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, ...input }: PairDecision & { pairId: string }) =>
      unwrap(client.POST('/api/pairs/{pairId}/respond', { params: { path: { pairId } }, body: input })),
    onSuccess: (pair) => {
      queryClient.setQueryData<Pair[]>(pairKeys.mine, (pairs) => pairs?.map((p) => (p.id === pair.id ? pair : p)));
      // An accepted match may start a mentorship, and the home page's tasks change: refresh both.
      void queryClient.invalidateQueries({ queryKey: ['mentorships'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'home'] });
      return queryClient.invalidateQueries({ queryKey: pairKeys.mine });
    },
  });
}
