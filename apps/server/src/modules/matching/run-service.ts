import { Worker } from 'node:worker_threads';
import type { CohortInput, CohortResult } from '@lots/matching/cohort';
import type { MatchingRun } from '@lots/core';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, notFound } from '../../platform/errors';
import { audit } from '../../platform/audit';
import { requirePeopleAccess } from '../programs';
import { loadPool, participantOf, type Pool } from './load';
import { loadSettings } from './settings';
import * as repo from './repository';

const MATCHABLE = ['selection', 'matching', 'running'];

/** Runs `matchCohort` in a worker thread, reporting progress. */
function runInWorker(input: CohortInput, onProgress: (p: number) => void): Promise<CohortResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: input });
    worker.on('message', (message: { type: 'progress'; progress: number } | { type: 'done'; result: CohortResult }) => {
      if (message.type === 'progress') onProgress(message.progress);
      else resolve(message.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`matching worker stopped with exit code ${code}`));
    });
  });
}

/** The stored, explained result: every id turned into a participant with a name. */
function present(
  pool: Pool,
  result: CohortResult,
): Pick<
  MatchingRun,
  'pairs' | 'unmatched' | 'unusedMentors' | 'beyondCapacity' | 'stability' | 'adeptCount' | 'mentorCount' | 'greedyTotalScore'
> {
  const who = (id: string) => participantOf(pool.applications.get(id)!);
  const used = new Map<string, number>();
  for (const p of result.pairs) used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
  return {
    adeptCount: pool.adepts.length,
    mentorCount: pool.mentors.length,
    greedyTotalScore: result.greedyTotalScore,
    pairs: result.pairs.map((p) => ({
      adept: who(p.adeptId),
      mentor: who(p.mentorId),
      score: p.score,
      breakdown: p.breakdown,
      locked: p.locked,
      ruleBreaks: p.ruleBreaks,
      reason: null,
    })),
    unmatched: result.unmatched.map((u) => ({
      adept: who(u.adeptId),
      reason: u.reason,
      forbidden: u.forbidden.map((f) => ({ mentor: who(f.mentorId), rules: f.rules })),
      full: u.full.map(who),
    })),
    unusedMentors: pool.mentors
      .filter((m) => (used.get(m.id) ?? 0) < m.capacity)
      .map((m) => ({ ...who(m.id), capacity: m.capacity, used: used.get(m.id) ?? 0 })),
    beyondCapacity: pool.beyondCapacity.map((a) => who(a.id)),
    stability: result.stability
      ? {
          stable: result.stability.stable,
          blockingPairs: result.stability.blockingPairs.map((b) => ({ adept: who(b.adeptId), mentor: who(b.mentorId) })),
        }
      : null,
  };
}

export async function buildInput(ctx: AppContext, access: Awaited<ReturnType<typeof requirePeopleAccess>>) {
  const [pool, settings, constraints, preferences] = await Promise.all([
    loadPool(ctx.db, access),
    loadSettings(ctx.db, access),
    repo.listConstraints(ctx.db, access.program.id),
    repo.listPreferences(ctx.db, access.program.id),
  ]);
  const inPool = new Set([...pool.adepts, ...pool.mentors].map((p) => p.id));
  const input: CohortInput = {
    adepts: pool.adepts,
    mentors: pool.mentors,
    // Without mutual preferences, that criterion has nothing to measure.
    weights: settings.preferencesEnabled ? settings.weights : { ...settings.weights, preferences: 0 },
    // "No adept is matched without a confirmation" when the program asks for one.
    hardRules: access.program.requiresManagerConfirmation ? { ...settings.hardRules, requireConfirmation: true } : settings.hardRules,
    constraints: constraints
      .filter((c) => inPool.has(c.adeptApplicationId) && inPool.has(c.mentorApplicationId))
      .map((c) => ({ kind: c.kind as 'lock' | 'exclude', adeptId: c.adeptApplicationId, mentorId: c.mentorApplicationId })),
    preferences: settings.preferencesEnabled
      ? {
          adeptRanks: preferences
            .filter((p) => p.side === 'adept')
            .map((p) => [`${p.fromApplicationId}/${p.toApplicationId}`, p.rank ?? 5] as [string, number]),
          mentorMarks: preferences.filter((p) => p.side === 'mentor').map((p) => `${p.toApplicationId}/${p.fromApplicationId}`),
        }
      : null,
    minScore: settings.minScore,
    reverse: access.program.type === 'reverse',
  };
  return { pool, input, constraints };
}

/** Starts a run and answers at once; the run goes on in a worker thread and is polled. */
export async function startRun(ctx: AppContext, actor: Actor, programId: string) {
  const access = await requirePeopleAccess(ctx.db, actor, programId);
  if (!MATCHABLE.includes(access.program.status))
    throw new AppError(
      'conflict',
      `Matching needs the program in selection, matching or running (it is ${access.program.status})`,
      'status',
    );
  const { pool, input, constraints } = await buildInput(ctx, access);
  const run = await ctx.db.transaction(async (tx) => {
    const run = await repo.insertRun(tx, programId, actor.userId);
    await audit(tx, actor, access.program.ownerOrganisationId, 'matching.run', 'matching_run', run.id, {
      adepts: pool.adepts.length,
      mentors: pool.mentors.length,
    });
    return run;
  });
  const reasons = new Map(constraints.map((c) => [`${c.adeptApplicationId}/${c.mentorApplicationId}`, c.reason]));
  void (async () => {
    let lastWrite = 0;
    // While the worker computes, this process tells the others (and its own next start) it is alive.
    const heartbeat = setInterval(() => void repo.touchRun(ctx.db, run.id).catch(() => {}), RUN_HEARTBEAT_SECONDS * 1000);
    heartbeat.unref();
    try {
      await repo.updateRun(ctx.db, run.id, { status: 'running', progress: 1 });
      const result = await runInWorker(input, (progress) => {
        const now = Date.now();
        if (now - lastWrite > 250 && progress < 100) {
          lastWrite = now;
          void repo.updateRun(ctx.db, run.id, { progress }).catch(() => {});
        }
      });
      const presented = present(pool, result);
      for (const pair of presented.pairs) pair.reason = reasons.get(`${pair.adept.applicationId}/${pair.mentor.applicationId}`) ?? null;
      await repo.updateRun(ctx.db, run.id, {
        status: 'done',
        progress: 100,
        matchedCount: result.matchedCount,
        totalScore: result.totalScore,
        result: presented as unknown as Record<string, unknown>,
        finishedAt: new Date(),
      });
    } catch (error) {
      ctx.log.error({ err: error, runId: run.id }, 'matching run failed');
      await repo
        .updateRun(ctx.db, run.id, {
          status: 'failed',
          error: String((error as Error).message ?? error).slice(0, 500),
          finishedAt: new Date(),
        })
        .catch(() => {});
    } finally {
      clearInterval(heartbeat);
    }
  })();
  return presentRun(run);
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
    pairs: result.pairs ?? [],
    unmatched: result.unmatched ?? [],
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

/**
 * Runs left unfinished by a stopped server are marked failed — at start and every minute, by
 * every process, so also those of another process that died; a run another live process is
 * computing keeps its heartbeat fresh and is left alone. Returns how many were failed.
 */
export async function failInterruptedRuns(ctx: AppContext, staleSeconds = RUN_STALE_SECONDS): Promise<number> {
  return repo.failUnfinishedRuns(ctx.db, staleSeconds);
}
