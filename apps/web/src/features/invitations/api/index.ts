import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { AcceptInvitationInput, InvitationView } from '@lots/core';
import { client, unwrap } from '../../../api/client';

export type { InvitationView };
export type AcceptInput = AcceptInvitationInput;

/** GET /api/invitations/:token */
export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token] as const,
    queryFn: () => unwrap(client.GET('/api/invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });

export function useInvitation(token: string) {
  return useQuery(invitationQuery(token));
}

/** POST /api/invitations/:token/accept */
export function useAcceptInvitation(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: AcceptInput) =>
      unwrap(client.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body: input })),
  });
}
