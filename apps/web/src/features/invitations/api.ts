import { useMutation, useQuery } from '@tanstack/react-query';
import type { Locale } from '@lots/core';
import { api } from '../../lib/api';

export type InvitationView = {
  organisationName: string;
  name: string;
  email: string;
  status: 'pending' | 'expired' | 'accepted' | 'revoked';
  expiresAt: string;
};

/** GET /api/invitations/:token */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token] as const,
    queryFn: () => api<InvitationView>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export type AcceptInput = { name: string; password: string; locale?: Locale };

/** POST /api/invitations/:token/accept */
export function useAcceptInvitation(token: string) {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: AcceptInput) =>
      api<{ ok: true; email: string }>(`/api/invitations/${encodeURIComponent(token)}/accept`, { json: input }),
  });
}
