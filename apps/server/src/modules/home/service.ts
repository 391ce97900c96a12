import { expectedOfParticipant, type Home } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { homeApplicationsOf, reviewTaskCounts } from '../applications';
import { openSurveysOf } from '../evaluation';
import { nextEventsOf, unansweredInvitationsOf } from '../events';
import { homePairsOf, pairTaskCounts } from '../mentorship';
import { presentApplication, presentCoordinatorProgram, presentPair, pairFacts, eventTitle } from './present';
import * as repo from './repository';

/** How many coming events a coordinated program shows; how many unanswered invitations become tasks. */
const NEXT_EVENTS = 3;
const EVENT_TASKS = 5;

/**
 * The signed-in person's home (decision 0170): per coordinated program the counts of what needs
 * doing (a fixed handful of aggregate statements over all their programs, never a list of people),
 * and as an adept or mentor their applications, pairs, next meeting and what is expected now.
 */
export async function getHome(ctx: AppContext, actor: Actor, now = new Date()): Promise<Home> {
  const personId = actor.person?.id;
  if (!personId) return { coordinator: [], participant: { applications: [], pairs: [], nextMeeting: null, tasks: [] } };
  const programs = await repo.coordinatedPrograms(ctx.db, personId);
  const ids = programs.map((p) => p.id);
  const [reviews, pairCounts, events, applications, pairs, surveys, invitations] = await Promise.all([
    reviewTaskCounts(ctx.db, ids),
    pairTaskCounts(ctx.db, ids, now),
    nextEventsOf(ctx.db, ids, now, NEXT_EVENTS),
    homeApplicationsOf(ctx.db, personId),
    homePairsOf(ctx.db, personId),
    openSurveysOf(ctx.db, personId, now),
    unansweredInvitationsOf(ctx.db, personId, now, EVENT_TASKS),
  ]);
  const coordinator = programs.map((p) =>
    presentCoordinatorProgram(
      p,
      reviews.find((r) => r.programId === p.id),
      pairCounts.find((c) => c.programId === p.id),
      events.filter((e) => e.programId === p.id),
    ),
  );
  const upcoming = pairs
    .filter((p) => p.status === 'active' && p.nextMeetingAt && p.nextMeetingAt > now)
    .sort((a, b) => a.nextMeetingAt!.getTime() - b.nextMeetingAt!.getTime())[0];
  return {
    coordinator,
    participant: {
      applications: applications.map(presentApplication),
      pairs: pairs.map(presentPair),
      nextMeeting: upcoming
        ? { pairId: upcoming.pairId, at: upcoming.nextMeetingAt!.toISOString(), partnerName: upcoming.partnerName }
        : null,
      tasks: expectedOfParticipant(
        pairs.map(pairFacts),
        surveys.length,
        invitations.map((i) => ({ programId: i.programId, title: eventTitle(i, actor.locale) })),
      ),
    },
  };
}
