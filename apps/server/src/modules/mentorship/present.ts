import type { DbOrTx } from '@lots/db';
import type { Agreement, Locale, Mentorship } from '@lots/core';
import type { PairAccess } from './policy';
import { programClauses, questionBank } from './clauses';
import * as repo from './repository';

export const latestAgreement = repo.latestAgreement;

export function presentAgreement(row: repo.AgreementRow): Agreement {
  return {
    id: row.id,
    version: row.version,
    cadenceWeeksMin: row.cadenceWeeksMin,
    cadenceWeeksMax: row.cadenceWeeksMax,
    meetingMinutes: row.meetingMinutes,
    mode: row.mode,
    place: row.place,
    goals: row.goals,
    clauses: row.clauses,
    adeptSignedAt: row.adeptSignedAt?.toISOString() ?? null,
    mentorSignedAt: row.mentorSignedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function partiesOf(db: DbOrTx, personIds: string[]) {
  const rows = await repo.partiesOf(db, personIds);
  return new Map(rows.map((r) => [r.personId, r]));
}

/** Everything the pair's space shows — to the pair only; private notes come separately, per author. */
export async function presentMentorship(db: DbOrTx, access: PairAccess, locale: Locale): Promise<Mentorship> {
  const { pair } = access;
  const roleOf = (personId: string | null) =>
    personId === access.adeptPersonId ? 'adept' : personId === access.mentorPersonId ? 'mentor' : null;
  const [program, parties, agreement, meetings, agenda, checkins, clauses, suggestions] = await Promise.all([
    repo.programOf(db, pair.programId),
    partiesOf(db, [access.adeptPersonId, access.mentorPersonId]),
    latestAgreement(db, pair.id),
    repo.meetingsOf(db, pair.id),
    repo.agendaOf(db, pair.id),
    repo.checkinsOf(db, pair.id),
    programClauses(db, pair.programId),
    questionBank(db, pair.programId, locale),
  ]);
  const mine = access.role === 'adept' ? pair.adeptContinuation : pair.mentorContinuation;
  const other = access.role === 'adept' ? pair.mentorContinuation : pair.adeptContinuation;
  return {
    pairId: pair.id,
    programId: pair.programId,
    programName: program?.name ?? '',
    programLanguages: program?.languages ?? [],
    programEndsOn: program?.endsOn ?? null,
    programClosed: program?.status === 'closed' || program?.status === 'archived',
    status: pair.status,
    myRole: access.role,
    adept: parties.get(access.adeptPersonId)!,
    mentor: parties.get(access.mentorPersonId)!,
    startedAt: pair.startedAt?.toISOString() ?? null,
    endedAt: pair.endedAt?.toISOString() ?? null,
    endedBy: pair.endedBy,
    endReason: pair.endReason,
    nextMeetingAt: pair.nextMeetingAt?.toISOString() ?? null,
    agreement: agreement ? presentAgreement(agreement) : null,
    defaultClauses: clauses,
    meetings: meetings.map((m) => ({
      id: m.id,
      heldOn: m.heldOn.toISOString(),
      durationMinutes: m.durationMinutes,
      mode: m.mode,
      loggedBy: roleOf(m.createdBy),
    })),
    agenda: agenda.map((a) => ({
      id: a.id,
      text: a.text,
      author: roleOf(a.authorId),
      done: a.done !== null,
      createdAt: a.createdAt.toISOString(),
    })),
    suggestions,
    checkins: checkins.map((c) => ({
      id: c.id,
      goalId: c.goalId,
      progress: c.progress,
      comment: c.comment,
      author: roleOf(c.authorId),
      createdAt: c.createdAt.toISOString(),
    })),
    myContinuation: mine,
    otherContinuation: other,
  };
}

export async function myNotes(db: DbOrTx, pairId: string, authorId: string) {
  const rows = await repo.notesOf(db, pairId, authorId);
  return rows.map((n) => ({ id: n.id, text: n.text, createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString() }));
}
