import type { Locale, ProgramEvent, ProgramEventWithSessions } from '@lots/core';
import type { AttachmentRow, EventCounts, EventRow, InvitationRow } from './repository';

export interface Viewing {
  /** Manages the program: sees counts and the check-in code. */
  manage: boolean;
  /** The viewer's own invitations, by event. */
  invitations: Map<string, InvitationRow>;
  counts: Map<string, EventCounts>;
  /** The events' files (without their bytes), by event. */
  attachments: Map<string, AttachmentRow[]>;
  /** Whether the event's audience includes the viewer, by event (they may answer and check in). */
  inAudience: (event: EventRow) => boolean;
}

/** The event's title and description in a language (its own text where there is no translation). */
export function textsIn(event: Pick<EventRow, 'title' | 'description' | 'translations'>, locale: Locale) {
  const translated = event.translations[locale];
  return { title: translated?.title || event.title, description: translated?.description || event.description };
}

export function presentEvent(event: EventRow, viewing: Viewing): ProgramEvent {
  const invitation = viewing.invitations.get(event.id);
  const inAudience = viewing.inAudience(event);
  const open = !event.cancelledAt;
  return {
    id: event.id,
    programId: event.programId,
    parentId: event.parentId,
    seriesId: event.seriesId,
    seriesIndex: event.seriesIndex,
    kind: event.kind,
    title: event.title,
    description: event.description,
    translations: event.translations,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    mode: event.mode,
    location: event.location,
    onlineUrl: event.onlineUrl,
    audience: event.audience,
    audienceOrganisationId: event.audienceOrganisationId,
    audienceGroupId: event.audienceGroupId,
    capacity: event.capacity,
    required: event.required,
    reminderDays: event.reminderDays,
    links: event.links.map((l) => ({ label: l.label, url: l.url, locale: l.locale ?? null })),
    attachments: (viewing.attachments.get(event.id) ?? []).map((a) => ({
      id: a.id,
      locale: a.locale,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
    })),
    sequence: event.sequence,
    cancelled: !open,
    myInvitation:
      invitation || inAudience
        ? {
            response: invitation?.response ?? 'pending',
            attendMode: invitation?.attendMode ?? null,
            waitlisted: invitation?.waitlistedAt != null,
            attendance: invitation?.attendance ?? null,
          }
        : null,
    counts: viewing.manage
      ? (viewing.counts.get(event.id) ?? { invited: 0, yes: 0, no: 0, maybe: 0, pending: 0, waitlisted: 0, attended: 0 })
      : null,
    checkInCode: viewing.manage ? event.checkInCode : null,
    can: { manage: viewing.manage && open, respond: inAudience && open, checkIn: inAudience && open && event.checkInCode !== null },
  };
}

export function presentWithSessions(event: EventRow, sessions: EventRow[], viewing: Viewing): ProgramEventWithSessions {
  return {
    ...presentEvent(event, viewing),
    sessions: sessions.filter((s) => s.parentId === event.id).map((s) => presentEvent(s, viewing)),
  };
}
