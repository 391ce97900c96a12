import { and, asc, count, eq, inArray, isNotNull, isNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';
import type { Answers, CustomQuestion, SurveyAudience, SurveyKind } from '@lots/core';

const {
  surveys,
  surveyWaves,
  surveyInvitations,
  surveyResponses,
  surveyHealthAnswers,
  rematchRequests,
  hrFigures,
  programs,
  events,
  eventInvitations,
  programCoordinators,
  applications,
  sensitiveAnswers,
  pairs,
  agreements,
  meetings,
  people,
  units,
  organisations,
  user,
} = schema;

export type SurveyRow = typeof surveys.$inferSelect;
export type WaveRow = typeof surveyWaves.$inferSelect;
export type InvitationRow = typeof surveyInvitations.$inferSelect;

export async function insertSurvey(
  db: DbOrTx,
  values: {
    programId: string;
    kind: SurveyKind;
    instruments: string[];
    customQuestions: CustomQuestion[];
    audience: SurveyAudience;
    openDays: number;
    reminderDays: number[];
    opensOn: string | null;
  },
) {
  const [row] = await db.insert(surveys).values(values).returning();
  return row!;
}

export async function deleteSurvey(db: DbOrTx, programId: string, surveyId: string) {
  const rows = await db
    .delete(surveys)
    .where(and(eq(surveys.programId, programId), eq(surveys.id, surveyId)))
    .returning({ id: surveys.id });
  return rows.length > 0;
}

export async function surveysOf(db: DbOrTx, programId: string) {
  return db.select().from(surveys).where(eq(surveys.programId, programId)).orderBy(asc(surveys.createdAt));
}

/** Waves of a program's surveys with how many were invited and answered. */
export async function wavesOf(db: DbOrTx, programId: string) {
  return db
    .select({
      id: surveyWaves.id,
      surveyId: surveyWaves.surveyId,
      occasion: surveyWaves.occasion,
      opensOn: surveyWaves.opensOn,
      closesOn: sql<string | null>`to_char(max(${surveyInvitations.closesAt}) at time zone 'UTC', 'YYYY-MM-DD')`,
      invited: count(surveyInvitations.id),
      answered: sql<number>`count(*) filter (where ${surveyInvitations.answered})::int`,
    })
    .from(surveyWaves)
    .leftJoin(surveyInvitations, eq(surveyInvitations.waveId, surveyWaves.id))
    .where(eq(surveyWaves.programId, programId))
    .groupBy(surveyWaves.id)
    .orderBy(asc(surveyWaves.opensOn), asc(surveyWaves.occasion));
}

export async function findWave(db: DbOrTx, programId: string, waveId: string) {
  const [row] = await db
    .select({ wave: surveyWaves, survey: surveys })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(and(eq(surveyWaves.programId, programId), eq(surveyWaves.id, waveId)));
  return row;
}

/** Every program with surveys whose program is not archived or a draft: what the scheduler looks at. */
export async function scheduledPrograms(db: DbOrTx, programId?: string) {
  return db
    .selectDistinct({ program: programs })
    .from(programs)
    .innerJoin(surveys, eq(surveys.programId, programs.id))
    .where(and(notInArray(programs.status, ['draft', 'archived']), programId ? eq(programs.id, programId) : undefined));
}

export async function eventsOf(db: DbOrTx, programId: string) {
  return db.select({ id: events.id, startsAt: events.startsAt }).from(events).where(eq(events.programId, programId));
}

/** Creates the wave once; returns it either way. */
export async function ensureWave(db: DbOrTx, values: { surveyId: string; programId: string; occasion: string; opensOn: string }) {
  await db.insert(surveyWaves).values(values).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(surveyWaves)
    .where(and(eq(surveyWaves.surveyId, values.surveyId), eq(surveyWaves.occasion, values.occasion)));
  return row!;
}

/** The program's accepted participants (people with an active account), by role. */
export async function acceptedParticipants(db: DbOrTx, programId: string) {
  return db
    .select({ personId: applications.personId, role: applications.role, applicationId: applications.id })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .where(and(eq(applications.programId, programId), eq(applications.status, 'accepted'), eq(people.active, true)));
}

/** Both people of every active pair that has logged at least one meeting: who gets the fit check. */
export async function pairsWithAMeeting(db: DbOrTx, programId: string) {
  const adept = alias(applications, 'adept_application');
  const mentor = alias(applications, 'mentor_application');
  return db
    .select({ pairId: pairs.id, adeptPersonId: adept.personId, mentorPersonId: mentor.personId })
    .from(pairs)
    .innerJoin(adept, eq(adept.id, pairs.adeptApplicationId))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorApplicationId))
    .where(
      and(
        eq(pairs.programId, programId),
        eq(pairs.status, 'active'),
        sql`exists (select 1 from ${meetings} where ${meetings.pairId} = ${pairs.id})`,
      ),
    );
}

export async function invitedPeople(db: DbOrTx, waveId: string) {
  const rows = await db
    .select({ personId: surveyInvitations.personId })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.waveId, waveId));
  return new Set(rows.map((r) => r.personId));
}

export async function insertInvitation(
  db: DbOrTx,
  values: {
    id: string;
    waveId: string;
    personId: string;
    role: 'adept' | 'mentor';
    pairId: string | null;
    tokenHash: string;
    opensAt: Date;
    closesAt: Date;
  },
) {
  const [row] = await db.insert(surveyInvitations).values(values).onConflictDoNothing().returning();
  return row;
}

/** Invitations not yet sent, open now. */
export async function unsentInvitations(db: DbOrTx, programId: string, now: Date) {
  return (
    db
      .select({ invitation: surveyInvitations, kind: surveys.kind })
      .from(surveyInvitations)
      .innerJoin(surveyWaves, eq(surveyWaves.id, surveyInvitations.waveId))
      .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
      .where(
        and(
          eq(surveyWaves.programId, programId),
          isNull(surveyInvitations.sentAt),
          lt(surveyInvitations.opensAt, new Date(now.getTime() + 1)),
          sql`${surveyInvitations.closesAt} > ${now}`,
        ),
      )
      // Two processes (or the hourly run and a program's own) never send the same invitation twice.
      .for('update', { of: surveyInvitations, skipLocked: true })
  );
}

/** Invitations sent, still open, not answered, with reminders left. */
export async function remindable(db: DbOrTx, programId: string, now: Date) {
  return db
    .select({ invitation: surveyInvitations, kind: surveys.kind, reminderDays: surveys.reminderDays })
    .from(surveyInvitations)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyInvitations.waveId))
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(
      and(
        eq(surveyWaves.programId, programId),
        isNotNull(surveyInvitations.sentAt),
        eq(surveyInvitations.answered, false),
        sql`${surveyInvitations.closesAt} > ${now}`,
        sql`${surveyInvitations.remindersSent} < coalesce(array_length(${surveys.reminderDays}, 1), 0)`,
      ),
    )
    .for('update', { of: surveyInvitations, skipLocked: true });
}

export async function markSent(db: DbOrTx, invitationId: string, now: Date) {
  await db.update(surveyInvitations).set({ sentAt: now }).where(eq(surveyInvitations.id, invitationId));
}

/** Records the reminders sent; only if no other run has done so (compare-and-set). */
export async function markReminded(db: DbOrTx, invitationId: string, from: number, to: number) {
  const rows = await db
    .update(surveyInvitations)
    .set({ remindersSent: to })
    .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.remindersSent, from)))
    .returning({ id: surveyInvitations.id });
  return rows.length > 0;
}

/** An invitation with its wave, survey and program, by id or by token hash. */
export async function invitationBy(db: DbOrTx, where: { id: string } | { tokenHash: string }) {
  const [row] = await db
    .select({ invitation: surveyInvitations, wave: surveyWaves, survey: surveys, programName: programs.name, programRules: programs.rules })
    .from(surveyInvitations)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyInvitations.waveId))
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .innerJoin(programs, eq(programs.id, surveyWaves.programId))
    .where('id' in where ? eq(surveyInvitations.id, where.id) : eq(surveyInvitations.tokenHash, where.tokenHash));
  return row;
}

export async function openInvitationsOf(db: DbOrTx, personId: string, now: Date) {
  return db
    .select({ id: surveyInvitations.id, programName: programs.name, kind: surveys.kind, closesAt: surveyInvitations.closesAt })
    .from(surveyInvitations)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyInvitations.waveId))
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .innerJoin(programs, eq(programs.id, surveyWaves.programId))
    .where(
      and(
        eq(surveyInvitations.personId, personId),
        eq(surveyInvitations.answered, false),
        lt(surveyInvitations.opensAt, new Date(now.getTime() + 1)),
        sql`${surveyInvitations.closesAt} > ${now}`,
      ),
    )
    .orderBy(asc(surveyInvitations.closesAt))
    .limit(50);
}

/** Marks an invitation answered, once (compare-and-set): false when it already was. */
export async function markAnswered(db: DbOrTx, invitationId: string) {
  const rows = await db
    .update(surveyInvitations)
    .set({ answered: true })
    .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.answered, false)))
    .returning({ id: surveyInvitations.id });
  return rows.length > 0;
}

/** What a response records about its author's groups: organisation, unit depth, consented under-representation. */
export async function respondentGroups(db: DbOrTx, personId: string, programId: string, role: 'adept' | 'mentor') {
  const [person] = await db
    .select({ organisationId: people.organisationId, unitId: people.unitId })
    .from(people)
    .where(eq(people.id, personId));
  let unitLevel: number | null = null;
  if (person?.unitId) {
    const all = await db
      .select({ id: units.id, parentId: units.parentId })
      .from(units)
      .where(eq(units.organisationId, person.organisationId));
    const parent = new Map(all.map((u) => [u.id, u.parentId]));
    unitLevel = 0;
    for (let at: string | null | undefined = person.unitId; at && unitLevel < 50; at = parent.get(at)) unitLevel++;
  }
  const [sensitive] = await db
    .select({ underRepresented: sensitiveAnswers.underRepresented })
    .from(applications)
    .innerJoin(sensitiveAnswers, eq(sensitiveAnswers.applicationId, applications.id))
    .where(and(eq(applications.programId, programId), eq(applications.personId, personId), eq(applications.role, role)));
  return { organisationId: person?.organisationId ?? null, unitLevel, underRepresented: sensitive?.underRepresented ?? null };
}

export async function insertResponse(
  db: DbOrTx,
  values: {
    waveId: string;
    pseudonym: string;
    organisationId: string | null;
    role: 'adept' | 'mentor';
    unitLevel: number | null;
    underRepresented: boolean | null;
    answers: Answers;
  },
  health: Answers | null,
) {
  const [row] = await db.insert(surveyResponses).values(values).returning({ id: surveyResponses.id });
  if (health) await db.insert(surveyHealthAnswers).values({ responseId: row!.id, pseudonym: values.pseudonym, answers: health });
}

/** A wave's responses for aggregation (never returned by a route as such). */
export async function responsesOf(db: DbOrTx, waveIds: string[]) {
  if (!waveIds.length) return [];
  return db
    .select({
      waveId: surveyResponses.waveId,
      pseudonym: surveyResponses.pseudonym,
      organisationId: surveyResponses.organisationId,
      role: surveyResponses.role,
      unitLevel: surveyResponses.unitLevel,
      underRepresented: surveyResponses.underRepresented,
      answers: surveyResponses.answers,
      health: surveyHealthAnswers.answers,
    })
    .from(surveyResponses)
    .leftJoin(surveyHealthAnswers, eq(surveyHealthAnswers.responseId, surveyResponses.id))
    .where(inArray(surveyResponses.waveId, waveIds));
}

export async function deleteHealthAnswers(db: DbOrTx, pseudonyms: string[]) {
  if (!pseudonyms.length) return 0;
  const rows = await db
    .delete(surveyHealthAnswers)
    .where(inArray(surveyHealthAnswers.pseudonym, pseudonyms))
    .returning({ id: surveyHealthAnswers.responseId });
  return rows.length;
}

/** The programs someone has taken part in (for their pseudonyms). */
export async function programsOfPerson(db: DbOrTx, personId: string) {
  const rows = await db.selectDistinct({ programId: applications.programId }).from(applications).where(eq(applications.personId, personId));
  return rows.map((r) => r.programId);
}

export async function organisationNames(db: DbOrTx, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertRematchRequest(
  db: DbOrTx,
  values: { programId: string; pairId: string; personId: string; role: 'adept' | 'mentor'; message: string | null },
) {
  const rows = await db.insert(rematchRequests).values(values).onConflictDoNothing().returning({ id: rematchRequests.id });
  return rows.length > 0;
}

export async function rematchRequestsOf(db: DbOrTx, programId: string, page: { limit: number; offset: number }) {
  const handler = alias(people, 'handler');
  return (
    db
      .select({
        id: rematchRequests.id,
        personName: people.name,
        role: rematchRequests.role,
        message: rematchRequests.message,
        createdAt: rematchRequests.createdAt,
        handledAt: rematchRequests.handledAt,
        handledByName: handler.name,
      })
      .from(rematchRequests)
      .innerJoin(people, eq(people.id, rematchRequests.personId))
      .leftJoin(handler, eq(handler.id, rematchRequests.handledBy))
      .where(eq(rematchRequests.programId, programId))
      // Open ones first, then oldest first; the id makes the order total so pages never overlap.
      .orderBy(sql`${rematchRequests.handledAt} is not null`, asc(rematchRequests.createdAt), asc(rematchRequests.id))
      .limit(page.limit)
      .offset(page.offset)
  );
}

export async function coordinatorAddresses(db: DbOrTx, programId: string) {
  return db
    .select({ personId: people.id })
    .from(programCoordinators)
    .innerJoin(people, eq(people.id, programCoordinators.personId))
    .innerJoin(user, eq(user.id, people.userId))
    .where(eq(programCoordinators.programId, programId));
}

const n = (query: ReturnType<typeof sql>) => sql<number>`(${query})::int`;

/** The funnel's counts of people (distinct applications) per step. */
export async function funnelCounts(db: DbOrTx, programId: string) {
  const signed = sql`exists (select 1 from ${agreements} where ${agreements.pairId} = ${pairs.id} and ${agreements.adeptSignedAt} is not null and ${agreements.mentorSignedAt} is not null)`;
  const apps = (status: ReturnType<typeof sql>) =>
    n(sql`select count(*) from ${applications} where ${applications.programId} = ${programId} and ${status}`);
  const twice = (where: ReturnType<typeof sql>) =>
    n(sql`select count(*) * 2 from ${pairs} where ${pairs.programId} = ${programId} and ${where}`);
  const [row] = await db
    .select({
      applied: apps(sql`${applications.status} <> 'draft'`),
      eligible: apps(sql`${applications.status} not in ('draft', 'rejected', 'withdrawn')`),
      accepted: apps(sql`${applications.status} = 'accepted'`),
      matched: twice(sql`${pairs.status} in ('published', 'active', 'ended')`),
      agreementSigned: twice(signed),
      active: twice(sql`${pairs.status} = 'active'`),
      completed: twice(sql`${pairs.status} = 'ended' and ${pairs.endedBy} = 'program'`),
    })
    .from(programs)
    .where(eq(programs.id, programId));
  return row!;
}

/** Pairs by health: met within six weeks, quiet, ended early (counts of pairs). */
export async function pairHealthCounts(db: DbOrTx, programId: string, now: Date) {
  const since = new Date(now.getTime() - 42 * 24 * 3600 * 1000);
  const recent = sql`exists (select 1 from ${meetings} where ${meetings.pairId} = ${pairs.id} and ${meetings.heldOn} >= ${since})`;
  const of = (where: ReturnType<typeof sql>) => n(sql`select count(*) from ${pairs} where ${pairs.programId} = ${programId} and ${where}`);
  const [row] = await db
    .select({
      meetingWithin6Weeks: of(sql`${pairs.status} = 'active' and ${recent}`),
      quiet: of(sql`${pairs.status} = 'active' and not ${recent}`),
      ended: of(sql`${pairs.status} = 'ended' and ${pairs.endedBy} <> 'program'`),
    })
    .from(programs)
    .where(eq(programs.id, programId));
  return row!;
}

export async function programsOfOrganisation(db: DbOrTx, organisationId: string) {
  return db
    .select({ id: programs.id, name: programs.name, type: programs.type, rules: programs.rules })
    .from(programs)
    .where(and(eq(programs.ownerOrganisationId, organisationId), ne(programs.status, 'draft')))
    .orderBy(asc(programs.name))
    .limit(100);
}

export async function saveHrFigure(
  db: DbOrTx,
  values: { organisationId: string; period: string; group: string; headcount: number; leavers: number; promotions: number },
) {
  await db
    .insert(hrFigures)
    .values(values)
    .onConflictDoUpdate({
      target: [hrFigures.organisationId, hrFigures.period, hrFigures.group],
      set: { headcount: values.headcount, leavers: values.leavers, promotions: values.promotions, updatedAt: new Date() },
    });
}

/** Removes an organisation's HR figures of one period (every group); the number of rows removed. */
export async function deleteHrPeriod(db: DbOrTx, organisationId: string, period: string) {
  const removed = await db
    .delete(hrFigures)
    .where(and(eq(hrFigures.organisationId, organisationId), eq(hrFigures.period, period)))
    .returning({ group: hrFigures.group });
  return removed.length;
}

/**
 * Attendance at a program's past events (not cancelled; parallel sessions count on their own), newest
 * first, at most `limit`: how many attended and how many were absent, of those whose attendance was recorded.
 */
export async function attendanceCounts(db: DbOrTx, programId: string, now: Date, limit = 50) {
  const counted = (value: 'attended' | 'absent') =>
    n(
      sql`select count(*) from ${eventInvitations} where ${eventInvitations.eventId} = ${events.id} and ${eventInvitations.attendance} = ${value}`,
    );
  return db
    .select({
      id: events.id,
      title: events.title,
      translations: events.translations,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      attended: counted('attended'),
      absent: counted('absent'),
    })
    .from(events)
    .where(and(eq(events.programId, programId), isNull(events.cancelledAt), lt(events.endsAt, now)))
    .orderBy(sql`${events.startsAt} desc`, asc(events.id))
    .limit(limit);
}

export async function hrFiguresOf(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(hrFigures)
    .where(eq(hrFigures.organisationId, organisationId))
    .orderBy(asc(hrFigures.period), asc(hrFigures.group))
    .limit(200);
}

export async function findSurvey(db: DbOrTx, programId: string, surveyId: string) {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.programId, programId), eq(surveys.id, surveyId)))
    .for('update');
  return row;
}

/** How many answered any wave of a survey. */
export async function answersToSurvey(db: DbOrTx, surveyId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .innerJoin(surveyWaves, eq(surveyWaves.id, surveyResponses.waveId))
    .where(eq(surveyWaves.surveyId, surveyId));
  return row?.n ?? 0;
}

export async function setCustomQuestions(db: DbOrTx, surveyId: string, customQuestions: CustomQuestion[]) {
  await db.update(surveys).set({ customQuestions }).where(eq(surveys.id, surveyId));
}

/** Ends a survey: no new waves; its unanswered invitations close now (their links then say "closed"). */
export async function endSurvey(db: DbOrTx, surveyId: string, now: Date) {
  await db.update(surveys).set({ endedAt: now }).where(eq(surveys.id, surveyId));
  await db
    .update(surveyInvitations)
    .set({ closesAt: now })
    .where(
      and(
        eq(surveyInvitations.answered, false),
        sql`${surveyInvitations.closesAt} > ${now}`,
        inArray(surveyInvitations.waveId, db.select({ id: surveyWaves.id }).from(surveyWaves).where(eq(surveyWaves.surveyId, surveyId))),
      ),
    );
}

export async function rematchCounts(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ total: count(), open: sql<number>`count(*) filter (where ${rematchRequests.handledAt} is null)::int` })
    .from(rematchRequests)
    .where(eq(rematchRequests.programId, programId));
  return { total: row?.total ?? 0, open: Number(row?.open ?? 0) };
}

/** Marks a request handled (by whom, now) or open again; false when it is not the program's. */
export async function setRematchHandled(db: DbOrTx, programId: string, requestId: string, handledBy: string | null, now: Date | null) {
  const rows = await db
    .update(rematchRequests)
    .set({ handledAt: now, handledBy })
    .where(and(eq(rematchRequests.programId, programId), eq(rematchRequests.id, requestId)))
    .returning({ id: rematchRequests.id, pairId: rematchRequests.pairId });
  return rows[0];
}
