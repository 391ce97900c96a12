/**
 * Wall-clock times in a named time zone, without a library: an event at 09:00 in Stockholm is
 * 08:00Z in winter and 07:00Z in summer, and a series every 6 weeks keeps 09:00 across the change.
 */

import { LOCALE_TAGS } from '../values';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

const hasOffset = (value: string) => /(Z|[+-]\d{2}:?\d{2})$/i.test(value);

/** The offset of `timeZone` from UTC at the instant `at`, in minutes (Stockholm in summer: 120). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time in a time zone. A value with an offset (`…Z`, `…+01:00`) is
 * taken as it is. A time that does not exist (skipped at the spring change) moves forward by the
 * gap; an ambiguous one (autumn) is one of the two.
 */
export function zonedTimeToInstant(value: string, timeZone: string): Date {
  if (hasOffset(value)) return new Date(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!m) return new Date(Number.NaN);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // Two passes settle the offset on both sides of a change.
  const first = zoneOffsetMinutes(new Date(asUtc), timeZone);
  const guess = asUtc - first * 60000;
  const second = zoneOffsetMinutes(new Date(guess), timeZone);
  if (second === first) return new Date(guess);
  const earlier = asUtc - Math.max(first, second) * 60000;
  return zoneOffsetMinutes(new Date(earlier), timeZone) === Math.max(first, second) ? new Date(earlier) : new Date(asUtc - second * 60000);
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of an instant in a time zone. */
export function instantToZonedTime(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60000);
  return shifted.toISOString().slice(0, 16);
}

/** The same wall-clock time `days` later (a series keeps 09:00 across a daylight-saving change). */
export function addDaysToWallTime(value: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T.*)$/.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${d.toISOString().slice(0, 10)}${m[4]}`;
}

/** A written time as wall-clock time in the zone (a value with an offset is converted). */
export function toWallTime(value: string, timeZone: string): string {
  return hasOffset(value) ? instantToZonedTime(new Date(value), timeZone) : value.slice(0, 16);
}

/** "tisdag 19 januari 2027 09:00–12:30 (Europe/Stockholm)": an event's time for a person, in the event's zone. */
export function formatEventWhen(start: Date, end: Date, timeZone: string, locale: keyof typeof LOCALE_TAGS): string {
  const tag = LOCALE_TAGS[locale];
  const day = new Intl.DateTimeFormat(tag, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = day.format(start) === day.format(end);
  const to = sameDay ? time.format(end) : `${day.format(end)} ${time.format(end)}`;
  return `${day.format(start)} ${time.format(start)}–${to} (${timeZone})`;
}
