import { createRoute, redirect, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { authedRoute } from './app';
import { peopleSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const peoplePages = withTexts('people/pages', () => import('../features/people/pages'));
const organisationsPages = withTexts('organisations/pages', () => import('../features/organisations/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const ImportPage = lazyRouteComponent(peoplePages, 'ImportPage');
const OrganisationPage = lazyRouteComponent(organisationsPages, 'OrganisationPage');
const OrganisationsPage = lazyRouteComponent(organisationsPages, 'OrganisationsPage');
const PeoplePage = lazyRouteComponent(peoplePages, 'PeoplePage');

/** Platform admins see all organisations; anyone else is taken to their own. */
export const organisationsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations',
  beforeLoad: ({ context }) => {
    const orgId = context.me.person?.organisationId;
    if (!context.me.can.administerPlatform && orgId) throw redirect({ to: '/admin/organisations/$orgId', params: { orgId } });
  },
  component: function OrganisationsRoute() {
    const { me } = organisationsRoute.useRouteContext();
    return <OrganisationsPage me={me} />;
  },
});

export const organisationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations/$orgId',
  component: function OrganisationRoute() {
    const { orgId } = organisationRoute.useParams();
    return <OrganisationPage key={orgId} orgId={orgId} />;
  },
});

export const peopleRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations/$orgId/people',
  validateSearch: peopleSearch,
  component: function PeopleRoute() {
    const { orgId } = peopleRoute.useParams();
    const search = peopleRoute.useSearch();
    const navigate = peopleRoute.useNavigate();
    return <PeoplePage key={orgId} orgId={orgId} search={search} onSearch={(next) => void navigate({ search: next })} />;
  },
});

export const importRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/admin/organisations/$orgId/people/import',
  component: function ImportRoute() {
    const { orgId } = importRoute.useParams();
    return <ImportPage key={orgId} orgId={orgId} />;
  },
});
