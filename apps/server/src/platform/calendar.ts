import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One event of a calendar file. Times are instants (written in UTC); texts are plain, any characters. */
export interface CalendarEvent {
  /** Stable across downloads of the same occurrence, so a calendar updates the event instead of adding another. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  /** How many times the event was changed: a calendar replaces an entry with a lower SEQUENCE. */
  sequence?: number;
  /** The web address of the event (an online meeting's link). */
  url?: string | null;
  cancelled?: boolean;
  /** A whole day (a program's start or end): `start` and `end` are UTC midnights, written as dates. */
  allDay?: boolean;
  /** For an invitation (METHOD:REQUEST/CANCEL): who invites, and the one invited with their answer so far. */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string; response: 'pending' | 'yes' | 'no' | 'maybe' };
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

const PARTSTAT = {
  pending: ICalAttendeeStatus.NEEDSACTION,
  yes: ICalAttendeeStatus.ACCEPTED,
  no: ICalAttendeeStatus.DECLINED,
  maybe: ICalAttendeeStatus.TENTATIVE,
} as const;

// RFC 5545 TEXT allows no control characters except HTAB; line breaks become `\n` (ical-generator escapes them).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const text = (value: string) => value.replace(CONTROL, ' ');

/**
 * An iCalendar file (RFC 5545) written by ical-generator: escaping of `\ ; ,` and line breaks
 * (CR, LF and CRLF alike, so no text can start a property of its own), lines folded at 75 octets.
 */
export function calendarFile(events: CalendarEvent[], options: { method?: CalendarMethod; name?: string } = {}): string {
  const calendar = ical({
    prodId: { company: 'Lots', product: 'Mentorship', language: 'EN' },
    method: ICalCalendarMethod[options.method ?? 'PUBLISH'],
    ...(options.name ? { name: text(options.name) } : {}),
  });
  for (const event of events) {
    calendar.createEvent({
      id: text(event.uid),
      start: event.start,
      end: event.end,
      stamp: new Date(),
      summary: text(event.summary),
      ...(event.location ? { location: text(event.location) } : {}),
      ...(event.description ? { description: text(event.description) } : {}),
      ...(event.url ? { url: event.url } : {}),
      ...(event.sequence !== undefined ? { sequence: event.sequence } : {}),
      ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
      ...(event.allDay ? { allDay: true, floating: true } : {}),
      ...(event.organizer ? { organizer: { name: text(event.organizer.name), email: event.organizer.email } } : {}),
      ...(event.attendee
        ? {
            attendees: [
              {
                name: text(event.attendee.name),
                email: event.attendee.email,
                rsvp: true,
                role: ICalAttendeeRole.REQ,
                status: PARTSTAT[event.attendee.response],
              },
            ],
          }
        : {}),
    });
  }
  // RFC 5545: every content line ends in CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
