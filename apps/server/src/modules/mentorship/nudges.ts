import { desc, eq, inArray } from 'drizzle-orm';
import { schema } from '@lots/db';
import { localeSchema } from '@lots/core';
import type { AppContext } from '../../context';

const DAY = 24 * 3600 * 1000;

/**
 * Reminders to active pairs, at most once per occasion (pair_nudges keeps what was sent):
 * - meetingDue: the agreed cadence has passed since the last meeting;
 * - quiet: no meeting logged for the program's number of weeks (both get a nudge);
 * - logMeeting: a planned meeting date has passed and nothing was logged since.
 * `now` is a parameter so that tests can move the clock.
 */
export async function sendNudges(ctx: AppContext, now = new Date()): Promise<number> {
  const active = await ctx.db.select().from(schema.pairs).where(eq(schema.pairs.status, 'active'));
  let sent = 0;
  for (const pair of active) {
    const mailIds = await ctx.db.transaction(async (tx) => {
      const [program] = await tx
        .select({ name: schema.programs.name, owner: schema.programs.ownerOrganisationId, weeks: schema.programs.nudgeAfterWeeks })
        .from(schema.programs)
        .where(eq(schema.programs.id, pair.programId));
      const [agreement] = await tx
        .select()
        .from(schema.agreements)
        .where(eq(schema.agreements.pairId, pair.id))
        .orderBy(desc(schema.agreements.version))
        .limit(1);
      const [last] = await tx
        .select({ heldOn: schema.meetings.heldOn })
        .from(schema.meetings)
        .where(eq(schema.meetings.pairId, pair.id))
        .orderBy(desc(schema.meetings.heldOn))
        .limit(1);
      const since = last?.heldOn ?? pair.startedAt ?? pair.updatedAt;
      const idle = now.getTime() - since.getTime();
      const nudges: { kind: 'meetingDue' | 'quiet' | 'logMeeting'; occasion: string; vars: Record<string, string | number> }[] = [];
      if (idle >= (program?.weeks ?? 6) * 7 * DAY) {
        nudges.push({ kind: 'quiet', occasion: since.toISOString(), vars: { weeks: Math.floor(idle / (7 * DAY)) } });
      } else if (agreement && idle >= agreement.cadenceWeeksMax * 7 * DAY) {
        nudges.push({ kind: 'meetingDue', occasion: since.toISOString(), vars: {} });
      }
      if (pair.nextMeetingAt && now.getTime() - pair.nextMeetingAt.getTime() > DAY && (!last || last.heldOn < pair.nextMeetingAt)) {
        nudges.push({
          kind: 'logMeeting',
          occasion: pair.nextMeetingAt.toISOString(),
          vars: { date: pair.nextMeetingAt.toISOString().slice(0, 10) },
        });
      }
      if (!nudges.length) return [];
      const people = await tx
        .select({ applicationId: schema.applications.id, name: schema.people.name, email: schema.people.email, locale: schema.user.locale })
        .from(schema.applications)
        .innerJoin(schema.people, eq(schema.people.id, schema.applications.personId))
        .leftJoin(schema.user, eq(schema.user.id, schema.people.userId))
        .where(inArray(schema.applications.id, [pair.adeptApplicationId, pair.mentorApplicationId]));
      const adept = people.find((p) => p.applicationId === pair.adeptApplicationId)!;
      const mentor = people.find((p) => p.applicationId === pair.mentorApplicationId)!;
      const ids: string[] = [];
      for (const nudge of nudges) {
        const fresh = await tx
          .insert(schema.pairNudges)
          .values({ pairId: pair.id, kind: nudge.kind, occasion: nudge.occasion })
          .onConflictDoNothing()
          .returning({ id: schema.pairNudges.id });
        if (!fresh.length) continue;
        for (const [me, other] of [
          [adept, mentor],
          [mentor, adept],
        ] as const) {
          ids.push(
            await ctx.mailer.queueIn(tx, {
              to: me.email,
              organisationId: program?.owner ?? null,
              template: nudge.kind,
              locale: localeSchema.catch('sv').parse(me.locale ?? 'sv'),
              vars: {
                name: me.name,
                url: `${ctx.config.publicUrl}/mentorships/${pair.id}`,
                program: program?.name ?? '',
                counterpart: other.name,
                ...nudge.vars,
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
