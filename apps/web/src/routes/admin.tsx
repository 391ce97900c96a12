import { createRoute, redirect } from '@tanstack/react-router';
import { ImportPage } from '../features/people';
import { OrganisationPage } from '../features/organisations';
import { OrganisationsPage } from '../features/organisations';
import { PeoplePage } from '../features/people';
import { authedRoute } from './app';
import { peopleSearchSchema } from './search';

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
  validateSearch: peopleSearchSchema,
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
