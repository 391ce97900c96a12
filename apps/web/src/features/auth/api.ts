import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetupInput, SetupStatus } from '@lots/core';
import { api } from '../../lib/api';
import { meKey, meQuery } from '../me/api';

export const setupStatusKey = ['setup-status'] as const;

export const setupStatusQuery = queryOptions({
  queryKey: setupStatusKey,
  queryFn: () => api<SetupStatus>('/api/setup/status'),
  staleTime: 30_000,
});

/** GET /api/setup/status */
export function useSetupStatus() {
  return useQuery(setupStatusQuery);
}

/** POST /api/setup (first run only). */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: SetupInput) => api<{ ok: true }>('/api/setup', { json: input }),
    onSuccess: () => queryClient.removeQueries({ queryKey: setupStatusKey }),
  });
}

export type Credentials = { email: string; password: string };

/** Loads who is signed in now, so guarded routes see the new session. */
export async function refreshMe(queryClient: QueryClient) {
  return queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
}

/** POST /api/auth/sign-in/email, then reloads /api/me. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: async (credentials: Credentials) => {
      await api<unknown>('/api/auth/sign-in/email', { json: credentials });
      return refreshMe(queryClient);
    },
  });
}

/** POST /api/auth/sign-in/magic-link */
export function useMagicLink() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (email: string) => api<unknown>('/api/auth/sign-in/magic-link', { json: { email, callbackURL: '/' } }),
  });
}

/** POST /api/auth/request-password-reset */
export function useRequestPasswordReset() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (email: string) => api<unknown>('/api/auth/request-password-reset', { json: { email, redirectTo: '/reset-password' } }),
  });
}

/** POST /api/auth/reset-password */
export function useResetPassword() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { newPassword: string; token: string }) => api<unknown>('/api/auth/reset-password', { json: input }),
  });
}

/** POST /api/auth/sign-out, then forgets everything cached for the user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: () => api<unknown>('/api/auth/sign-out', { json: {} }),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
