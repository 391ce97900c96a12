import type { PairHealth } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { requirePeopleAccess } from '../programs';
import * as repo from './repository';

const DAY = 24 * 3600 * 1000;

/**
 * Meetings a pair is expected to have held by `until`: counted from the agreement's start (both
 * signed) or the first logged meeting, whichever came first, in windows of the agreed cadence
 * (the middle of its range). Every window that is over counts, and the current one counts as soon
 * as it holds a meeting — so a pair that has met is never shown "1 of 0 expected". Without an
 * agreement, or before it started and before any meeting, nothing is expected (null).
 */
export function meetingsExpected(
  startedAt: Date | null,
  meetings: number[],
  cadence: { min: number; max: number } | undefined,
  until: Date,
): number | null {
  if (!cadence) return null;
  const first = meetings.length ? Math.min(...meetings) : null;
  const since = Math.min(startedAt?.getTime() ?? Infinity, first ?? Infinity);
  if (since === Infinity) return null;
  const window = ((cadence.min + cadence.max) / 2) * 7 * DAY;
  const over = Math.max(0, Math.floor((until.getTime() - since) / window));
  const current = since + over * window;
  return over + (meetings.some((m) => m >= current) ? 1 : 0);
}

/**
 * The coordinator's view of a program's pairs: whether the agreement is signed, meetings
 * logged against the agreed cadence, the last meeting's date, quiet pairs. Never any
 * content: no goals, agendas, notes, check-ins or reasons.
 */
export async function programHealth(ctx: AppContext, actor: Actor, programId: string, now = new Date()): Promise<PairHealth[]> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const pairs = (await repo.pairsOfProgram(ctx.db, programId)).filter(
    (p) => p.status === 'active' || p.status === 'ended' || p.status === 'published',
  );
  if (!pairs.length) return [];
  const ids = pairs.map((p) => p.id);
  const [apps, agreements, meetings] = await Promise.all([
    repo.applicantNames(ctx.db, programId),
    repo.agreementFacts(ctx.db, ids),
    repo.meetingDates(ctx.db, ids),
  ]);
  const app = new Map(apps.map((a) => [a.id, { name: a.name, organisationName: a.organisationName }]));
  const quietAfter = access.program.nudgeAfterWeeks * 7 * DAY;
  return pairs.map((p) => {
    const latest = agreements.filter((a) => a.pairId === p.id).sort((x, y) => y.version - x.version)[0];
    const mine = meetings.filter((m) => m.pairId === p.id).map((m) => m.heldOn.getTime());
    const last = mine.length ? Math.max(...mine) : null;
    const expected = meetingsExpected(p.startedAt, mine, latest, p.endedAt ?? now);
    const since = p.startedAt ?? (p.status === 'active' ? p.updatedAt : null);
    const quiet = p.status === 'active' && now.getTime() - (last ?? since?.getTime() ?? now.getTime()) > quietAfter;
    return {
      pairId: p.id,
      adept: app.get(p.adeptApplicationId)!,
      mentor: app.get(p.mentorApplicationId)!,
      status: p.status,
      agreementSigned: Boolean(latest?.a && latest?.m),
      startedAt: p.startedAt?.toISOString() ?? null,
      meetingsLogged: mine.length,
      meetingsExpected: expected,
      lastMeetingOn: last ? new Date(last).toISOString().slice(0, 10) : null,
      quiet,
      endedAt: p.endedAt?.toISOString() ?? null,
      endedBy: p.endedBy,
      continuation: {
        adept: p.adeptContinuation,
        mentor: p.mentorContinuation,
      },
    };
  });
}
