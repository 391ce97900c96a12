import { createRoute, redirect, type AnyRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { authedRoute } from './app';
import { matchingSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const matchingPages = withTexts('matching/pages', () => import('../features/matching/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const MatchingPage = lazyRouteComponent(matchingPages, 'MatchingPage');
const PreferencesPage = lazyRouteComponent(matchingPages, 'PreferencesPage');

/** `?run=<id>`: the run shown in the matching workspace (default: the newest). */
export const matchingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/matching',
  validateSearch: matchingSearch,
  component: function MatchingRoute() {
    const { programId } = matchingRoute.useParams();
    const { run } = matchingRoute.useSearch();
    const navigate = matchingRoute.useNavigate();
    return (
      <MatchingPage
        key={programId}
        programId={programId}
        runId={run}
        onRun={(id) => void navigate({ search: { run: id }, replace: true })}
      />
    );
  },
});

export const preferencesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/preferences',
  component: function PreferencesRoute() {
    const { programId } = preferencesRoute.useParams();
    return <PreferencesPage key={programId} programId={programId} />;
  },
});

/** /pairs, the old "My matches": offered matches are now on "My mentorship" (issue 14 item 11); old links and mails land there. */
export const myPairsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/pairs',
  beforeLoad: () => {
    throw redirect({ to: '/mentorships', replace: true });
  },
});

/** Routes of the matching pages (children of the signed-in layout). */
export const matchingRoutes: AnyRoute[] = [matchingRoute, preferencesRoute, myPairsRoute];
