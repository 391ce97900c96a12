import { and, asc, count, eq, inArray, isNull, isNotNull, lte, gt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { schema, type DbOrTx, type ReadDb } from '@lots/db';
import type { EventAudience, Locale, RsvpResponse } from '@lots/core';
import { anyOf, unnest, values } from '../../platform/batch';

const {
  events,
  eventInvitations,
  eventReminders,
  applications,
  programCoordinators,
  people,
  programs,
  organisations,
  programGroupMembers,
  eventAttachments,
} = schema;

type Reader = DbOrTx | ReadDb;

export type EventRow = typeof events.$inferSelect;
export type EventValues = typeof events.$inferInsert;
export type InvitationRow = typeof eventInvitations.$inferSelect;

/**
 * Whether an event's audience includes a person, as SQL on `events` (the one rule, used for lists,
 * single events and the personal feed): invited, or in the role, organisation or coordinators the
 * audience names.
 */
export function audienceIncludes(personId: string | SQL | AnyColumn): SQL {
  const accepted = (role: 'mentor' | 'adept' | null) =>
    sql`exists (select 1 from ${applications} a where a.program_id = ${events.programId} and a.person_id = ${personId}
      and a.status = 'accepted' ${role ? sql`and a.role = ${role}` : sql``})`;
  const coordinator = sql`exists (select 1 from ${programCoordinators} c where c.program_id = ${events.programId} and c.person_id = ${personId})`;
  return sql`(exists (select 1 from ${eventInvitations} i where i.event_id = ${events.id} and i.person_id = ${personId})
    or (${events.audience} = 'everyone' and (${accepted(null)} or ${coordinator}))
    or (${events.audience} = 'mentors' and ${accepted('mentor')})
    or (${events.audience} = 'adepts' and ${accepted('adept')})
    or (${events.audience} = 'coordinators' and ${coordinator})
    or (${events.audience} = 'organisation'
      and ${events.audienceOrganisationId} = (select p.organisation_id from ${people} p where p.id = ${personId})
      and (${accepted(null)} or ${coordinator}))
    or (${events.audience} = 'group' and exists (select 1 from ${programGroupMembers} g
      where g.group_id = ${events.audienceGroupId} and g.person_id = ${personId})))`;
}

/** The people an audience names today: accepted mentors and adepts of the program, and its coordinators; or a group's members and coach. */
export async function audiencePeople(
  db: Reader,
  programId: string,
  target: { audience: EventAudience; audienceOrganisationId: string | null; audienceGroupId: string | null },
): Promise<string[]> {
  const { audience, audienceOrganisationId: organisationId } = target;
  if (audience === 'group') {
    if (!target.audienceGroupId) return [];
    const rows = await db
      .select({ personId: programGroupMembers.personId })
      .from(programGroupMembers)
      .innerJoin(people, eq(people.id, programGroupMembers.personId))
      .where(and(eq(programGroupMembers.groupId, target.audienceGroupId), eq(people.active, true)));
    return rows.map((r) => r.personId);
  }
  const roles =
    audience === 'mentors' ? ['mentor'] : audience === 'adepts' ? ['adept'] : audience === 'coordinators' ? [] : ['mentor', 'adept'];
  const ids = new Set<string>();
  if (roles.length) {
    const rows = await db
      .select({ personId: applications.personId, organisationId: people.organisationId })
      .from(applications)
      .innerJoin(people, eq(people.id, applications.personId))
      .where(
        and(
          eq(applications.programId, programId),
          eq(applications.status, 'accepted'),
          inArray(applications.role, roles as ('mentor' | 'adept')[]),
          eq(people.active, true),
        ),
      );
    for (const row of rows) if (audience !== 'organisation' || row.organisationId === organisationId) ids.add(row.personId);
  }
  if (audience === 'everyone' || audience === 'coordinators' || audience === 'organisation') {
    const rows = await db
      .select({ personId: programCoordinators.personId, organisationId: people.organisationId })
      .from(programCoordinators)
      .innerJoin(people, eq(people.id, programCoordinators.personId))
      .where(and(eq(programCoordinators.programId, programId), eq(people.active, true)));
    for (const row of rows) if (audience !== 'organisation' || row.organisationId === organisationId) ids.add(row.personId);
  }
  return [...ids];
}

/**
 * The program's coming events (and sessions) each of these people is in the audience of but was never
 * invited to — what someone admitted after the invitations went out is to be invited to — in one
 * statement for all of them; in time order.
 */
export async function uninvitedComingEvents(
  db: Reader,
  programId: string,
  personIds: string[],
  now: Date,
): Promise<{ personId: string; event: EventRow }[]> {
  if (!personIds.length) return [];
  return db
    .select({ personId: people.id, event: events })
    .from(events)
    .innerJoin(people, anyOf(people.id, personIds))
    .where(
      and(
        eq(events.programId, programId),
        isNull(events.cancelledAt),
        gt(events.endsAt, now),
        audienceIncludes(people.id),
        sql`not exists (select 1 from ${eventInvitations} i where i.event_id = ${events.id} and i.person_id = ${people.id})`,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id));
}

export async function findEvent(db: Reader, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId));
  return row;
}

/** Locks the event's row for a change that depends on its places (capacity, waiting list). */
export async function lockEvent(db: DbOrTx, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId)).for('update');
  return row;
}

export async function isVisibleTo(db: Reader, eventId: string, personId: string): Promise<boolean> {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), audienceIncludes(personId)));
  return rows.length > 0;
}

/** One page of a program's events (not sessions), in time order, for a viewer (null: every event). */
export async function listEvents(
  db: Reader,
  programId: string,
  viewerPersonId: string | null,
  page: { limit: number; offset: number; upcomingAfter: Date | null },
): Promise<{ rows: EventRow[]; total: number }> {
  const where = and(
    eq(events.programId, programId),
    isNull(events.parentId),
    viewerPersonId ? audienceIncludes(viewerPersonId) : undefined,
    page.upcomingAfter ? gt(events.endsAt, page.upcomingAfter) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(events).where(where).orderBy(asc(events.startsAt), asc(events.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The sessions of some events, for a viewer (null: every session). */
export async function sessionsOf(db: Reader, parentIds: string[], viewerPersonId: string | null): Promise<EventRow[]> {
  if (!parentIds.length) return [];
  return db
    .select()
    .from(events)
    .where(and(inArray(events.parentId, parentIds), viewerPersonId ? audienceIncludes(viewerPersonId) : undefined))
    .orderBy(asc(events.startsAt), asc(events.title));
}

export async function programEvents(db: Reader, programId: string): Promise<EventRow[]> {
  return db.select().from(events).where(eq(events.programId, programId)).orderBy(asc(events.startsAt));
}

export async function insertEvent(db: DbOrTx, values: EventValues): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return row!;
}

export async function updateEvent(db: DbOrTx, eventId: string, values: Partial<EventValues>): Promise<EventRow> {
  const [row] = await db
    .update(events)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(events.id, eventId))
    .returning();
  return row!;
}

/** Invites people (again): those already invited keep their answer. */
export async function invite(db: DbOrTx, eventId: string, personIds: string[]): Promise<void> {
  if (!personIds.length) return;
  await db
    .insert(eventInvitations)
    .values(personIds.map((personId) => ({ eventId, personId })))
    .onConflictDoNothing();
}

/**
 * Invites each person to their event in one statement (those already invited keep their answer); returns the
 * invitations this statement made — not those that already existed, nor those another transaction made meanwhile.
 */
export async function inviteEach(
  db: DbOrTx,
  invitations: { eventId: string; personId: string }[],
): Promise<{ eventId: string; personId: string }[]> {
  if (!invitations.length) return [];
  const v = unnest(
    { event_id: 'uuid', person_id: 'uuid' },
    invitations.map((i) => ({ event_id: i.eventId, person_id: i.personId })),
  );
  const result = (await db.execute(
    sql`insert into ${eventInvitations} (event_id, person_id) select v.event_id, v.person_id from ${v}
      on conflict do nothing returning event_id, person_id`,
  )) as unknown as { rows: { event_id: string; person_id: string }[] };
  return result.rows.map((r) => ({ eventId: r.event_id, personId: r.person_id }));
}

/** These invitations (event and person), in one statement; those that do not exist are left out. */
export async function invitationsOf(db: Reader, keys: { eventId: string; personId: string }[]): Promise<InvitationRow[]> {
  if (!keys.length) return [];
  const v = unnest(
    { event_id: 'uuid', person_id: 'uuid' },
    keys.map((k) => ({ event_id: k.eventId, person_id: k.personId })),
  );
  return db
    .select()
    .from(eventInvitations)
    .where(sql`(${eventInvitations.eventId}, ${eventInvitations.personId}) in (select v.event_id, v.person_id from ${v})`);
}

export async function invitationOf(db: Reader, eventId: string, personId: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventInvitations)
    .where(and(eq(eventInvitations.eventId, eventId), eq(eventInvitations.personId, personId)));
  return row;
}

export async function invitationsOfViewer(db: Reader, eventIds: string[], personId: string): Promise<InvitationRow[]> {
  if (!eventIds.length) return [];
  return db
    .select()
    .from(eventInvitations)
    .where(and(inArray(eventInvitations.eventId, eventIds), eq(eventInvitations.personId, personId)));
}

export async function invitationByToken(db: Reader, tokenHash: string) {
  const [row] = await db
    .select({ invitation: eventInvitations, event: events, programName: programs.name })
    .from(eventInvitations)
    .innerJoin(events, eq(events.id, eventInvitations.eventId))
    .innerJoin(programs, eq(programs.id, events.programId))
    .where(eq(eventInvitations.tokenHash, tokenHash));
  return row;
}

/** Everyone invited to an event, for mail (people who answered no are left out with `answeredOnly`). */
export async function invitees(db: Reader, eventId: string): Promise<InvitationRow[]> {
  return db.select().from(eventInvitations).where(eq(eventInvitations.eventId, eventId)).orderBy(asc(eventInvitations.createdAt));
}

/** Sets the answer links' hashes of many invitations in one statement. */
export async function setTokens(db: DbOrTx, tokens: { eventId: string; personId: string; tokenHash: string }[]): Promise<void> {
  if (!tokens.length) return;
  const v = unnest(
    { event_id: 'uuid', person_id: 'uuid', token_hash: 'text' },
    tokens.map((t) => ({ event_id: t.eventId, person_id: t.personId, token_hash: t.tokenHash })),
  );
  await db.execute(sql`update ${eventInvitations} i set token_hash = v.token_hash from ${v}
    where i.event_id = v.event_id and i.person_id = v.person_id`);
}

export async function setAnswer(
  db: DbOrTx,
  eventId: string,
  personId: string,
  values: { response: RsvpResponse; attendMode: 'physical' | 'digital' | null; waitlistedAt: Date | null; respondedAt: Date },
): Promise<void> {
  await db
    .insert(eventInvitations)
    .values({ eventId, personId, ...values })
    .onConflictDoUpdate({ target: [eventInvitations.eventId, eventInvitations.personId], set: values });
}

/** Places taken: those who said yes and are not on the waiting list. */
export async function confirmedCount(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(eventInvitations)
    .where(and(eq(eventInvitations.eventId, eventId), eq(eventInvitations.response, 'yes'), isNull(eventInvitations.waitlistedAt)));
  return row?.n ?? 0;
}

/** The first `n` on the waiting list, in the order they answered. */
export async function firstWaitlisted(db: DbOrTx, eventId: string, n: number): Promise<InvitationRow[]> {
  if (n <= 0) return [];
  return db
    .select()
    .from(eventInvitations)
    .where(and(eq(eventInvitations.eventId, eventId), eq(eventInvitations.response, 'yes'), isNotNull(eventInvitations.waitlistedAt)))
    .orderBy(asc(eventInvitations.waitlistedAt))
    .limit(n);
}

export async function promote(db: DbOrTx, eventId: string, personId: string): Promise<void> {
  await db
    .update(eventInvitations)
    .set({ waitlistedAt: null })
    .where(and(eq(eventInvitations.eventId, eventId), eq(eventInvitations.personId, personId)));
}

export interface EventCounts {
  invited: number;
  yes: number;
  no: number;
  maybe: number;
  pending: number;
  waitlisted: number;
  attended: number;
}

export async function countsOf(db: Reader, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>();
  if (!eventIds.length) return out;
  const rows = await db
    .select({
      eventId: eventInvitations.eventId,
      invited: count(),
      yes: sql<number>`count(*) filter (where ${eventInvitations.response} = 'yes' and ${eventInvitations.waitlistedAt} is null)`.mapWith(
        Number,
      ),
      no: sql<number>`count(*) filter (where ${eventInvitations.response} = 'no')`.mapWith(Number),
      maybe: sql<number>`count(*) filter (where ${eventInvitations.response} = 'maybe')`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${eventInvitations.response} = 'pending')`.mapWith(Number),
      waitlisted:
        sql<number>`count(*) filter (where ${eventInvitations.response} = 'yes' and ${eventInvitations.waitlistedAt} is not null)`.mapWith(
          Number,
        ),
      attended: sql<number>`count(*) filter (where ${eventInvitations.attendance} = 'attended')`.mapWith(Number),
    })
    .from(eventInvitations)
    .where(inArray(eventInvitations.eventId, eventIds))
    .groupBy(eventInvitations.eventId);
  for (const { eventId, ...counts } of rows) out.set(eventId, counts);
  return out;
}

/** One page of an event's invited people with their answers and attendance (coordinators only). */
export async function attendees(db: Reader, event: EventRow, page: { limit: number; offset: number }) {
  const where = eq(eventInvitations.eventId, event.id);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        invitation: eventInvitations,
        name: people.name,
        organisationName: organisations.name,
        mentor: sql<boolean>`exists (select 1 from ${applications} a where a.program_id = ${event.programId} and a.person_id = ${people.id} and a.status = 'accepted' and a.role = 'mentor')`,
        adept: sql<boolean>`exists (select 1 from ${applications} a where a.program_id = ${event.programId} and a.person_id = ${people.id} and a.status = 'accepted' and a.role = 'adept')`,
        coordinator: sql<boolean>`exists (select 1 from ${programCoordinators} c where c.program_id = ${event.programId} and c.person_id = ${people.id})`,
      })
      .from(eventInvitations)
      .innerJoin(people, eq(people.id, eventInvitations.personId))
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where)
      .orderBy(asc(people.name), asc(people.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(eventInvitations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function setAttendance(
  db: DbOrTx,
  eventId: string,
  personId: string,
  values: { attendance: 'attended' | 'absent'; absenceReason: string | null; checkedInAt?: Date },
): Promise<void> {
  await db
    .insert(eventInvitations)
    .values({ eventId, personId, ...values })
    .onConflictDoUpdate({ target: [eventInvitations.eventId, eventInvitations.personId], set: values });
}

/** Events whose first reminder is due at `now` (not cancelled, not started). */
export async function eventsWithDueReminders(db: Reader, now: Date): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(
      and(
        isNull(events.cancelledAt),
        gt(events.startsAt, now),
        lte(sql`${events.startsAt} - make_interval(days => (select coalesce(max(d), -1) from unnest(${events.reminderDays}) d))`, now),
      ),
    )
    .orderBy(asc(events.startsAt));
}

/**
 * Claims an event's due reminders in one statement: each of `yesOccasions` (`yes-7`, `yes-1`) for every invitee who
 * said yes and has a place, `unanswered` for every invitee who has not answered. Returns the claims this statement
 * made, in the order the people were invited — not those an earlier run or another process made (they were mailed there).
 */
export async function claimReminders(
  db: DbOrTx,
  eventId: string,
  yesOccasions: string[],
): Promise<{ personId: string; occasion: string }[]> {
  const result = (await db.execute(sql`insert into ${eventReminders} (event_id, person_id, occasion)
    select due.event_id, due.person_id, due.occasion from (
      select i.event_id, i.person_id, o.occasion, i.created_at from ${eventInvitations} i
        cross join unnest(${values(yesOccasions, 'text')}) as o(occasion)
        where i.event_id = ${eventId} and i.response = 'yes' and i.waitlisted_at is null
      union all
      select i.event_id, i.person_id, 'unanswered', i.created_at from ${eventInvitations} i
        where i.event_id = ${eventId} and i.response = 'pending'
    ) due order by due.created_at, due.person_id, due.occasion
    on conflict do nothing
    returning person_id, occasion`)) as unknown as { rows: { person_id: string; occasion: string }[] };
  return result.rows.map((r) => ({ personId: r.person_id, occasion: r.occasion }));
}

/** The program's coordinator or contact who appears as an invitation's organizer. */
export async function organizerOf(db: Reader, programId: string): Promise<{ name: string; email: string } | null> {
  const [program] = await db
    .select({ name: programs.contactName, email: programs.contactEmail, programName: programs.name })
    .from(programs)
    .where(eq(programs.id, programId));
  if (program?.email) return { name: program.name ?? program.programName, email: program.email };
  const [coordinator] = await db
    .select({ name: people.name, email: people.email })
    .from(programCoordinators)
    .innerJoin(people, eq(people.id, programCoordinators.personId))
    .where(eq(programCoordinators.programId, programId))
    .orderBy(asc(people.name))
    .limit(1);
  return coordinator ?? null;
}

export async function programName(db: Reader, programId: string): Promise<string> {
  const [row] = await db.select({ name: programs.name }).from(programs).where(eq(programs.id, programId));
  return row?.name ?? '';
}

/** The name and address of each of these people, in one statement. */
export async function peopleBasics(db: Reader, personIds: string[]) {
  if (!personIds.length) return [];
  return db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(anyOf(people.id, personIds));
}

/** Which of these events' audiences include a person. */
export async function visibleAmong(db: Reader, eventIds: string[], personId: string): Promise<Set<string>> {
  if (!eventIds.length) return new Set();
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(inArray(events.id, eventIds), audienceIncludes(personId)));
  return new Set(rows.map((r) => r.id));
}

/** The events of a series from one occurrence on (its own included). */
export async function seriesFrom(db: Reader, event: EventRow): Promise<EventRow[]> {
  if (!event.seriesId) return [event];
  return db
    .select()
    .from(events)
    .where(and(eq(events.seriesId, event.seriesId), sql`${events.seriesIndex} >= ${event.seriesIndex ?? 0}`))
    .orderBy(asc(events.seriesIndex));
}

export async function ownerOf(db: Reader, programId: string): Promise<string> {
  const [row] = await db.select({ owner: programs.ownerOrganisationId }).from(programs).where(eq(programs.id, programId));
  return row!.owner;
}

/** Records an attended training event in the mentor register (once per event and person). */
export async function recordTraining(db: DbOrTx, event: EventRow, personId: string, completedOn: string): Promise<void> {
  await db
    .insert(schema.mentorTrainings)
    .values({ personId, name: event.title, completedOn, eventId: event.id })
    .onConflictDoUpdate({
      target: [schema.mentorTrainings.eventId, schema.mentorTrainings.personId],
      set: { name: event.title, completedOn },
    });
}

export async function removeTraining(db: DbOrTx, eventId: string, personId: string): Promise<void> {
  await db
    .delete(schema.mentorTrainings)
    .where(and(eq(schema.mentorTrainings.eventId, eventId), eq(schema.mentorTrainings.personId, personId)));
}

/** A person's required events in a program (not cancelled, meant for them) and which they attended, by kind. */
export async function completionOf(db: Reader, programId: string, personId: string) {
  return db
    .select({
      kind: events.kind,
      required: count(),
      attended: sql<number>`count(*) filter (where exists (select 1 from ${eventInvitations} i where i.event_id = ${events.id}
        and i.person_id = ${personId} and i.attendance = 'attended'))`.mapWith(Number),
    })
    .from(events)
    .where(and(eq(events.programId, programId), eq(events.required, true), isNull(events.cancelledAt), audienceIncludes(personId)))
    .groupBy(events.kind)
    .orderBy(events.kind);
}

/** One page of the program's participants (accepted mentors and adepts), for the coordinators' attendance per person. */
export async function participantsPage(db: Reader, programId: string, page: { limit: number; offset: number }) {
  const where = and(eq(applications.programId, programId), eq(applications.status, 'accepted'));
  const [rows, [total]] = await Promise.all([
    db
      .select({ personId: people.id, name: people.name, role: applications.role, organisationName: organisations.name })
      .from(applications)
      .innerJoin(people, eq(people.id, applications.personId))
      .innerJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where)
      .orderBy(asc(people.name), asc(applications.role))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(applications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function setCheckInCode(db: DbOrTx, eventId: string, code: string): Promise<void> {
  await db.update(events).set({ checkInCode: code, updatedAt: new Date() }).where(eq(events.id, eventId));
}

export async function feedOf(db: Reader, personId: string) {
  const [row] = await db.select().from(schema.calendarFeeds).where(eq(schema.calendarFeeds.personId, personId));
  return row;
}

export async function setFeed(db: DbOrTx, personId: string, tokenHash: string): Promise<void> {
  await db
    .insert(schema.calendarFeeds)
    .values({ personId, tokenHash })
    .onConflictDoUpdate({ target: schema.calendarFeeds.personId, set: { tokenHash, createdAt: new Date() } });
}

export async function removeFeed(db: DbOrTx, personId: string): Promise<boolean> {
  const rows = await db
    .delete(schema.calendarFeeds)
    .where(eq(schema.calendarFeeds.personId, personId))
    .returning({ personId: schema.calendarFeeds.personId });
  return rows.length > 0;
}

/** The person a feed secret belongs to, with their language. */
export async function feedOwner(db: Reader, tokenHash: string) {
  const [row] = await db
    .select({ personId: schema.calendarFeeds.personId, locale: schema.user.locale, active: people.active })
    .from(schema.calendarFeeds)
    .innerJoin(people, eq(people.id, schema.calendarFeeds.personId))
    .leftJoin(schema.user, eq(schema.user.id, people.userId))
    .where(eq(schema.calendarFeeds.tokenHash, tokenHash));
  return row;
}

/** A person's events for their feed: meant for them, in programs that are announced, not answered no; a year back at most. */
export async function feedEvents(db: Reader, personId: string, since: Date): Promise<EventRow[]> {
  const rows = await db
    .select({ event: events })
    .from(events)
    .innerJoin(programs, eq(programs.id, events.programId))
    .where(
      and(
        audienceIncludes(personId),
        sql`${programs.status} not in ('draft', 'archived')`,
        gt(events.endsAt, since),
        sql`not exists (select 1 from ${eventInvitations} i where i.event_id = ${events.id} and i.person_id = ${personId} and i.response = 'no')`,
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(500);
  return rows.map((r) => r.event);
}

/** The next meeting of each active pair the person is in, with the other party's name. */
export async function pairMeetingsOf(db: Reader, personId: string) {
  const adept = schema.applications;
  return db
    .select({
      pairId: schema.pairs.id,
      nextMeetingAt: schema.pairs.nextMeetingAt,
      adeptPersonId: sql<string>`(select a.person_id from ${adept} a where a.id = ${schema.pairs.adeptApplicationId})`,
      mentorPersonId: sql<string>`(select a.person_id from ${adept} a where a.id = ${schema.pairs.mentorApplicationId})`,
      adeptName: sql<string>`(select p.name from ${adept} a join ${people} p on p.id = a.person_id where a.id = ${schema.pairs.adeptApplicationId})`,
      mentorName: sql<string>`(select p.name from ${adept} a join ${people} p on p.id = a.person_id where a.id = ${schema.pairs.mentorApplicationId})`,
    })
    .from(schema.pairs)
    .where(
      and(
        eq(schema.pairs.status, 'active'),
        isNotNull(schema.pairs.nextMeetingAt),
        sql`exists (select 1 from ${adept} a where a.person_id = ${personId}
          and a.id in (${schema.pairs.adeptApplicationId}, ${schema.pairs.mentorApplicationId}))`,
      ),
    );
}

/** Start and end dates of the programs a person takes part in (accepted) or coordinates. */
export async function programDatesOf(db: Reader, personId: string) {
  return db
    .select({ id: programs.id, name: programs.name, startsOn: programs.startsOn, endsOn: programs.endsOn })
    .from(programs)
    .where(
      and(
        sql`${programs.status} not in ('draft', 'archived')`,
        sql`(exists (select 1 from ${applications} a where a.program_id = ${programs.id} and a.person_id = ${personId} and a.status = 'accepted')
          or exists (select 1 from ${programCoordinators} c where c.program_id = ${programs.id} and c.person_id = ${personId}))`,
      ),
    );
}

/** Minutes per participant of the program: logged pair meetings and attended events (for time spent). */
export async function minutesPerParticipant(db: Reader, programId: string, personId: string | null) {
  return db
    .select({
      personId: applications.personId,
      pairMinutes: sql<number>`coalesce((select sum(m.duration_minutes) from ${schema.meetings} m join ${schema.pairs} p on p.id = m.pair_id
        where p.program_id = ${programId} and (p.adept_application_id = "applications"."id" or p.mentor_application_id = "applications"."id")), 0)`.mapWith(
        Number,
      ),
      eventMinutes: sql<number>`coalesce((select round(sum(extract(epoch from (e.ends_at - e.starts_at)) / 60)) from ${events} e
        join ${eventInvitations} i on i.event_id = e.id
        where e.program_id = ${programId} and i.person_id = "applications"."person_id" and i.attendance = 'attended'), 0)`.mapWith(Number),
    })
    .from(applications)
    .where(
      and(
        eq(applications.programId, programId),
        eq(applications.status, 'accepted'),
        personId ? eq(applications.personId, personId) : undefined,
      ),
    );
}

/** An event's attached file as listed: everything but its bytes (their size instead). */
const attachmentListed = {
  id: eventAttachments.id,
  eventId: eventAttachments.eventId,
  locale: eventAttachments.locale,
  name: eventAttachments.fileName,
  contentType: eventAttachments.fileType,
  /** Bytes of the file: base64 length × 3/4 less padding. */
  size: sql<number>`(length(${eventAttachments.fileData}) * 3 / 4 - (case when ${eventAttachments.fileData} like '%==' then 2 when ${eventAttachments.fileData} like '%=' then 1 else 0 end))::int`,
};
export interface AttachmentRow {
  id: string;
  eventId: string;
  locale: Locale | null;
  name: string;
  contentType: string;
  size: number;
}

/** The files of these events, oldest first (never their bytes). */
export async function attachmentsOf(db: Reader, eventIds: string[]): Promise<AttachmentRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select(attachmentListed)
    .from(eventAttachments)
    .where(inArray(eventAttachments.eventId, eventIds))
    .orderBy(asc(eventAttachments.createdAt), asc(eventAttachments.id));
}

export async function countAttachments(db: DbOrTx, eventId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(eventAttachments).where(eq(eventAttachments.eventId, eventId));
  return row?.n ?? 0;
}

export async function insertAttachment(db: DbOrTx, values: typeof eventAttachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(eventAttachments).values(values).returning(attachmentListed);
  return row!;
}

/** One file of an event, with its bytes (base64). */
export async function attachmentFile(db: Reader, eventId: string, attachmentId: string) {
  const [row] = await db
    .select({ name: eventAttachments.fileName, contentType: eventAttachments.fileType, data: eventAttachments.fileData })
    .from(eventAttachments)
    .where(and(eq(eventAttachments.eventId, eventId), eq(eventAttachments.id, attachmentId)));
  return row;
}

export async function deleteAttachment(db: DbOrTx, eventId: string, attachmentId: string): Promise<boolean> {
  const rows = await db
    .delete(eventAttachments)
    .where(and(eq(eventAttachments.eventId, eventId), eq(eventAttachments.id, attachmentId)))
    .returning({ id: eventAttachments.id });
  return rows.length > 0;
}

/** A group's meetings that have not started and are not cancelled. */
export async function comingGroupMeetings(db: DbOrTx, programId: string, groupId: string, now: Date) {
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.programId, programId), eq(events.audienceGroupId, groupId), isNull(events.cancelledAt), gt(events.startsAt, now)))
    .orderBy(asc(events.startsAt));
}

/**
 * The home page's next shared events (decision 0170), one statement for all the programs: per
 * program the next `perProgram` top-level events that are not cancelled and have not ended.
 */
export async function nextEventsOf(db: Reader, programIds: string[], now: Date, perProgram: number) {
  if (!programIds.length) return [];
  const ranked = db
    .select({
      id: events.id,
      programId: events.programId,
      title: events.title,
      translations: events.translations,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      rank: sql<number>`row_number() over (partition by ${events.programId} order by ${events.startsAt}, ${events.id})`.as('rank'),
    })
    .from(events)
    .where(and(inArray(events.programId, programIds), isNull(events.parentId), isNull(events.cancelledAt), gt(events.endsAt, now)))
    .as('ranked');
  return db.select().from(ranked).where(lte(ranked.rank, perProgram)).orderBy(ranked.startsAt, ranked.id);
}

/** Coming events (not cancelled, not started) a person is invited to and has not answered, soonest first. */
export async function unansweredInvitationsOf(db: Reader, personId: string, now: Date, limit: number) {
  return db
    .select({ eventId: events.id, programId: events.programId, title: events.title, translations: events.translations })
    .from(eventInvitations)
    .innerJoin(events, eq(events.id, eventInvitations.eventId))
    .innerJoin(programs, eq(programs.id, events.programId))
    .where(
      and(
        eq(eventInvitations.personId, personId),
        eq(eventInvitations.response, 'pending'),
        isNull(events.cancelledAt),
        gt(events.startsAt, now),
        inArray(programs.status, ['open', 'selection', 'matching', 'running']),
      ),
    )
    .orderBy(events.startsAt, events.id)
    .limit(limit);
}
