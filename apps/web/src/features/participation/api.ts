import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProgramInvitation } from '@lots/core';
import { api } from '../../lib/api';
import { programKeys } from '../programs/api';

export const participationKeys = { all: ['program-invitations'] as const };

/** GET /api/program-invitations: my organisation's invitations to other organisations' programs. */
export function useProgramInvitations() {
  return useQuery({ queryKey: participationKeys.all, queryFn: () => api<ProgramInvitation[]>('/api/program-invitations') });
}

/** POST /api/program-invitations/:programId/accept|decline */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, answer }: { programId: string; answer: 'accept' | 'decline' }) =>
      api<ProgramInvitation>(`/api/program-invitations/${encodeURIComponent(programId)}/${answer}`, { method: 'POST' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: participationKeys.all });
      await queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
  });
}
