import { formatEventWhen, translator, type Locale } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { calendarFile, type CalendarEvent } from '../../platform/calendar';
import type { Mutation } from '../../platform/mutation';
import { newToken } from '../../platform/tokens';
import * as repo from './repository';
import { textsIn } from './present';

/** The mails of an event; each carries the event as text/calendar so Outlook, Google and Apple update one entry. */
export type EventMailKind = 'eventInvitation' | 'eventUpdated' | 'eventPromoted' | 'eventUnanswered' | 'eventCancelled' | 'eventReminder';

/** The stable UID of an event in every calendar: an update or cancellation replaces the same entry. */
export const eventUid = (eventId: string) => `event-${eventId}@lots`;

function place(event: repo.EventRow, locale: Locale): string {
  const t = translator(locale);
  const parts = [event.location, event.mode !== 'physical' ? event.onlineUrl : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('events:mail.noPlace');
}

/** One event as a calendar entry in a reader's language. */
export function calendarEntry(event: repo.EventRow, locale: Locale, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  const texts = textsIn(event, locale);
  return {
    uid: eventUid(event.id),
    start: event.startsAt,
    end: event.endsAt,
    summary: texts.title,
    location: event.mode === 'digital' ? event.onlineUrl : event.location,
    description:
      [texts.description, event.mode !== 'physical' && event.onlineUrl ? event.onlineUrl : null].filter(Boolean).join('\n\n') || null,
    url: event.onlineUrl,
    sequence: event.sequence,
    cancelled: event.cancelledAt !== null,
    ...extra,
  };
}

/**
 * Mails one invited person about one or more events (a series goes out as one mail with every
 * occurrence in its calendar part). Invitations, updates and the unanswered reminder carry a fresh
 * answer link (only its hash is kept; decision 0010 keeps it out of the Outbox).
 */
export async function mailInvitee(
  m: Mutation<Actor | null>,
  kind: EventMailKind,
  occurrences: repo.EventRow[],
  personId: string,
  organisationId: string | null,
): Promise<void> {
  const first = occurrences[0];
  if (!first) return;
  const person = await repo.personBasics(m.tx, personId);
  if (!person) return;
  const organizer = await repo.organizerOf(m.tx, first.programId);
  const programName = await repo.programName(m.tx, first.programId);
  const invitation = await repo.invitationOf(m.tx, first.id, personId);
  const withLink = kind === 'eventInvitation' || kind === 'eventUpdated' || kind === 'eventUnanswered' || kind === 'eventPromoted';
  let path = `/programs/${first.programId}/events/${first.parentId ?? first.id}`;
  if (withLink) {
    const { token, hash } = newToken();
    await repo.setToken(m.tx, first.id, personId, hash);
    path = `/event-answer/${token}`;
  }
  const method = kind === 'eventCancelled' ? 'CANCEL' : 'REQUEST';
  const response = invitation?.response ?? 'pending';
  await m.mail(
    { personId },
    {
      template: kind,
      path,
      organisationId,
      vars: (locale) => {
        const texts = textsIn(first, locale);
        const t = translator(locale);
        const more = occurrences.length > 1 ? ` ${t('events:mail.series', { dates: occurrences.length })}` : '';
        return {
          title: texts.title,
          program: programName,
          when: `${formatEventWhen(first.startsAt, first.endsAt, first.timeZone, locale)}${more}`,
          place: place(first, locale),
        };
      },
      ...(kind === 'eventReminder'
        ? {}
        : {
            calendar: (locale: Locale) => ({
              method,
              content: calendarFile(
                occurrences.map((event) =>
                  calendarEntry(event, locale, {
                    ...(organizer ? { organizer } : {}),
                    attendee: { name: person.name, email: person.email, response: kind === 'eventPromoted' ? 'yes' : response },
                  }),
                ),
                { method },
              ),
            }),
          }),
    },
  );
}
