import { randomInt, timingSafeEqual } from 'node:crypto';
import { instantToZonedTime, type AttendanceInput, type Completion, type EventAttendee } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { requirePeopleAccess } from '../programs';
import { eventAbilities } from './policy';
import * as repo from './repository';
import { eventIn } from './service';

/** Check-in opens an hour before the start and closes an hour after the end. */
const CHECK_IN_MARGIN_MS = 3600_000;

/** One page of an event's invited people with their answers and attendance: the program's coordinators only. */
export async function listAttendees(db: DbOrTx, actor: Actor, programId: string, eventId: string, page: { limit: number; offset: number }) {
  const access = await eventIn(db, actor, eventAbilities.attendance, programId, eventId);
  const { rows, total } = await repo.attendees(db, access.event, page);
  const items: EventAttendee[] = rows.map((r) => ({
    personId: r.invitation.personId,
    name: r.name,
    organisationName: r.organisationName,
    role: r.mentor ? 'mentor' : r.adept ? 'adept' : r.coordinator ? 'coordinator' : null,
    response: r.invitation.response,
    attendMode: r.invitation.attendMode,
    waitlisted: r.invitation.waitlistedAt !== null,
    attendance: r.invitation.attendance,
    absenceReason: r.invitation.absenceReason,
    checkedIn: r.invitation.checkedInAt !== null,
  }));
  return { items, total, limit: page.limit, offset: page.offset };
}

/** The day an event took place, in its own time zone (what the mentor register shows). */
const dayOf = (event: repo.EventRow) => instantToZonedTime(event.startsAt, event.timeZone).slice(0, 10);

/** Sets one person's attendance; attending a training records it in the mentor register, an absence removes that record. */
async function setAttendance(
  m: Mutation<Actor | null>,
  event: repo.EventRow,
  personId: string,
  input: AttendanceInput,
  checkedInAt?: Date,
): Promise<void> {
  await repo.setAttendance(m.tx, event.id, personId, {
    attendance: input.attendance,
    absenceReason: input.attendance === 'absent' ? (input.absenceReason ?? null) : null,
    ...(checkedInAt ? { checkedInAt } : {}),
  });
  if (event.kind === 'training') {
    if (input.attendance === 'attended') await repo.recordTraining(m.tx, event, personId, dayOf(event));
    else await repo.removeTraining(m.tx, event.id, personId);
  }
}

/** The coordinator marks one person present or absent (with a reason); only someone the event is for. */
export async function markAttendance(m: Mutation, programId: string, eventId: string, personId: string, input: AttendanceInput) {
  const access = await eventIn(m.tx, m.actor, eventAbilities.attendance, programId, eventId);
  if (access.event.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  if (access.event.startsAt.getTime() > Date.now()) throw new AppError('conflict', 'The event has not started yet');
  if (!(await repo.isVisibleTo(m.tx, eventId, personId))) throw notFound('Person');
  await setAttendance(m, access.event, personId, input);
  await m.audit({
    action: 'event.attendance',
    organisationId: access.program.program.ownerOrganisationId,
    entity: 'event',
    entityId: eventId,
    data: { personId, attendance: input.attendance },
  });
}

/** A new check-in code for the coordinator to show at the event (six digits; a new one replaces the old). */
export async function newCheckInCode(m: Mutation, programId: string, eventId: string): Promise<string> {
  const access = await eventIn(m.tx, m.actor, eventAbilities.attendance, programId, eventId);
  if (access.event.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await repo.setCheckInCode(m.tx, eventId, code);
  await m.audit({
    action: 'event.checkInCode',
    organisationId: access.program.program.ownerOrganisationId,
    entity: 'event',
    entityId: eventId,
  });
  return code;
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A participant checks in with the code shown at the event, while it runs. */
export async function checkIn(m: Mutation, programId: string, eventId: string, code: string) {
  const access = await eventIn(m.tx, m.actor, eventAbilities.respond, programId, eventId);
  const event = access.event;
  const now = Date.now();
  if (event.cancelledAt) throw new AppError('conflict', 'The event is cancelled');
  if (now < event.startsAt.getTime() - CHECK_IN_MARGIN_MS || now > event.endsAt.getTime() + CHECK_IN_MARGIN_MS)
    throw new AppError('conflict', 'Check-in is open from an hour before the start to an hour after the end');
  if (!event.checkInCode || !sameCode(event.checkInCode, code.trim())) throw invalid('code', 'not the code shown at the event');
  await setAttendance(m, event, m.actor.person!.id, { attendance: 'attended', absenceReason: null }, new Date());
  await m.audit({
    action: 'event.checkIn',
    organisationId: access.program.program.ownerOrganisationId,
    entity: 'event',
    entityId: eventId,
  });
}

function completionFrom(rows: { kind: repo.EventRow['kind']; required: number; attended: number }[]): Completion {
  return {
    required: rows.reduce((n, r) => n + r.required, 0),
    attended: rows.reduce((n, r) => n + r.attended, 0),
    byKind: rows.map((r) => ({ kind: r.kind, required: r.required, attended: r.attended })),
  };
}

/** My completion in a program: the required events meant for me, and how many I attended ("3 of 4 inspiration meetings"). */
export async function myCompletion(db: DbOrTx, actor: Actor, programId: string): Promise<Completion> {
  if (!actor.person) return { required: 0, attended: 0, byKind: [] };
  return completionFrom(await repo.completionOf(db, programId, actor.person.id));
}

/** Attendance per person: every participant's completion, one page at a time (the program's coordinators). */
export async function completionPerPerson(db: DbOrTx, actor: Actor, programId: string, page: { limit: number; offset: number }) {
  await requirePeopleAccess(db, actor, programId);
  const { rows, total } = await repo.participantsPage(db, programId, page);
  const items = [];
  for (const row of rows)
    items.push({ ...row, role: row.role, completion: completionFrom(await repo.completionOf(db, programId, row.personId)) });
  return { items, total, limit: page.limit, offset: page.offset };
}
