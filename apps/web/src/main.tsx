import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import './programs.css';
import { i18nReady } from './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { meKey } from './features/me';
import { ApiError } from './api/errors';
import { createAppRouter } from './routes/router';

/** A 401 from any data call means the session ended: forget the user and go to sign-in. */
function onSessionLost(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (queryClient.getQueryData(meKey) === null) return;
  queryClient.setQueryData(meKey, null);
  const here = router.state.location.href;
  void router.navigate({ to: '/sign-in', search: { redirect: here } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      // Wrong password on the auth routes is a 401 too; only data calls mean "session lost".
      if (mutation.options.meta?.auth) return;
      onSessionLost(error);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// The first render waits for the shell's texts in the active language (decision 0188); a page's come with its code.
void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
