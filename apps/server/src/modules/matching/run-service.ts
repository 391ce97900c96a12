import type { MatchingRun, RunPairWhy } from '@lots/core';
import { summariseUnmatched } from '@lots/matching/cohort';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { requirePeopleAccess } from '../programs';
import type { Mutation } from '../../platform/mutation';
import * as repo from './repository';
import { explainedPair, listedPairs } from './stored-result';

/** The program statuses in which matching runs. */
export const MATCHABLE: readonly string[] = ['selection', 'matching', 'running'];

type Unmatched = MatchingRun['unmatched'][number];
/** As runs stored before decision 0084 kept it: every forbidden and every full mentor. */
type ListedUnmatched = Omit<Unmatched, 'forbidden' | 'forbiddenCount' | 'fullCount'> & {
  forbidden: { mentor: Unmatched['full'][number]; rules: Unmatched['forbidden'][number]['rules'] }[];
};

/** An unmatched adept's explanation in the compact form, also for a run stored with full lists. */
function compactUnmatched(u: Unmatched | ListedUnmatched): Unmatched {
  if ('fullCount' in u) return u;
  return { adept: u.adept, reason: u.reason, ...summariseUnmatched(u.forbidden, u.full) };
}

export function presentRun(row: repo.RunRow): MatchingRun {
  const result = row.result ?? {};
  return {
    id: row.id,
    programId: row.programId,
    status: row.status,
    progress: row.progress,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    matchedCount: row.matchedCount,
    totalScore: row.totalScore,
    adeptCount: result.adeptCount ?? null,
    mentorCount: result.mentorCount ?? null,
    greedyTotalScore: result.greedyTotalScore ?? null,
    pairs: listedPairs(result),
    unmatched: (result.unmatched ?? []).map(compactUnmatched),
    unusedMentors: result.unusedMentors ?? [],
    beyondCapacity: result.beyondCapacity ?? [],
    stability: result.stability ?? null,
  };
}

export async function getRun(ctx: AppContext, actor: Actor, programId: string, runId: string): Promise<MatchingRun> {
  await requirePeopleAccess(ctx.db, actor, programId);
  const row = await repo.findRun(ctx.db, programId, runId);
  if (!row) throw notFound('Matching run');
  return presentRun(row);
}

/** "Why?" for one pair of a run: its breakdown as the run computed it, the pair named by its adept's application. */
export async function getRunPairWhy(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  runId: string,
  adeptApplicationId: string,
): Promise<RunPairWhy> {
  await requirePeopleAccess(ctx.db, actor, programId);
  const row = await repo.findRunPair(ctx.db, programId, runId, adeptApplicationId);
  if (!row) throw notFound('Matching run');
  if (!row.pair) throw notFound('Pair of the run');
  return explainedPair(row.pair, row.criteria ?? [], row.weights ?? []);
}

export async function listRuns(ctx: AppContext, actor: Actor, programId: string) {
  await requirePeopleAccess(ctx.db, actor, programId);
  return (await repo.listRuns(ctx.db, programId)).map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  }));
}

/** Two runs side by side: which adepts got another mentor, and the difference in total score. */
export async function compareRuns(ctx: AppContext, actor: Actor, programId: string, aId: string, bId: string) {
  const [a, b] = await Promise.all([getRun(ctx, actor, programId, aId), getRun(ctx, actor, programId, bId)]);
  if (a.status !== 'done' || b.status !== 'done') throw new AppError('conflict', 'Both runs must be finished', 'runId');
  const before = new Map(a.pairs.map((p) => [p.adept.applicationId, p]));
  const after = new Map(b.pairs.map((p) => [p.adept.applicationId, p]));
  const adepts = new Map([...a.pairs, ...b.pairs].map((p) => [p.adept.applicationId, p.adept]));
  for (const u of [...a.unmatched, ...b.unmatched]) adepts.set(u.adept.applicationId, u.adept);
  const changed = [...adepts.values()]
    .filter((adept) => before.get(adept.applicationId)?.mentor.applicationId !== after.get(adept.applicationId)?.mentor.applicationId)
    .map((adept) => ({
      adept,
      before: before.get(adept.applicationId)?.mentor ?? null,
      after: after.get(adept.applicationId)?.mentor ?? null,
      scoreBefore: before.get(adept.applicationId)?.score ?? null,
      scoreAfter: after.get(adept.applicationId)?.score ?? null,
    }))
    .sort((x, y) => x.adept.name.localeCompare(y.adept.name, 'sv'));
  const summary = (r: MatchingRun) => ({
    id: r.id,
    status: r.status,
    progress: r.progress,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
    matchedCount: r.matchedCount,
    totalScore: r.totalScore,
    error: r.error,
  });
  return {
    a: summary(a),
    b: summary(b),
    totalScoreDifference: Math.round(((b.totalScore ?? 0) - (a.totalScore ?? 0)) * 1000) / 1000,
    matchedDifference: (b.matchedCount ?? 0) - (a.matchedCount ?? 0),
    changed,
  };
}

/** How often the process computing a run touches its heartbeat. */
export const RUN_HEARTBEAT_SECONDS = 10;
/** A queued or running run whose heartbeat is older than this belongs to a stopped process. */
export const RUN_STALE_SECONDS = 60;

async function failStaleRuns({ tx }: Mutation<null>, staleSeconds: number) {
  return repo.failUnfinishedRuns(tx, staleSeconds);
}

/**
 * Runs left unfinished by a stopped server are marked failed — at start and every minute, by
 * every process, so also those of another process that died; a run another live process is
 * computing keeps its heartbeat fresh and is left alone. Returns how many were failed.
 */
export async function failInterruptedRuns(ctx: AppContext, staleSeconds = RUN_STALE_SECONDS): Promise<number> {
  return ctx.system(failStaleRuns, staleSeconds);
}
