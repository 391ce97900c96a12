import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAuth } from '../../../api/auth';
import { meKey, meQuery } from '../../me';

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
      await callAuth((auth) => auth.signIn.email(credentials));
      return refreshMe(queryClient);
    },
  });
}

/** POST /api/auth/sign-in/magic-link */
export function useMagicLink() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (email: string) => callAuth((auth) => auth.signIn.magicLink({ email, callbackURL: '/' })),
  });
}

/** POST /api/auth/request-password-reset */
export function useRequestPasswordReset() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (email: string) => callAuth((auth) => auth.requestPasswordReset({ email, redirectTo: '/reset-password' })),
  });
}

/** POST /api/auth/reset-password */
export function useResetPassword() {
  return useMutation({
    meta: { auth: true },
    mutationFn: (input: { newPassword: string; token: string }) => callAuth((auth) => auth.resetPassword(input)),
  });
}

/** POST /api/auth/sign-out, then forgets everything cached for the user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { auth: true },
    mutationFn: () => callAuth((auth) => auth.signOut()),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
