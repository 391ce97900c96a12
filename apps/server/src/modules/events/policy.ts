import { defineAbility, type Resource } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

type ProgramView = NonNullable<Awaited<ReturnType<typeof programResource.load>>>;
import * as repo from './repository';

/** Add, change and cancel a program's events, see their answers and attendance: those who manage the program. */
export const manageEvents = defineAbility(
  'event.create',
  programResource,
  (actor, access) => programAbilities.manage.allows(actor, access),
  programAbilities.manage.refusal,
);

/** A program's events list: anyone who sees the program (the list is narrowed to the viewer's audience). */
export const readEvents = defineAbility('event.list', programResource, (actor, access) => programAbilities.read.allows(actor, access));

/** Attendance per person across the program's events: those who see the program's people (decision 0011). */
export const readAttendance = defineAbility(
  'event.attendanceReport',
  programResource,
  (actor, access) => programAbilities.people.allows(actor, access),
  programAbilities.people.refusal,
);

export interface EventAccess {
  event: repo.EventRow;
  program: ProgramView;
  /** The event's audience includes the viewer (invited, or in the role, organisation or group it names). */
  inAudience: boolean;
  manage: boolean;
}

/**
 * An event: those who manage its program see it; a participant sees it only when its audience
 * includes them (everyone else gets the 404 of a missing event, decision 0072).
 */
export const eventResource: Resource<EventAccess> = {
  label: 'Event',
  param: 'eventId',
  async load(db, actor, eventId) {
    const event = await repo.findEvent(db, eventId);
    if (!event) return null;
    const program = await programResource.load(db, actor, event.programId);
    if (!program || !programResource.visible(actor, program)) return null;
    const inAudience = actor.person !== null && program.participant && (await repo.isVisibleTo(db, eventId, actor.person.id));
    return { event, program, inAudience, manage: program.manage };
  },
  visible: (_actor, access) => access.manage || access.inAudience,
};

export const eventAbilities = {
  read: defineAbility('event.read', eventResource, () => true),
  manage: defineAbility('event.manage', eventResource, (_actor, access) => access.manage, 'Only the program’s coordinators may do this'),
  /** Answer an invitation, check in: those the event is for (a coordinator answers for themselves when invited). */
  respond: defineAbility('event.respond', eventResource, (_actor, access) => access.inAudience, 'This event is not for you'),
  /** Others' answers and attendance: the program's coordinators only, and in a special-category program its listed coordinators. */
  attendance: defineAbility(
    'event.attendance',
    eventResource,
    (actor, access) => programAbilities.people.allows(actor, access.program),
    'Only the program’s coordinators see who attends',
  ),
};
