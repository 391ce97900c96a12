import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withTexts } from '../i18n';
import { authedRoute } from './app';
import { healthSearch } from './search';

/** One loader per feature's pages: one dynamic import, with its list of chunks, for all its routes, and its texts (decision 0188). */
const mentorshipPages = withTexts('mentorship/pages', () => import('../features/mentorship/pages'));

/** Each page is its own chunk, loaded when its route is first shown (issue 15, decision 0160). */
const MentorshipPage = lazyRouteComponent(mentorshipPages, 'MentorshipPage');
const MentorshipsPage = lazyRouteComponent(mentorshipPages, 'MentorshipsPage');
const PairHealthPage = lazyRouteComponent(mentorshipPages, 'PairHealthPage');

/** /mentorships: my mentorships (adepts and mentors). */
export const mentorshipsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/mentorships',
  component: MentorshipsPage,
});

/** /mentorships/$pairId: the pair's own space; the API answers 404 to anyone but the two. */
export const mentorshipRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/mentorships/$pairId',
  component: function MentorshipRoute() {
    const { pairId } = mentorshipRoute.useParams();
    return <MentorshipPage key={pairId} pairId={pairId} />;
  },
});

/** /programs/$programId/pairs: the coordinator's health view (never content) and the agreement clauses. */
export const pairHealthRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/programs/$programId/pairs',
  validateSearch: healthSearch,
  component: function PairHealthRoute() {
    const { programId } = pairHealthRoute.useParams();
    const search = pairHealthRoute.useSearch();
    const navigate = pairHealthRoute.useNavigate();
    return (
      <PairHealthPage
        key={programId}
        programId={programId}
        search={search}
        onSearch={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

/** Routes of the mentorship pages (children of the signed-in layout). */
export const mentorshipRoutes = [mentorshipsRoute, mentorshipRoute, pairHealthRoute] as const;
