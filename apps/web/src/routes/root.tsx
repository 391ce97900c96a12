import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { AppShell } from '../components/AppShell';
import { NotFoundPage, RouteErrorPage } from '../components/NotFound';
import { meQuery } from '../features/me';
import { loadAppCatalogs } from '../i18n';

export type RouterContext = { queryClient: QueryClient };

/** Pages whose texts are all in the public catalogs (PUBLIC_WEB_NAMESPACES, decision 0169). */
const PUBLIC_PAGES = /^\/(sign-in|forgot-password|reset-password|setup|invitation\/[^/]+|accessibility)\/?$/;

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Every other page — and a public one for someone signed in, whose navigation names the app's
  // parts — first loads the active language's whole catalog (one chunk, decision 0169).
  beforeLoad: async ({ context, location }) => {
    if (PUBLIC_PAGES.test(location.pathname)) {
      const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
      if (!me) return;
    }
    await loadAppCatalogs();
  },
  component: AppShell,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <RouteErrorPage error={error} />,
});
