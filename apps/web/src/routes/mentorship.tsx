import { createRoute } from '@tanstack/react-router';
import { MentorshipPage } from '../features/mentorship';
import { MentorshipsPage } from '../features/mentorship';
import { PairHealthPage } from '../features/mentorship';
import { authedRoute } from './app';

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
  component: function PairHealthRoute() {
    const { programId } = pairHealthRoute.useParams();
    return <PairHealthPage key={programId} programId={programId} />;
  },
});

/** Routes of the mentorship pages (children of the signed-in layout). */
export const mentorshipRoutes = [mentorshipsRoute, mentorshipRoute, pairHealthRoute] as const;
