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

/** One mail of `mailInvitees`: to one invited person, about one or more events (a series' occurrences, the first one's invitation). */
export interface InviteeMail {
  personId: string;
  occurrences: repo.EventRow[];
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
  await mailInvitees(m, kind, [{ personId, occurrences }], organisationId);
}

/**
 * `mailInvitee` for many at once (an event's whole audience, a bulk decision's late joiners): the
 * people, their invitations and the answer links' hashes in one statement each, the programs'
 * organiser and name once per program, the mails written together (`m.mailAll`) — however many.
 */
export async function mailInvitees(
  m: Mutation<Actor | null>,
  kind: EventMailKind,
  mails: InviteeMail[],
  organisationId: string | null,
): Promise<void> {
  const wanted = mails.filter((mail) => mail.occurrences.length > 0);
  if (!wanted.length) return;
  const key = (eventId: string, personId: string) => `${eventId}:${personId}`;
  const people = new Map((await repo.peopleBasics(m.tx, [...new Set(wanted.map((mail) => mail.personId))])).map((p) => [p.id, p]));
  const programs = new Map<string, { organizer: { name: string; email: string } | null; name: string }>();
  for (const programId of new Set(wanted.map((mail) => mail.occurrences[0]!.programId)))
    programs.set(programId, { organizer: await repo.organizerOf(m.tx, programId), name: await repo.programName(m.tx, programId) });
  const keys = wanted.map((mail) => ({ eventId: mail.occurrences[0]!.id, personId: mail.personId }));
  const invitations = new Map((await repo.invitationsOf(m.tx, keys)).map((i) => [key(i.eventId, i.personId), i]));
  const withLink = kind === 'eventInvitation' || kind === 'eventUpdated' || kind === 'eventUnanswered' || kind === 'eventPromoted';
  // One fresh link per invitation (a person mailed twice about the same first event gets the same link in both).
  const tokens = new Map<string, { eventId: string; personId: string; token: string; hash: string }>();
  if (withLink) {
    for (const { eventId, personId } of keys)
      if (!tokens.has(key(eventId, personId))) tokens.set(key(eventId, personId), { eventId, personId, ...newToken() });
    await repo.setTokens(
      m.tx,
      [...tokens.values()].map(({ eventId, personId, hash }) => ({ eventId, personId, tokenHash: hash })),
    );
  }
  const method = kind === 'eventCancelled' ? 'CANCEL' : 'REQUEST';
  await m.mailAll(
    wanted.flatMap(({ personId, occurrences }) => {
      const person = people.get(personId);
      if (!person) return [];
      const first = occurrences[0]!;
      const { organizer, name: programName } = programs.get(first.programId)!;
      const token = tokens.get(key(first.id, personId));
      const response = invitations.get(key(first.id, personId))?.response ?? 'pending';
      const path = token ? `/event-answer/${token.token}` : `/programs/${first.programId}/events/${first.parentId ?? first.id}`;
      return [
        {
          to: { personId },
          message: {
            template: kind,
            path,
            organisationId,
            vars: (locale: Locale) => {
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
        },
      ];
    }),
  );
}
