import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { Loading } from '../components/Loading';
import { importRoute, organisationRoute, organisationsRoute, peopleRoute } from './admin';
import { authedRoute, homeRoute, outboxRoute, profileRoute } from './app';
import { programRoutes } from './programs';
import { publicRoutes } from './public';
import { rootRoute } from './root';
import { matchingRoutes } from './matching';
import { mentorshipRoutes } from './mentorship';
import { answerSurveyRoute, evaluationRoutes } from './evaluation';

export const routeTree = rootRoute.addChildren([
  ...publicRoutes,
  answerSurveyRoute,
  authedRoute.addChildren([
    homeRoute,
    profileRoute,
    organisationsRoute,
    organisationRoute,
    peopleRoute,
    importRoute,
    outboxRoute,
    ...programRoutes,
    ...matchingRoutes,
    ...mentorshipRoutes,
    ...evaluationRoutes,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPendingComponent: Loading,
    defaultPendingMs: 300,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
