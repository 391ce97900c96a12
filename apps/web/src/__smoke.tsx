import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import './i18n';
import i18n from './i18n';
import { createAppRouter } from './routes/router';

const org = { id: '11111111-1111-4111-8111-111111111111', name: 'Tullverket', kind: 'agency', country: 'SE', peopleCount: 3, unitCount: 2 };
const units = [
  { id: '22222222-2222-4222-8222-222222222222', organisationId: org.id, parentId: null, name: 'HR', peopleCount: 1 },
  { id: '33333333-3333-4333-8333-333333333333', organisationId: org.id, parentId: '22222222-2222-4222-8222-222222222222', name: 'Rekrytering', peopleCount: 0 },
];
const person = { id: '44444444-4444-4444-8444-444444444444', organisationId: org.id, unitId: units[0]!.id, unitName: 'HR', name: 'Anna Admin', email: 'anna@tull.se', title: 'HR-chef', managerId: null, managerName: null, managerEmail: null, roles: ['org_admin', 'coordinator'], accountStatus: 'active' };
const me = { user: { id: 'u1', name: 'Anna Admin', email: 'anna@tull.se', locale: 'sv', platformAdmin: process.env.PLATFORM === '1' }, person: { id: person.id, organisationId: org.id, organisationName: org.name, unitId: units[0]!.id, unitName: 'HR', title: 'HR-chef', managerName: null, managerEmail: null, roles: ['org_admin', 'coordinator'] } };
const routes: Record<string, unknown> = {
  '/api/me': process.env.ANON ? 401 : me,
  '/api/setup/status': { needsSetup: process.env.SETUP === '1', demo: true, demoAccounts: [{ email: 'anna@demo.se', password: 'demo-password', role: 'org_admin' }], magicLink: true },
  '/api/organisations': [org],
  [`/api/organisations/${org.id}`]: org,
  [`/api/organisations/${org.id}/units`]: units,
  [`/api/organisations/${org.id}/people`]: { items: [person, { ...person, id: '55555555-5555-4555-8555-555555555555', name: 'Bo Bengtsson', email: 'bo@tull.se', accountStatus: 'invited', roles: ['participant'] }], total: 60 },
  '/api/outbox': { items: [{ id: '66666666-6666-4666-8666-666666666666', to: 'bo@tull.se', subject: 'Du är inbjuden', text: 'Hej Bo!\nVälkommen', template: 'invitation', locale: 'sv', status: 'sent', attempts: 1, createdAt: '2025-01-02T10:00:00Z', sentAt: '2025-01-02T10:00:05Z' }], total: 1 },
  '/api/invitations/tok': { organisationName: 'Tullverket', name: 'Bo', email: 'bo@tull.se', status: 'pending', expiresAt: '2025-02-01T00:00:00Z' },
};
globalThis.fetch = (async (input: string) => {
  const path = String(input).split('?')[0]!;
  const body = routes[path];
  if (body === undefined) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'nope' } }), { status: 404 });
  if (body === 401) return new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'no' } }), { status: 401 });
  return new Response(JSON.stringify(body), { status: 200 });
}) as typeof fetch;

const paths = process.argv.slice(2);
for (const path of paths) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter(queryClient);
  queryClient.setQueryData(['organisations'], routes['/api/organisations']);
  queryClient.setQueryData(['organisations', org.id], org);
  queryClient.setQueryData(['organisations', org.id, 'units'], units);
  queryClient.setQueryData(['organisations', org.id, 'people', 'list', { role: 'participant', limit: 25, offset: 25 }], routes[`/api/organisations/${org.id}/people`]);
  queryClient.setQueryData(['organisations', org.id, 'people', 'list', { limit: 500, offset: 0 }], routes[`/api/organisations/${org.id}/people`]);
  queryClient.setQueryData(['outbox', { limit: 50, offset: 0 }], routes['/api/outbox']);
  queryClient.setQueryData(['invitation', 'tok'], routes['/api/invitations/tok']);
  router.update({ history: createMemoryHistory({ initialEntries: [path] }), isServer: true } as never);
  await router.load();
  // prefetch the page's queries so the SSR output shows data
  for (let i = 0; i < 3; i++) {
    renderToString(<QueryClientProvider client={queryClient}><RouterProvider router={router} /></QueryClientProvider>);
    await new Promise((r) => setTimeout(r, 50));
  }
  const html = renderToString(<QueryClientProvider client={queryClient}><RouterProvider router={router} /></QueryClientProvider>);
  const text = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  console.log(`\n=== ${path} -> ${router.state.location.href} [${i18n.language}]`);
  console.log(text.replace(/\(function\(a,f\)[\s\S]*$/, "").slice(0, 1800));
  const h1s = html.match(/<h1/g)?.length ?? 0;
  console.log(`h1 count: ${h1s}`);
}
