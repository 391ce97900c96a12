import { createRoute, redirect, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { setupStatusQuery } from '../features/setup';
import { meQuery } from '../features/me';
import { rootRoute } from './root';
import { resetSearch, signInSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const authPages = withTexts('auth/pages', () => import('../features/auth/pages'));
const setupPages = withTexts('setup/pages', () => import('../features/setup/pages'));
const signInPages = withTexts('auth/pages-sign-in', () => import('../features/auth/pages-sign-in'));
const invitationsPages = withTexts('invitations/pages', () => import('../features/invitations/pages'));
const applicationsPages = withTexts('applications/pages', () => import('../features/applications/pages'));
const eventsPages = withTexts('events/pages', () => import('../features/events/pages'));
const accessibilityPages = withTexts('accessibility/pages', () => import('../features/accessibility/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const ForgotPasswordPage = lazyRouteComponent(authPages, 'ForgotPasswordPage');
const ResetPasswordPage = lazyRouteComponent(authPages, 'ResetPasswordPage');
const SetupPage = lazyRouteComponent(setupPages, 'SetupPage');
const SignInPage = lazyRouteComponent(signInPages, 'SignInPage');
const AcceptInvitationPage = lazyRouteComponent(invitationsPages, 'AcceptInvitationPage');
const RespondPage = lazyRouteComponent(applicationsPages, 'RespondPage');
const EventAnswerPage = lazyRouteComponent(eventsPages, 'EventAnswerPage');
const AccessibilityStatementPage = lazyRouteComponent(accessibilityPages, 'AccessibilityStatementPage');

/** /sign-in: goes to /setup on a fresh install, and home when already signed in. */
export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearch,
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
  validateSearch: resetSearch,
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

/** /event-answer/$token: the answer link of an event's invitation mail, in the mail's language. Never asks to sign in. */
export const eventAnswerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/event-answer/$token',
  component: function EventAnswerRoute() {
    const { token } = eventAnswerRoute.useParams();
    return <EventAnswerPage key={token} token={token} />;
  },
});

/** /accessibility: the accessibility statement, for everyone, linked from every page's footer (decision 0140). */
export const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accessibility',
  component: AccessibilityStatementPage,
});

export const publicRoutes = [
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  setupRoute,
  invitationRoute,
  respondRoute,
  eventAnswerRoute,
  accessibilityRoute,
] as const;
