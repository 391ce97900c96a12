import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { MatchingPage } from '../features/matching';
import { PreferencesPage } from '../features/matching';
import { MyPairsPage } from '../features/matching';
import { authedRoute } from './app';
import { matchingSearchSchema } from './search';

/** `?run=<id>`: the run shown in the matching workspace (default: the newest). */
export const matchingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/matching',
  validateSearch: matchingSearchSchema,
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

export const myPairsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/pairs',
  component: MyPairsPage,
});

/** Routes of the matching pages (children of the signed-in layout). */
export const matchingRoutes: AnyRoute[] = [matchingRoute, preferencesRoute, myPairsRoute];
