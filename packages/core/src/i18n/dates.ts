import type { Locale } from '../common';
import { LOCALE_TAGS } from '../values';

/**
 * The time zone a reader of a language lives in, for dates written to people (mail, PDF). Lots has
 * no time zone per person; Swedish and English readers are in Sweden, Norwegian ones in Norway
 * (the two zones have the same offsets today, so a shared program reads the same everywhere).
 */
export const READER_TIME_ZONE: Record<Locale, string> = { sv: 'Europe/Stockholm', nb: 'Europe/Oslo', en: 'Europe/Stockholm' };

/** "16 december 2026", "16. desember 2026", "16 December 2026": a day written for people, in their time zone. */
export function formatDayForPeople(when: Date, locale: Locale, timeZone = READER_TIME_ZONE[locale]): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(when);
}

/** "14 augusti 2026 07:18": a day and a time written for people, in their time zone. */
export function formatDayTimeForPeople(when: Date, locale: Locale, timeZone = READER_TIME_ZONE[locale]): string {
  const time = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    when,
  );
  return `${formatDayForPeople(when, locale, timeZone)} ${time}`;
}
