import { createRoute, notFound, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { PROGRAM_ROLES, type ProgramRole } from '@lots/core';
import { authedRoute } from './app';
import { programListSearch, registerSearch, reviewSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const applicationsPages = withTexts('applications/pages', () => import('../features/applications/pages'));
const programsPages = withTexts('programs/pages', () => import('../features/programs/pages'));
const costsPages = withTexts('costs/pages', () => import('../features/costs/pages'));
const networkingPages = withTexts('networking/pages', () => import('../features/networking/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const ApplicationReviewPage = lazyRouteComponent(applicationsPages, 'ApplicationReviewPage');
const ApplyPage = lazyRouteComponent(applicationsPages, 'ApplyPage');
const ReviewPage = lazyRouteComponent(applicationsPages, 'ReviewPage');
const MentorRegisterPage = lazyRouteComponent(applicationsPages, 'MentorRegisterPage');
const EditProgramPage = lazyRouteComponent(programsPages, 'EditProgramPage');
const NewProgramPage = lazyRouteComponent(programsPages, 'NewProgramPage');
const ProgramPage = lazyRouteComponent(programsPages, 'ProgramPage');
const ProgramsPage = lazyRouteComponent(programsPages, 'ProgramsPage');
const ParticipationPage = lazyRouteComponent(programsPages, 'ParticipationPage');
const CostsPage = lazyRouteComponent(costsPages, 'CostsPage');
const NetworkingPage = lazyRouteComponent(networkingPages, 'NetworkingPage');

export const programsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs',
  validateSearch: programListSearch,
  component: function ProgramsRoute() {
    const { me } = programsRoute.useRouteContext();
    const search = programsRoute.useSearch();
    const navigate = programsRoute.useNavigate();
    return <ProgramsPage me={me} search={search} onSearch={(next) => void navigate({ search: next })} />;
  },
});

export const newProgramRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/new',
  component: function NewProgramRoute() {
    const { me } = newProgramRoute.useRouteContext();
    return <NewProgramPage me={me} />;
  },
});

export const programRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId',
  component: function ProgramRoute() {
    const { programId } = programRoute.useParams();
    const { me } = programRoute.useRouteContext();
    return <ProgramPage key={programId} programId={programId} me={me} />;
  },
});

export const editProgramRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/edit',
  component: function EditProgramRoute() {
    const { programId } = editProgramRoute.useParams();
    return <EditProgramPage key={programId} programId={programId} />;
  },
});

const isRole = (v: string): v is ProgramRole => (PROGRAM_ROLES as readonly string[]).includes(v);

export const applyRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/apply/$role',
  beforeLoad: ({ params }) => {
    if (!isRole(params.role)) throw notFound();
  },
  component: function ApplyRoute() {
    const { programId, role } = applyRoute.useParams();
    const { me } = applyRoute.useRouteContext();
    return isRole(role) ? <ApplyPage key={`${programId}-${role}`} programId={programId} role={role} me={me} /> : null;
  },
});

export const reviewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/review',
  validateSearch: reviewSearch,
  component: function ReviewRoute() {
    const { programId } = reviewRoute.useParams();
    const search = reviewRoute.useSearch();
    const navigate = reviewRoute.useNavigate();
    return (
      <ReviewPage
        key={programId}
        programId={programId}
        search={search}
        onSearch={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

export const applicationReviewRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/review/$applicationId',
  component: function ApplicationReviewRoute() {
    const { programId, applicationId } = applicationReviewRoute.useParams();
    return <ApplicationReviewPage key={applicationId} programId={programId} applicationId={applicationId} />;
  },
});

export const mentorRegisterRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/mentor-register',
  validateSearch: registerSearch,
  component: function MentorRegisterRoute() {
    const search = mentorRegisterRoute.useSearch();
    const navigate = mentorRegisterRoute.useNavigate();
    return <MentorRegisterPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
  },
});

/** Invitations of my organisation to take part in other organisations' programs (issue 9.4). */
export const participationRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/participation',
  component: function ParticipationRoute() {
    const { me } = participationRoute.useRouteContext();
    return <ParticipationPage me={me} />;
  },
});

export const costsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/costs',
  component: function CostsRoute() {
    const { programId } = costsRoute.useParams();
    return <CostsPage key={programId} programId={programId} />;
  },
});

/** /programs/$programId/networking: the cohort directory and the groups; the API narrows them to the viewer. */
export const networkingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/networking',
  component: function NetworkingRoute() {
    const { programId } = networkingRoute.useParams();
    return <NetworkingPage key={programId} programId={programId} />;
  },
});

export const programRoutes = [
  costsRoute,
  networkingRoute,
  participationRoute,
  programsRoute,
  newProgramRoute,
  programRoute,
  editProgramRoute,
  applyRoute,
  reviewRoute,
  applicationReviewRoute,
  mentorRegisterRoute,
] as const;
