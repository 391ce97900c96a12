import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { programKeys } from './keys';

export const participationKeys = { all: ['program-invitations'] as const };

/** GET /api/program-invitations: my organisation's invitations to other organisations' programs. */
export const programInvitationsQuery = queryOptions({
  queryKey: participationKeys.all,
  queryFn: () => unwrap(client.GET('/api/program-invitations')),
});

export function useProgramInvitations() {
  return useQuery(programInvitationsQuery);
}

/** POST /api/program-invitations/:programId/accept|decline */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, answer }: { programId: string; answer: 'accept' | 'decline' }) =>
      unwrap(
        answer === 'accept'
          ? client.POST('/api/program-invitations/{programId}/accept', { params: { path: { programId } } })
          : client.POST('/api/program-invitations/{programId}/decline', { params: { path: { programId } } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: participationKeys.all });
      await queryClient.invalidateQueries({ queryKey: programKeys.all });
    },
  });
}
