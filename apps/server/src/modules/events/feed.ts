import { translator, localeSchema, DEFAULT_LOCALE } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { calendarFile, type CalendarEvent } from '../../platform/calendar';
import { notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
import { hashToken, newToken } from '../../platform/tokens';
import { calendarEntry } from './mails';
import * as repo from './repository';

const YEAR = 365 * 86_400_000;
const MEETING_MS = 90 * 60_000;

/** Whether I have a feed (the address itself is shown only when it is made: only its hash is kept). */
export async function feedStatus(db: DbOrTx, actor: Actor) {
  const feed = actor.person ? await repo.feedOf(db, actor.person.id) : undefined;
  return { active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null };
}

/** Makes my feed's secret, or a new one (the old address stops working); returns the secret for this answer only. */
export async function rotateFeed(m: Mutation): Promise<string> {
  if (!m.actor.person) throw notFound('Person');
  const { token, hash } = newToken();
  await repo.setFeed(m.tx, m.actor.person.id, hash);
  await m.audit({
    action: 'calendarFeed.rotate',
    organisationId: m.actor.person.organisationId,
    entity: 'calendar_feed',
    entityId: m.actor.person.id,
  });
  return token;
}

export async function revokeFeed(m: Mutation): Promise<void> {
  if (!m.actor.person || !(await repo.removeFeed(m.tx, m.actor.person.id))) throw notFound('Calendar feed');
  await m.audit({
    action: 'calendarFeed.revoke',
    organisationId: m.actor.person.organisationId,
    entity: 'calendar_feed',
    entityId: m.actor.person.id,
  });
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const nextDay = (date: string) => new Date(day(date).getTime() + 86_400_000);

/**
 * The calendar behind a feed address: my events, my pairs' next meetings and my programs' start and
 * end, in my language. An unknown (or rotated) secret is a 404 like any other.
 */
export async function feedCalendar(db: DbOrTx, token: string, now = new Date()): Promise<string> {
  const owner = await repo.feedOwner(db, hashToken(token));
  if (!owner || !owner.active) throw notFound('Calendar feed');
  const locale = localeSchema.catch(DEFAULT_LOCALE).parse(owner.locale ?? DEFAULT_LOCALE);
  const t = translator(locale);
  const entries: CalendarEvent[] = (await repo.feedEvents(db, owner.personId, new Date(now.getTime() - YEAR))).map((event) =>
    calendarEntry(event, locale),
  );
  for (const pair of await repo.pairMeetingsOf(db, owner.personId)) {
    const other = pair.adeptPersonId === owner.personId ? pair.mentorName : pair.adeptName;
    entries.push({
      uid: `pair-${pair.pairId}-next@lots`,
      start: pair.nextMeetingAt!,
      end: new Date(pair.nextMeetingAt!.getTime() + MEETING_MS),
      summary: t('events:feed.pairMeeting', { name: other }),
    });
  }
  for (const program of await repo.programDatesOf(db, owner.personId)) {
    if (program.startsOn)
      entries.push({
        uid: `program-${program.id}-start@lots`,
        start: day(program.startsOn),
        end: nextDay(program.startsOn),
        allDay: true,
        summary: t('events:feed.programStarts', { program: program.name }),
      });
    if (program.endsOn)
      entries.push({
        uid: `program-${program.id}-end@lots`,
        start: day(program.endsOn),
        end: nextDay(program.endsOn),
        allDay: true,
        summary: t('events:feed.programEnds', { program: program.name }),
      });
  }
  return calendarFile(entries, { name: t('events:feed.name') });
}
