import type { Locale, ProgramEvent } from '@lots/core';
import { LOCALE_TAGS } from '@lots/core';
import { currentLocale } from '../../i18n';

/** An event's start and end in the reader's own time zone: "19 jan. 2027 09:00–12:30". */
export function formatEventTime(startsAt: string, endsAt: string, locale = currentLocale(), timeZone?: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return startsAt;
  const tag = LOCALE_TAGS[locale];
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) });
  const to = day.format(start) === day.format(end) ? time.format(end) : `${day.format(end)} ${time.format(end)}`;
  return `${day.format(start)} ${time.format(start)}–${to}`;
}

/** An event's title and description in the reader's language, where the coordinator gave one (else the event's own). */
export function eventTextsIn(event: Pick<ProgramEvent, 'title' | 'description' | 'translations'>, locale: Locale = currentLocale()) {
  const translated = event.translations[locale];
  return { title: translated?.title || event.title, description: translated?.description || event.description };
}
