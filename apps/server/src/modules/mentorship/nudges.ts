import { formatDayForPeople } from '@lots/core';
import type { AppContext } from '../../context';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';

const DAY = 24 * 3600 * 1000;

/**
 * Reminders to active pairs, at most once per occasion (pair_nudges keeps what was sent):
 * - meetingDue: the agreed cadence has passed since the last meeting;
 * - quiet: no meeting logged for the program's number of weeks (both get a nudge);
 * - logMeeting: a planned meeting date has passed and nothing was logged since.
 * `now` is a parameter so that tests can move the clock. Each pair in a transaction of its own,
 * as the system's work (decision 0081).
 */
export async function sendNudges(ctx: AppContext, now = new Date()): Promise<number> {
  let sent = 0;
  for (const pair of await repo.activePairs(ctx.db)) sent += await ctx.system(nudgePair, pair, now);
  return sent;
}

type ActivePair = Awaited<ReturnType<typeof repo.activePairs>>[number];

/** The nudges one pair is due; returns how many mails. */
async function nudgePair(m: Mutation<null>, pair: ActivePair, now: Date): Promise<number> {
  const { tx } = m;
  const program = await repo.programOf(tx, pair.programId);
  const agreement = await repo.latestAgreement(tx, pair.id);
  const last = await repo.lastMeeting(tx, pair.id);
  const since = last?.heldOn ?? pair.startedAt ?? pair.updatedAt;
  const idle = now.getTime() - since.getTime();
  const nudges: { kind: 'meetingDue' | 'quiet' | 'logMeeting'; occasion: string; vars: Record<string, string | number>; at?: Date }[] = [];
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
  if (!nudges.length) return 0;
  const people = await repo.recipientsOf(tx, [pair.adeptApplicationId, pair.mentorApplicationId]);
  const adept = people.find((p) => p.applicationId === pair.adeptApplicationId)!;
  const mentor = people.find((p) => p.applicationId === pair.mentorApplicationId)!;
  let sent = 0;
  for (const nudge of nudges) {
    if (!(await repo.recordNudge(tx, pair.id, nudge.kind, nudge.occasion))) continue;
    for (const [me, other] of [
      [adept, mentor],
      [mentor, adept],
    ] as const) {
      await m.mail(
        { personId: me.personId },
        {
          template: nudge.kind,
          path: `/mentorships/${pair.id}`,
          organisationId: program?.owner ?? null,
          // The missed meeting's day, written for the reader ("16 december 2026").
          vars: (locale) => ({
            program: program?.name ?? '',
            counterpart: other.name,
            ...nudge.vars,
            ...(nudge.at ? { date: formatDayForPeople(nudge.at, locale) } : {}),
          }),
        },
      );
      sent++;
    }
  }
  return sent;
}
