import { randomUUID } from 'node:crypto';
import {
  addDaysToWallTime,
  eventProblems,
  toWallTime,
  zonedTimeToInstant,
  type EventAnswerView,
  type EventInput,
  type EventList,
  type EventPatch,
  type Locale,
  type ProgramEventWithSessions,
  type RsvpInput,
} from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/authorize';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { hashToken } from '../../platform/tokens';
import { isGroupOf } from '../networking';
import { requireManage } from '../programs';
import { eventAbilities, type EventAccess } from './policy';
import { mailInvitee, mailInvitees, type InviteeMail } from './mails';
import { presentWithSessions, textsIn, type Viewing } from './present';
import * as repo from './repository';

type Reader = DbOrTx;

/** The event named by the route, checked against the program the route names (another program's event is not found). */
export async function eventIn(
  db: Reader,
  actor: Actor,
  ability: (typeof eventAbilities)[keyof typeof eventAbilities],
  programId: string,
  eventId: string,
) {
  const access = await authorize(db, actor, ability, eventId);
  if (access.event.programId !== programId) throw notFound('Event');
  return access;
}

async function viewingOf(db: Reader, actor: Actor, manage: boolean, rows: repo.EventRow[]): Promise<Viewing> {
  const ids = rows.map((r) => r.id);
  const personId = actor.person?.id ?? null;
  const [invitations, counts, visible, files] = await Promise.all([
    personId ? repo.invitationsOfViewer(db, ids, personId) : Promise.resolve([]),
    manage ? repo.countsOf(db, ids) : Promise.resolve(new Map()),
    personId ? repo.visibleAmong(db, ids, personId) : Promise.resolve(new Set<string>()),
    repo.attachmentsOf(db, ids),
  ]);
  const attachments = new Map<string, repo.AttachmentRow[]>();
  for (const file of files) attachments.set(file.eventId, [...(attachments.get(file.eventId) ?? []), file]);
  return {
    manage,
    invitations: new Map(invitations.map((i) => [i.eventId, i])),
    counts,
    attachments,
    inAudience: (event) => visible.has(event.id),
  };
}

/** One event with its sessions, as the viewer may see it. */
export async function presentOne(db: Reader, actor: Actor, access: EventAccess): Promise<ProgramEventWithSessions> {
  const top = access.event.parentId ? ((await repo.findEvent(db, access.event.parentId)) ?? access.event) : access.event;
  const sessions = await repo.sessionsOf(db, [top.id], access.manage ? null : (actor.person?.id ?? null));
  const viewing = await viewingOf(db, actor, access.manage, [top, ...sessions]);
  return presentWithSessions(top, sessions, viewing);
}

/** A page of the program's events: all of them for those who manage it, the ones meant for them for everyone else. */
export async function listEvents(
  db: Reader,
  actor: Actor,
  programId: string,
  manage: boolean,
  query: { limit: number; offset: number; when: 'upcoming' | 'all' },
): Promise<EventList> {
  const viewer = manage ? null : (actor.person?.id ?? '00000000-0000-0000-0000-000000000000');
  const { rows, total } = await repo.listEvents(db, programId, viewer, {
    limit: query.limit,
    offset: query.offset,
    upcomingAfter: query.when === 'upcoming' ? new Date() : null,
  });
  const sessions = await repo.sessionsOf(
    db,
    rows.map((r) => r.id),
    viewer,
  );
  const viewing = await viewingOf(db, actor, manage, [...rows, ...sessions]);
  return {
    items: rows.map((row) => presentWithSessions(row, sessions, viewing)),
    total,
    limit: query.limit,
    offset: query.offset,
    can: { manage },
  };
}

const instant = (value: string, timeZone: string) => zonedTimeToInstant(value, timeZone);

/** Invites the audience of each event and mails them: one mail per person (a series in one mail, with every date). */
async function inviteAndMail(m: Mutation, created: repo.EventRow[], organisationId: string) {
  const invitations: { personId: string; event: repo.EventRow }[] = [];
  for (const event of created) {
    const people = await repo.audiencePeople(m.tx, event.programId, event);
    await repo.invite(m.tx, event.id, people);
    for (const personId of people) invitations.push({ personId, event });
  }
  await mailInvitees(m, 'eventInvitation', byPersonAndSeries(invitations), organisationId);
}

/** Invitations as mails: one per person and event, a series' occurrences together in one; in the order given. */
function byPersonAndSeries(invitations: { personId: string; event: repo.EventRow }[]): InviteeMail[] {
  const mails = new Map<string, InviteeMail>();
  for (const { personId, event } of invitations) {
    // Sessions and the main event are separate entries; a series' occurrences share one mail.
    const key = `${personId}:${event.seriesId ?? event.id}`;
    const mail = mails.get(key) ?? { personId, occurrences: [] };
    mail.occurrences.push(event);
    mails.set(key, mail);
  }
  return [...mails.values()];
}

/**
 * People admitted after the invitations went out (late joiners: accepted later, or off the waiting
 * list; a coordinator or group member added later) are invited to the program's coming events their
 * audience includes, and get the same invitation mail as everyone else (a series' coming occurrences
 * in one mail). Nothing for past, cancelled or already invited events, so calling it twice mails
 * nothing twice — also from two transactions at once: only the invitations this one inserted are mailed. A few statements however many people (issue 15 goal 6): the missing invitations
 * are found and written in one statement each, the mails together. Returns how many mails.
 */
export async function inviteLateJoiners(m: Mutation, programId: string, personIds: string[]): Promise<number> {
  const missing = await repo.uninvitedComingEvents(m.tx, programId, personIds, new Date());
  if (!missing.length) return 0;
  // Only the invitations this transaction made are mailed: one another transaction (or process) made meanwhile was mailed there.
  const made = new Set(
    (
      await repo.inviteEach(
        m.tx,
        missing.map(({ personId, event }) => ({ eventId: event.id, personId })),
      )
    ).map((i) => `${i.eventId}:${i.personId}`),
  );
  const invited = missing.filter(({ personId, event }) => made.has(`${event.id}:${personId}`));
  if (!invited.length) return 0;
  // Each person's mails together, in the order the people were given.
  const order = new Map(personIds.map((id, i) => [id, i]));
  const mails = byPersonAndSeries(invited.sort((a, b) => order.get(a.personId)! - order.get(b.personId)!));
  await mailInvitees(m, 'eventInvitation', mails, await repo.ownerOf(m.tx, programId));
  return mails.length;
}

/** Creates an event — with its parallel sessions, or as a series — invites its audience and mails them the invitation. */
export async function createEvents(m: Mutation, programId: string, input: EventInput): Promise<string[]> {
  const access = await requireManage(m.tx, m.actor, programId);
  if (input.audience === 'organisation' && input.audienceOrganisationId && !access.organisationIds.includes(input.audienceOrganisationId))
    throw invalid('audienceOrganisationId', 'the organisation does not take part in the program');
  if (input.audience === 'group' && input.audienceGroupId && !(await isGroupOf(m.tx, programId, input.audienceGroupId)))
    throw invalid('audienceGroupId', 'not a group of the program');
  for (const [i, s] of input.sessions.entries())
    if (s.audienceOrganisationId && !access.organisationIds.includes(s.audienceOrganisationId))
      throw invalid(`sessions.${i}.audienceOrganisationId`, 'the organisation does not take part in the program');
  const tz = input.timeZone;
  const wallStart = toWallTime(input.startsAt, tz);
  const wallEnd = toWallTime(input.endsAt, tz);
  const seriesId = input.series ? randomUUID() : null;
  const count = input.series?.count ?? 1;
  const created: repo.EventRow[] = [];
  for (let i = 0; i < count; i++) {
    const days = input.series ? input.series.everyWeeks * 7 * i : 0;
    const event = await repo.insertEvent(m.tx, {
      programId,
      seriesId,
      seriesIndex: seriesId ? i : null,
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      translations: input.translations ?? {},
      startsAt: instant(addDaysToWallTime(wallStart, days), tz),
      endsAt: instant(addDaysToWallTime(wallEnd, days), tz),
      timeZone: tz,
      mode: input.mode,
      location: input.location ?? null,
      onlineUrl: input.onlineUrl ?? null,
      audience: input.audience,
      audienceOrganisationId: input.audience === 'organisation' ? (input.audienceOrganisationId ?? null) : null,
      audienceGroupId: input.audience === 'group' ? (input.audienceGroupId ?? null) : null,
      capacity: input.capacity ?? null,
      required: input.required,
      reminderDays: [...new Set(input.reminderDays)].sort((a, b) => b - a),
      links: input.links,
    });
    created.push(event);
  }
  const parent = created[0]!;
  for (const session of input.sessions) {
    const start = session.startsAt ? instant(session.startsAt, tz) : parent.startsAt;
    const end = session.endsAt ? instant(session.endsAt, tz) : parent.endsAt;
    if (end <= start) throw invalid('sessions.endsAt', 'must be after the start');
    created.push(
      await repo.insertEvent(m.tx, {
        programId,
        parentId: parent.id,
        kind: input.kind,
        title: session.title,
        description: null,
        startsAt: start,
        endsAt: end,
        timeZone: tz,
        mode: input.mode,
        location: session.location ?? input.location ?? null,
        onlineUrl: session.onlineUrl ?? input.onlineUrl ?? null,
        audience: session.audience,
        audienceOrganisationId: session.audience === 'organisation' ? (session.audienceOrganisationId ?? null) : null,
        capacity: session.capacity ?? null,
        required: input.required,
        reminderDays: parent.reminderDays,
      }),
    );
  }
  await inviteAndMail(m, created, access.program.ownerOrganisationId);
  await m.audit({
    action: 'event.create',
    organisationId: access.program.ownerOrganisationId,
    entity: 'event',
    entityId: parent.id,
    data: { kind: input.kind, occurrences: count, sessions: input.sessions.length },
  });
  return created.filter((e) => e.parentId === null).map((e) => e.id);
}

/** Fields whose change matters to a calendar entry: the invited get an updated invitation (SEQUENCE + 1). */
const CALENDAR_FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'timeZone',
  'mode',
  'location',
  'onlineUrl',
  'translations',
] as const;

export async function updateEvent(m: Mutation, programId: string, eventId: string, patch: EventPatch): Promise<void> {
  const access = await eventIn(m.tx, m.actor, eventAbilities.manage, programId, eventId);
  const owner = access.program.program.ownerOrganisationId;
  const event = await repo.lockEvent(m.tx, eventId);
  if (!event) throw notFound('Event');
  if (Object.values(patch).every((v) => v === undefined)) {
    // Nothing to change (an empty PATCH): audited as a look, nothing sent.
    await m.audit({ action: 'event.update', organisationId: owner, entity: 'event', entityId: eventId, data: { fields: [] } });
    return;
  }
  if (event.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  const timeZone = patch.timeZone ?? event.timeZone;
  const merged = {
    startsAt: patch.startsAt ?? event.startsAt.toISOString(),
    endsAt: patch.endsAt ?? event.endsAt.toISOString(),
    timeZone,
    mode: patch.mode ?? event.mode,
    location: patch.location === undefined ? event.location : patch.location,
    onlineUrl: patch.onlineUrl === undefined ? event.onlineUrl : patch.onlineUrl,
    audience: patch.audience ?? event.audience,
    audienceOrganisationId: patch.audienceOrganisationId === undefined ? event.audienceOrganisationId : patch.audienceOrganisationId,
    audienceGroupId: patch.audienceGroupId === undefined ? event.audienceGroupId : patch.audienceGroupId,
  };
  const problem = eventProblems(merged)[0];
  if (problem) throw invalid(problem.path, problem.message);
  if (
    merged.audienceOrganisationId &&
    merged.audience === 'organisation' &&
    !access.program.organisationIds.includes(merged.audienceOrganisationId)
  )
    throw invalid('audienceOrganisationId', 'the organisation does not take part in the program');
  if (merged.audience === 'group' && merged.audienceGroupId && !(await isGroupOf(m.tx, programId, merged.audienceGroupId)))
    throw invalid('audienceGroupId', 'not a group of the program');
  if (event.parentId && patch.audience === 'group')
    throw invalid('audience', 'a session is for a role, the coordinators or an organisation');
  const values: Partial<repo.EventValues> = {};
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) (values as Record<string, unknown>)[key] = value;
  if (patch.startsAt) values.startsAt = zonedTimeToInstant(patch.startsAt, timeZone);
  if (patch.endsAt) values.endsAt = zonedTimeToInstant(patch.endsAt, timeZone);
  if (patch.reminderDays) values.reminderDays = [...new Set(patch.reminderDays)].sort((a, b) => b - a);
  const calendarChanged = CALENDAR_FIELDS.some((f) => {
    const next = (values as Record<string, unknown>)[f];
    if (next === undefined) return false;
    const current = (event as Record<string, unknown>)[f];
    return next instanceof Date && current instanceof Date
      ? next.getTime() !== current.getTime()
      : JSON.stringify(next) !== JSON.stringify(current);
  });
  if (calendarChanged) values.sequence = event.sequence + 1;
  const updated = await repo.updateEvent(m.tx, eventId, values);
  // A wider audience is invited; a larger capacity gives places to the waiting list.
  const newcomers = (await repo.audiencePeople(m.tx, programId, updated)).filter(Boolean);
  const before = new Set((await repo.invitees(m.tx, eventId)).map((i) => i.personId));
  const added = newcomers.filter((p) => !before.has(p));
  await repo.invite(m.tx, eventId, added);
  await mailInvitees(
    m,
    'eventInvitation',
    added.map((personId) => ({ personId, occurrences: [updated] })),
    owner,
  );
  if (calendarChanged)
    await mailInvitees(
      m,
      'eventUpdated',
      (await repo.invitees(m.tx, eventId))
        .filter((invitation) => before.has(invitation.personId) && invitation.response !== 'no')
        .map((invitation) => ({ personId: invitation.personId, occurrences: [updated] })),
      owner,
    );
  await fillPlaces(m, updated, owner);
  await m.audit({
    action: 'event.update',
    organisationId: owner,
    entity: 'event',
    entityId: eventId,
    data: { fields: Object.keys(values).filter((k) => k !== 'sequence'), sequence: updated.sequence },
  });
}

/** Cancels an event (and its sessions): the invited get a cancellation (METHOD:CANCEL) that removes the calendar entry. */
export async function cancelEvent(m: Mutation, programId: string, eventId: string): Promise<void> {
  const access = await eventIn(m.tx, m.actor, eventAbilities.manage, programId, eventId);
  const owner = access.program.program.ownerOrganisationId;
  const event = await repo.lockEvent(m.tx, eventId);
  if (!event) throw notFound('Event');
  if (event.cancelledAt) throw new AppError('conflict', 'The event is already cancelled');
  const sessions = await repo.sessionsOf(m.tx, [eventId], null);
  for (const e of [event, ...sessions.filter((s) => !s.cancelledAt)]) {
    const cancelled = await repo.updateEvent(m.tx, e.id, { cancelledAt: new Date(), sequence: e.sequence + 1 });
    await mailInvitees(
      m,
      'eventCancelled',
      (await repo.invitees(m.tx, e.id))
        .filter((invitation) => invitation.response !== 'no')
        .map((invitation) => ({ personId: invitation.personId, occurrences: [cancelled] })),
      owner,
    );
  }
  await m.audit({ action: 'event.cancel', organisationId: owner, entity: 'event', entityId: eventId, data: { sessions: sessions.length } });
}

/**
 * A group is removed (networking, decision 0113): its coming, uncancelled meetings are cancelled the
 * way a coordinator cancels one (METHOD:CANCEL to the invited), in the removal's transaction. Past
 * meetings stay, with their attendance. Returns how many were cancelled.
 */
export async function cancelGroupMeetings(m: Mutation, programId: string, groupId: string, now = new Date()): Promise<number> {
  const coming = await repo.comingGroupMeetings(m.tx, programId, groupId, now);
  for (const event of coming) await cancelEvent(m, programId, event.id);
  return coming.length;
}

/**
 * Gives free places to the waiting list, earliest answer first, and mails each their place (an
 * updated invitation, accepted). Called with the event's row locked.
 */
async function fillPlaces(m: Mutation<Actor | null>, event: repo.EventRow, organisationId: string) {
  if (event.capacity === null || event.cancelledAt) {
    if (event.capacity === null)
      for (const w of await repo.firstWaitlisted(m.tx, event.id, 10_000)) await promoteOne(m, event, w.personId, organisationId);
    return;
  }
  const free = event.capacity - (await repo.confirmedCount(m.tx, event.id));
  for (const w of await repo.firstWaitlisted(m.tx, event.id, free)) await promoteOne(m, event, w.personId, organisationId);
}

async function promoteOne(m: Mutation<Actor | null>, event: repo.EventRow, personId: string, organisationId: string) {
  await repo.promote(m.tx, event.id, personId);
  await mailInvitee(m, 'eventPromoted', [event], personId, organisationId);
}

/**
 * An answer (yes / no / maybe, and how one attends an event held both ways). A yes to a full
 * event puts the person on the waiting list; a place given up goes to the first on it.
 */
export async function answer(m: Mutation<Actor | null>, event: repo.EventRow, personId: string, input: RsvpInput, organisationId: string) {
  const locked = await repo.lockEvent(m.tx, event.id);
  if (!locked) throw notFound('Event');
  if (locked.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  if (locked.endsAt.getTime() < Date.now()) throw new AppError('conflict', 'The event is over');
  if (input.attendMode && locked.mode !== 'both') throw invalid('attendMode', 'the event is held one way only');
  const attendMode = locked.mode === 'both' ? (input.attendMode ?? null) : locked.mode === 'digital' ? 'digital' : 'physical';
  if (locked.mode === 'both' && input.response === 'yes' && !attendMode) throw invalid('attendMode', 'say how you attend');
  const current = await repo.invitationOf(m.tx, locked.id, personId);
  const hadPlace = current?.response === 'yes' && current.waitlistedAt === null;
  let waitlistedAt: Date | null = null;
  if (input.response === 'yes') {
    if (current?.response === 'yes') waitlistedAt = current.waitlistedAt;
    else if (locked.capacity !== null && (await repo.confirmedCount(m.tx, locked.id)) >= locked.capacity) waitlistedAt = new Date();
  }
  await repo.setAnswer(m.tx, locked.id, personId, {
    response: input.response,
    attendMode: input.response === 'no' ? null : attendMode,
    waitlistedAt,
    respondedAt: new Date(),
  });
  if (hadPlace && input.response !== 'yes') await fillPlaces(m, locked, organisationId);
  return { waitlisted: waitlistedAt !== null };
}

/** The signed-in person answers in Lots. */
export async function respond(m: Mutation, programId: string, eventId: string, input: RsvpInput): Promise<void> {
  const access = await eventIn(m.tx, m.actor, eventAbilities.respond, programId, eventId);
  const owner = access.program.program.ownerOrganisationId;
  const outcome = await answer(m, access.event, m.actor.person!.id, input, owner);
  await m.audit({
    action: 'event.respond',
    organisationId: owner,
    entity: 'event',
    entityId: eventId,
    data: { response: input.response, waitlisted: outcome.waitlisted },
  });
}

/** Copies a program's events to its next cohort, moved by `months` (same wall-clock times in each event's zone); nobody is invited yet. */
export async function copyEvents(tx: DbOrTx, fromProgramId: string, toProgramId: string, months: number) {
  const rows = await repo.programEvents(tx, fromProgramId);
  const ids = new Map<string, string>();
  const series = new Map<string, string>();
  const shift = (at: Date, timeZone: string) => {
    const wall = toWallTime(at.toISOString(), timeZone);
    const d = new Date(`${wall.slice(0, 10)}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + months);
    return zonedTimeToInstant(`${d.toISOString().slice(0, 10)}${wall.slice(10)}`, timeZone);
  };
  // Parents first, so sessions can point at their copies.
  for (const event of [...rows.filter((r) => !r.parentId), ...rows.filter((r) => r.parentId)]) {
    const {
      id,
      programId: _p,
      parentId,
      seriesId,
      createdAt: _c,
      updatedAt: _u,
      cancelledAt,
      checkInCode: _k,
      sequence: _s,
      ...rest
    } = event;
    if (cancelledAt) continue;
    // A group's meetings belong to this cohort's groups; the next cohort forms its own.
    if (event.audience === 'group') continue;
    if (parentId && !ids.has(parentId)) continue;
    if (seriesId && !series.has(seriesId)) series.set(seriesId, randomUUID());
    const copy = await repo.insertEvent(tx, {
      ...rest,
      programId: toProgramId,
      parentId: parentId ? ids.get(parentId)! : null,
      seriesId: seriesId ? series.get(seriesId)! : null,
      startsAt: shift(event.startsAt, event.timeZone),
      endsAt: shift(event.endsAt, event.timeZone),
    });
    ids.set(id, copy.id);
  }
}

/** The event behind an e-mailed answer link (the link answers in its recipient's name, without signing in). */
async function byToken(db: Reader, token: string) {
  const found = await repo.invitationByToken(db, hashToken(token));
  if (!found) throw notFound('Invitation');
  return found;
}

/** What the answer page shows, with the event's title in the page's language (its own where there is no translation). */
export async function answerView(db: Reader, token: string, locale?: Locale): Promise<EventAnswerView> {
  const { invitation, event, programName } = await byToken(db, token);
  return {
    title: locale ? textsIn(event, locale).title : event.title,
    programName,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    mode: event.mode,
    location: event.location,
    cancelled: event.cancelledAt !== null,
    invitation: {
      response: invitation.response,
      attendMode: invitation.attendMode,
      waitlisted: invitation.waitlistedAt !== null,
      attendance: invitation.attendance,
    },
  };
}

/** An answer by the e-mailed link: for the event, or for a series' occurrences from this one on. */
export async function answerByLink(m: Mutation<null>, token: string, input: RsvpInput): Promise<void> {
  const { invitation, event } = await byToken(m.tx, token);
  const organisationId = await repo.ownerOf(m.tx, event.programId);
  for (const occurrence of await repo.seriesFrom(m.tx, event)) {
    if (occurrence.cancelledAt || occurrence.endsAt.getTime() < Date.now()) continue;
    if (!(await repo.invitationOf(m.tx, occurrence.id, invitation.personId))) continue;
    await answer(m, occurrence, invitation.personId, input, organisationId);
  }
  await m.audit({
    action: 'event.respond',
    organisationId,
    entity: 'event',
    entityId: event.id,
    data: { response: input.response, by: 'link' },
  });
}
