import { Worker } from 'node:worker_threads';
import type { CohortInput, CohortResult } from '@lots/matching/cohort';
import type { MatchingRun, RunPairWhy } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Mutation } from '../../platform/mutation';
import { loadProgramForSystem, type ProgramAccess } from '../programs';
import { loadPool, participantOf, type Pool } from './load';
import { loadSettings } from './settings';
import { MATCHABLE, RUN_HEARTBEAT_SECONDS } from './run-service';
import * as repo from './repository';
import { compactPairs } from './stored-result';

/** The matching worker's young generation (semi-spaces and all), in MB. */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * A worker thread for `matchCohort`, started before its input is read (decision 0197): loading
 * the engine in the thread overlaps reading the pool on this one. `compute` sends the input and
 * resolves with the result (reporting progress); `stop` ends a thread whose run ended without it.
 */
function startEngine(onProgress: (p: number) => void) {
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
    // The engine is plain JavaScript: no loader of the parent's (tsx in development) in the worker;
    // a CPU profile (bench:matching-run --profile) is kept.
    execArgv: process.execArgv.filter((a) => a.startsWith('--cpu-prof')),
    // Its own young generation, whatever the process was started with (npm start on the embedded
    // database keeps the main thread's small, decision 0168): the engine's short-lived objects
    // die young instead of being collected a megabyte at a time.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const result = new Promise<CohortResult>((resolve, reject) => {
    worker.on('message', (message: { type: 'progress'; progress: number } | { type: 'done'; result: CohortResult }) => {
      if (message.type === 'progress') onProgress(message.progress);
      else resolve(message.result);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`matching worker stopped with exit code ${code}`)));
  });
  // A thread stopped before its run (the run refused, the pool unreadable) is nobody's error.
  result.catch(() => {});
  return {
    compute(input: CohortInput): Promise<CohortResult> {
      worker.postMessage(input);
      return result;
    },
    stop: () => void worker.terminate(),
  };
}

/** The explained result: every id turned into a participant with a name. */
function present(
  pool: Pool,
  result: CohortResult,
): Pick<MatchingRun, 'unmatched' | 'unusedMentors' | 'beyondCapacity' | 'stability' | 'adeptCount' | 'mentorCount' | 'greedyTotalScore'> & {
  pairs: RunPairWhy[];
} {
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
      forbidden: u.forbidden.map((g) => ({ rules: g.rules, count: g.count, examples: g.examples.map(who) })),
      forbiddenCount: u.forbiddenCount,
      full: u.full.map(who),
      fullCount: u.fullCount,
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

async function buildInput(db: DbOrTx, access: ProgramAccess) {
  const [pool, settings, constraints, preferences] = await Promise.all([
    loadPool(db, access),
    loadSettings(db, access),
    repo.listConstraints(db, access.program.id),
    repo.listPreferences(db, access.program.id),
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
      .map((c) => ({ kind: c.kind, adeptId: c.adeptApplicationId, mentorId: c.mentorApplicationId })),
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

type RunUpdate = Parameters<typeof repo.updateRun>[2];

/** Takes a queued run for this process: only one process ever gets it (a run is never computed twice). */
async function claimRun({ tx }: Mutation<null>, runId: string) {
  return repo.claimQueuedRun(tx, runId);
}

async function writeRun({ tx }: Mutation<null>, runId: string, values: RunUpdate) {
  await repo.updateRun(tx, runId, values);
}

async function writeProgress({ tx }: Mutation<null>, runId: string, progress: number) {
  await repo.updateRunProgress(tx, runId, progress);
}

async function touchRun({ tx }: Mutation<null>, runId: string) {
  await repo.touchRun(tx, runId);
}

/** Why a run cannot be computed, or null. */
function refusal(access: ProgramAccess | undefined): string | null {
  if (!access) return 'the program no longer exists';
  if (!MATCHABLE.includes(access.program.status))
    return `the program is no longer in selection, matching or running (it is ${access.program.status})`;
  return null;
}

/**
 * The matching-run job (decision 0083): the process whose worker took the job claims the queued
 * run, reads the pool as it is now, computes the cohort in a worker thread (reporting progress
 * and a heartbeat) and stores the explained result. A run that cannot be computed is marked
 * failed with its reason. Returns what became of the run.
 */
export async function computeRun(ctx: AppContext, runId: string): Promise<'done' | 'failed' | 'not queued'> {
  const run = await ctx.system(claimRun, runId);
  if (!run) return 'not queued';
  // While the worker computes, this process tells the others (and its own next start) it is alive.
  const heartbeat = setInterval(() => void ctx.system(touchRun, runId).catch(() => {}), RUN_HEARTBEAT_SECONDS * 1000);
  heartbeat.unref();
  let lastWrite = 0;
  const engine = startEngine((progress) => {
    const now = Date.now();
    if (now - lastWrite > 250 && progress < 100) {
      lastWrite = now;
      void ctx.system(writeProgress, runId, progress).catch(() => {});
    }
  });
  try {
    const access = await loadProgramForSystem(ctx.db, run.programId);
    const refused = refusal(access);
    if (refused || !access) throw new Error(refused ?? 'the program no longer exists');
    const { pool, input, constraints } = await buildInput(ctx.db, access);
    const reasons = new Map(constraints.map((c) => [`${c.adeptApplicationId}/${c.mentorApplicationId}`, c.reason]));
    const result = await engine.compute(input);
    const presented = present(pool, result);
    for (const pair of presented.pairs) pair.reason = reasons.get(`${pair.adept.applicationId}/${pair.mentor.applicationId}`) ?? null;
    await ctx.system(writeRun, runId, {
      status: 'done',
      progress: 100,
      matchedCount: result.matchedCount,
      totalScore: result.totalScore,
      // The pairs' breakdowns as numbers, the criteria and weights once (decision 0187).
      result: { ...presented, ...compactPairs(presented.pairs) },
      finishedAt: new Date(),
    });
    return 'done';
  } catch (error) {
    ctx.log.error({ err: error, runId }, 'matching run failed');
    await ctx.system(writeRun, runId, {
      status: 'failed',
      error: String((error as Error).message ?? error).slice(0, 500),
      finishedAt: new Date(),
    });
    return 'failed';
  } finally {
    clearInterval(heartbeat);
    engine.stop();
  }
}
