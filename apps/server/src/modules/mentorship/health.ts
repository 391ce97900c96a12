import type { z } from 'zod';
import type { PairHealthPage, healthQuerySchema } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { requirePeopleAccess } from '../programs';
import * as repo from './repository';

const DAY = 24 * 3600 * 1000;

/**
 * Meetings a pair is expected to have held by `until`: counted from the agreement's start (both
 * signed) or the first logged meeting, whichever came first, in windows of the agreed cadence
 * (the middle of its range). Every window that is over counts, and the current one counts as soon
 * as it holds a meeting (the last meeting falls in it) — so a pair that has met is never shown
 * "1 of 0 expected". Without an agreement, or before it started and before any meeting, nothing is
 * expected (null). Needs only the first and last meeting, which SQL gives per pair.
 */
export function meetingsExpected(
  startedAt: Date | null,
  meetings: { first: Date | null; last: Date | null },
  cadence: { min: number; max: number } | undefined,
  until: Date,
): number | null {
  if (!cadence) return null;
  const since = Math.min(startedAt?.getTime() ?? Infinity, meetings.first?.getTime() ?? Infinity);
  if (since === Infinity) return null;
  const window = ((cadence.min + cadence.max) / 2) * 7 * DAY;
  const over = Math.max(0, Math.floor((until.getTime() - since) / window));
  const current = since + over * window;
  return over + (meetings.last && meetings.last.getTime() >= current ? 1 : 0);
}

/**
 * The coordinator's view of a program's pairs, one page: whether the agreement is signed, meetings
 * logged against the agreed cadence, the last meeting's date, quiet pairs — searched, filtered,
 * sorted and paged in SQL (decision 0161), with the program's figures over all its pairs. Never
 * any content: no goals, agendas, notes, check-ins or reasons.
 */
export async function programHealth(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  query: z.output<typeof healthQuerySchema>,
  now = new Date(),
): Promise<PairHealthPage> {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  const quietBefore = new Date(now.getTime() - access.program.nudgeAfterWeeks * 7 * DAY);
  const [page, summary] = await Promise.all([
    repo.healthPage(ctx.db, programId, quietBefore, query),
    repo.healthSummary(ctx.db, programId, quietBefore),
  ]);
  const items = page.rows.map((p) => ({
    pairId: p.id,
    adept: { name: p.adeptName, organisationName: p.adeptOrganisation },
    mentor: { name: p.mentorName, organisationName: p.mentorOrganisation },
    status: p.status as PairHealthPage['items'][number]['status'],
    agreementSigned: Boolean(p.signed),
    startedAt: p.startedAt?.toISOString() ?? null,
    meetingsLogged: p.meetings ?? 0,
    meetingsExpected: meetingsExpected(
      p.startedAt,
      { first: p.firstMeeting, last: p.lastMeeting },
      p.cadenceMin === null || p.cadenceMax === null ? undefined : { min: p.cadenceMin, max: p.cadenceMax },
      p.endedAt ?? now,
    ),
    lastMeetingOn: p.lastMeeting ? p.lastMeeting.toISOString().slice(0, 10) : null,
    quiet: Boolean(p.quiet),
    endedAt: p.endedAt?.toISOString() ?? null,
    endedBy: p.endedBy,
    continuation: { adept: p.adeptContinuation, mentor: p.mentorContinuation },
  }));
  return { items, total: page.total, summary };
}
