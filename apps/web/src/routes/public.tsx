import { createRoute, redirect } from '@tanstack/react-router';
import { ForgotPasswordPage } from '../features/auth';
import { ResetPasswordPage } from '../features/auth';
import { SetupPage } from '../features/setup';
import { SignInPage } from '../features/auth';
import { setupStatusQuery } from '../features/setup';
import { AcceptInvitationPage } from '../features/invitations';
import { meQuery } from '../features/me';
import { RespondPage } from '../features/applications';
import { rootRoute } from './root';
import { resetSearchSchema, signInSearchSchema } from './search';

/** /sign-in: goes to /setup on a fresh install, and home when already signed in. */
export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery).catch(() => null);
    if (status?.needsSetup) throw redirect({ to: '/setup' });
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) throw redirect({ to: '/' });
  },
  component: function SignInRoute() {
    return <SignInPage search={signInRoute.useSearch()} />;
  },
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: resetSearchSchema,
  component: function ResetPasswordRoute() {
    return <ResetPasswordPage search={resetPasswordRoute.useSearch()} />;
  },
});

/** /setup: only while nobody has set Lots up. */
export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery({ ...setupStatusQuery, staleTime: 0 }).catch(() => null);
    if (status && !status.needsSetup) throw redirect({ to: '/sign-in' });
  },
  component: SetupPage,
});

export const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation/$token',
  component: function InvitationRoute() {
    const { token } = invitationRoute.useParams();
    return <AcceptInvitationPage token={token} />;
  },
});

/** /respond/$token: a manager's confirmation or a recommendation, from a link in an e-mail. Never asks to sign in. */
export const respondRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/respond/$token',
  component: function RespondRoute() {
    const { token } = respondRoute.useParams();
    return <RespondPage key={token} token={token} />;
  },
});

export const publicRoutes = [signInRoute, forgotPasswordRoute, resetPasswordRoute, setupRoute, invitationRoute, respondRoute] as const;
