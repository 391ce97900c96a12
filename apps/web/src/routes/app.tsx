import { createRoute, redirect, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { meQuery } from '../features/me';
import { rootRoute } from './root';
import { homeSearch, outboxSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const homePages = withTexts('home/pages', () => import('../features/home/pages'));
const mePages = withTexts('me/pages', () => import('../features/me/pages'));
const outboxPages = withTexts('outbox/pages', () => import('../features/outbox/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const HomePage = lazyRouteComponent(homePages, 'HomePage');
const ProfilePage = lazyRouteComponent(mePages, 'ProfilePage');
const OutboxPage = lazyRouteComponent(outboxPages, 'OutboxPage');

/** Everything below needs a session: without one, off to /sign-in (and back here afterwards). */
export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) {
      // The sign-in's error (better-auth redirects with ?error=) read by the same function as the home page's search.
      const { error } = homeSearch(location.search);
      throw redirect({ to: '/sign-in', search: { redirect: error ? '/' : location.href, error } });
    }
    return { me };
  },
});

export const homeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  validateSearch: homeSearch,
  component: function HomeRoute() {
    const { me } = homeRoute.useRouteContext();
    return <HomePage me={me} />;
  },
});

export const profileRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/profile',
  component: function ProfileRoute() {
    const { me } = profileRoute.useRouteContext();
    return <ProfilePage key={me.user.id} me={me} />;
  },
});

export const outboxRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/outbox',
  validateSearch: outboxSearch,
  component: function OutboxRoute() {
    const { me } = outboxRoute.useRouteContext();
    const search = outboxRoute.useSearch();
    const navigate = outboxRoute.useNavigate();
    return <OutboxPage me={me} search={search} onSearch={(next) => void navigate({ search: next })} />;
  },
});
