import { formatDayForPeople, localeSchema } from '@lots/core';
import type { AppContext } from '../../context';
import * as repo from './repository';

const DAY = 24 * 3600 * 1000;

/**
 * Reminders to active pairs, at most once per occasion (pair_nudges keeps what was sent):
 * - meetingDue: the agreed cadence has passed since the last meeting;
 * - quiet: no meeting logged for the program's number of weeks (both get a nudge);
 * - logMeeting: a planned meeting date has passed and nothing was logged since.
 * `now` is a parameter so that tests can move the clock.
 */
export async function sendNudges(ctx: AppContext, now = new Date()): Promise<number> {
  const active = await repo.activePairs(ctx.db);
  let sent = 0;
  for (const pair of active) {
    const mailIds = await ctx.db.transaction(async (tx) => {
      const program = await repo.programOf(tx, pair.programId);
      const agreement = await repo.latestAgreement(tx, pair.id);
      const last = await repo.lastMeeting(tx, pair.id);
      const since = last?.heldOn ?? pair.startedAt ?? pair.updatedAt;
      const idle = now.getTime() - since.getTime();
      const nudges: { kind: 'meetingDue' | 'quiet' | 'logMeeting'; occasion: string; vars: Record<string, string | number>; at?: Date }[] =
        [];
      if (idle >= (program?.nudgeAfterWeeks ?? 6) * 7 * DAY) {
        nudges.push({ kind: 'quiet', occasion: since.toISOString(), vars: { weeks: Math.floor(idle / (7 * DAY)) } });
      } else if (agreement && idle >= agreement.cadenceWeeksMax * 7 * DAY) {
        nudges.push({ kind: 'meetingDue', occasion: since.toISOString(), vars: {} });
      }
      if (pair.nextMeetingAt && now.getTime() - pair.nextMeetingAt.getTime() > DAY && (!last || last.heldOn < pair.nextMeetingAt)) {
        nudges.push({
          kind: 'logMeeting',
          occasion: pair.nextMeetingAt.toISOString(),
          vars: {},
          at: pair.nextMeetingAt,
        });
      }
      if (!nudges.length) return [];
      const people = await repo.recipientsOf(tx, [pair.adeptApplicationId, pair.mentorApplicationId]);
      const adept = people.find((p) => p.applicationId === pair.adeptApplicationId)!;
      const mentor = people.find((p) => p.applicationId === pair.mentorApplicationId)!;
      const ids: string[] = [];
      for (const nudge of nudges) {
        if (!(await repo.recordNudge(tx, pair.id, nudge.kind, nudge.occasion))) continue;
        for (const [me, other] of [
          [adept, mentor],
          [mentor, adept],
        ] as const) {
          const locale = localeSchema.catch('sv').parse(me.locale ?? 'sv');
          ids.push(
            await ctx.mailer.queueIn(tx, {
              to: me.email,
              organisationId: program?.owner ?? null,
              template: nudge.kind,
              locale,
              vars: {
                name: me.name,
                url: `${ctx.config.publicUrl}/mentorships/${pair.id}`,
                program: program?.name ?? '',
                counterpart: other.name,
                ...nudge.vars,
                // The missed meeting's day, written for the reader ("16 december 2026").
                ...(nudge.at ? { date: formatDayForPeople(nudge.at, locale) } : {}),
              },
            }),
          );
        }
      }
      return ids;
    });
    await ctx.mailer.dispatch(...mailIds);
    sent += mailIds.length;
  }
  return sent;
}
