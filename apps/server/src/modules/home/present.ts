import {
  applicationNextStep,
  type CoordinatorProgram,
  type HomeApplication,
  type HomePair,
  type Locale,
  type PairTaskFacts,
} from '@lots/core';
import type { homeApplicationsOf } from '../applications';
import type { nextEventsOf } from '../events';
import type { homePairsOf } from '../mentorship';
import type { coordinatedPrograms } from './repository';

type ProgramRow = Awaited<ReturnType<typeof coordinatedPrograms>>[number];
type EventRow = Awaited<ReturnType<typeof nextEventsOf>>[number];
type ApplicationRow = Awaited<ReturnType<typeof homeApplicationsOf>>[number];
type PairRow = Awaited<ReturnType<typeof homePairsOf>>[number];

const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();

/** A coordinated program's counts: numbers only, no person, no pair, no content. */
export function presentCoordinatorProgram(
  p: ProgramRow,
  reviews: { waiting: number; confirmationsPending: number } | undefined,
  pairCounts: { unsigned: number; quiet: number } | undefined,
  events: EventRow[],
): CoordinatorProgram {
  return {
    programId: p.id,
    programName: p.name,
    programLanguages: p.languages,
    programStatus: p.status,
    applicationsWaiting: reviews?.waiting ?? 0,
    confirmationsPending: reviews?.confirmationsPending ?? 0,
    pairsUnsigned: pairCounts?.unsigned ?? 0,
    pairsQuiet: pairCounts?.quiet ?? 0,
    nextEvents: events.map((e) => ({
      id: e.id,
      title: e.title,
      translations: e.translations,
      startsAt: iso(e.startsAt),
      endsAt: iso(e.endsAt),
      timeZone: e.timeZone,
    })),
  };
}

export function presentApplication(a: ApplicationRow): HomeApplication {
  return {
    applicationId: a.id,
    programId: a.programId,
    programName: a.programName,
    programLanguages: a.programLanguages,
    role: a.role,
    status: a.status,
    next: applicationNextStep({
      status: a.status,
      programStatus: a.programStatus,
      confirmationPending: Boolean(a.confirmationPending),
      hasPair: Boolean(a.hasPair),
    }),
  };
}

const myResponseOf = (p: PairRow) => (p.myRole === 'mentor' ? p.mentorResponse : p.adeptResponse);

/** One of my pairs: the other party's name, title and organisation, the answers — never a score. */
export function presentPair(p: PairRow): HomePair {
  return {
    pairId: p.pairId,
    programId: p.programId,
    programName: p.programName,
    programLanguages: p.programLanguages,
    status: p.status === 'active' ? 'active' : 'published',
    myRole: p.myRole,
    myResponse: myResponseOf(p),
    partner: { name: p.partnerName, title: p.partnerTitle, organisationName: p.partnerOrganisation },
    nextMeetingAt: p.nextMeetingAt ? iso(p.nextMeetingAt) : null,
  };
}

/** The facts of a pair that decide what is expected of me (`expectedOfParticipant` in core). */
export function pairFacts(p: PairRow): PairTaskFacts {
  const mine = p.myRole === 'mentor' ? p.mentorSignedAt : p.adeptSignedAt;
  return {
    pairId: p.pairId,
    status: p.status === 'active' ? 'active' : 'published',
    myResponse: myResponseOf(p),
    partnerName: p.partnerName,
    agreement:
      p.agreementVersion === null
        ? 'none'
        : { signedByMe: mine !== null, signedByBoth: p.adeptSignedAt !== null && p.mentorSignedAt !== null },
    meetings: p.meetings,
    nextMeetingAt: p.nextMeetingAt,
  };
}

/** An event's title in the reader's language where the coordinator gave one. */
export function eventTitle(e: { title: string; translations: Partial<Record<Locale, { title?: string | null }>> }, locale: Locale) {
  return e.translations[locale]?.title || e.title;
}
