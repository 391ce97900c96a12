import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { AppShell } from '../components/AppShell';
import { NotFoundPage, RouteErrorPage } from '../components/NotFound';

export type RouterContext = { queryClient: QueryClient };

/**
 * The shell's texts are loaded before the first render (`i18nReady`); each page's come with its code
 * (`withTexts` in the route files, decision 0188).
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <RouteErrorPage error={error} />,
});
