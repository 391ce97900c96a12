import { ruleBreaks } from '@lots/matching/scoring';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import { audit } from '../../platform/audit';
import type { DbOrTx } from '@lots/db';
import { requireDecisionsOpen, requirePeopleAccess, type ProgramAccess } from '../programs';
import { loadPool, participantOf, type Pool } from './load';
import { loadSettings } from './settings';
import * as repo from './repository';

function people(pool: Pool, adeptId: string, mentorId: string) {
  const adept = pool.adepts.find((a) => a.id === adeptId);
  const mentor = pool.mentors.find((m) => m.id === mentorId);
  if (!adept && pool.beyondCapacity.some((a) => a.id === adeptId))
    throw new AppError(
      'conflict',
      'The cohort is full: every one of its places has a pair or an adept before this one',
      'adeptApplicationId',
    );
  if (!adept) throw invalid('adeptApplicationId', 'not an accepted adept of this program without a pair');
  if (!mentor) throw invalid('mentorApplicationId', 'not an accepted mentor of this program');
  return { adept, mentor };
}

async function presentConstraints(db: DbOrTx, access: ProgramAccess) {
  const [pool, settings, rows] = await Promise.all([
    loadPool(db, access),
    loadSettings(db, access),
    repo.listConstraints(db, access.program.id),
  ]);
  return rows
    .filter((c) => pool.applications.has(c.adeptApplicationId) && pool.applications.has(c.mentorApplicationId))
    .map((c) => {
      const adept = pool.adepts.find((a) => a.id === c.adeptApplicationId);
      const mentor = pool.mentors.find((m) => m.id === c.mentorApplicationId);
      return {
        id: c.id,
        kind: c.kind as 'lock' | 'exclude',
        adept: participantOf(pool.applications.get(c.adeptApplicationId)!),
        mentor: participantOf(pool.applications.get(c.mentorApplicationId)!),
        reason: c.reason,
        ruleBreaks:
          c.kind === 'lock' && adept && mentor ? ruleBreaks(adept, mentor, settings.hardRules).filter((b) => b !== 'noCapacity') : [],
        createdAt: c.createdAt.toISOString(),
      };
    });
}

export async function listConstraints(ctx: AppContext, actor: Actor, programId: string) {
  return presentConstraints(ctx.db, await requirePeopleAccess(ctx.db, actor, programId));
}

/**
 * Lock (or assign by hand) or exclude a pair. A lock that breaks a hard rule needs a
 * written reason, which is kept and logged. An adept has at most one locked mentor.
 */
async function constrain(
  tx: DbOrTx,
  actor: Actor,
  access: ProgramAccess,
  input: { kind: 'lock' | 'exclude'; adeptApplicationId: string; mentorApplicationId: string; reason?: string | null },
) {
  const pool = await loadPool(tx, access);
  const { adept, mentor } = people(pool, input.adeptApplicationId, input.mentorApplicationId);
  if (input.kind === 'lock') {
    if (access.program.requiresManagerConfirmation && !adept.confirmed) {
      throw new AppError('conflict', 'No adept is matched without the manager’s confirmation', 'adeptApplicationId');
    }
    const settings = await loadSettings(tx, access);
    const breaks = ruleBreaks(adept, mentor, settings.hardRules).filter((b) => b !== 'noCapacity');
    if (breaks.length && !input.reason?.trim()) {
      throw new AppError(
        'validation',
        `reason: this pair breaks the rules ${breaks.join(', ')}; write why it should be made anyway`,
        'reason',
      );
    }
    await repo.deleteLocksOfAdepts(tx, access.program.id, [adept.id]);
    const locks = (await repo.listConstraints(tx, access.program.id)).filter(
      (c) => c.kind === 'lock' && c.mentorApplicationId === mentor.id,
    );
    if (locks.length >= Math.max(1, mentor.capacity))
      throw new AppError('conflict', 'The mentor has no place left for another locked pair', 'mentorApplicationId');
    await repo.upsertConstraint(tx, {
      programId: access.program.id,
      adeptApplicationId: adept.id,
      mentorApplicationId: mentor.id,
      kind: 'lock',
      reason: input.reason ?? null,
      createdBy: actor.userId,
    });
    await audit(
      tx,
      actor,
      access.program.ownerOrganisationId,
      breaks.length ? 'matching.assign.override' : 'matching.lock',
      'application',
      adept.id,
      {
        mentor: mentor.id,
        ruleBreaks: breaks,
        reason: input.reason ?? null,
      },
    );
  } else {
    await repo.upsertConstraint(tx, {
      programId: access.program.id,
      adeptApplicationId: adept.id,
      mentorApplicationId: mentor.id,
      kind: 'exclude',
      reason: input.reason ?? null,
      createdBy: actor.userId,
    });
    await audit(tx, actor, access.program.ownerOrganisationId, 'matching.exclude', 'application', adept.id, { mentor: mentor.id });
  }
}

export async function addConstraint(ctx: AppContext, actor: Actor, programId: string, input: Parameters<typeof constrain>[3]) {
  return ctx.db.transaction(async (tx) => {
    const access = await requirePeopleAccess(tx, actor, programId);
    requireDecisionsOpen(access.program);
    await constrain(tx, actor, access, input);
    return presentConstraints(tx, access);
  });
}

export async function removeConstraint(ctx: AppContext, actor: Actor, programId: string, constraintId: string) {
  return ctx.db.transaction(async (tx) => {
    const access = await requirePeopleAccess(tx, actor, programId);
    requireDecisionsOpen(access.program);
    if (!(await repo.deleteConstraint(tx, programId, constraintId))) throw notFound('Constraint');
    await audit(tx, actor, access.program.ownerOrganisationId, 'matching.unconstrain', 'matching_constraint', constraintId);
    return presentConstraints(tx, access);
  });
}

/** Swaps the mentors of two adepts of a finished run: both new pairs are locked. */
export async function swap(
  ctx: AppContext,
  actor: Actor,
  programId: string,
  input: { runId: string; adeptApplicationIds: [string, string]; reason?: string | null },
) {
  return ctx.db.transaction(async (tx) => {
    const access = await requirePeopleAccess(tx, actor, programId);
    requireDecisionsOpen(access.program);
    const run = await repo.findRun(tx, programId, input.runId);
    if (!run || run.status !== 'done') throw invalid('runId', 'no finished run with this id');
    const pairs = (run.result as { pairs?: { adept: { applicationId: string }; mentor: { applicationId: string } }[] }).pairs ?? [];
    const [a, b] = input.adeptApplicationIds.map((id) => pairs.find((p) => p.adept.applicationId === id));
    if (!a || !b) throw invalid('adeptApplicationIds', 'both adepts must have a mentor in this run');
    if (a.mentor.applicationId === b.mentor.applicationId) throw invalid('adeptApplicationIds', 'the two adepts have the same mentor');
    await repo.deleteLocksOfAdepts(tx, programId, input.adeptApplicationIds);
    await constrain(tx, actor, access, {
      kind: 'lock',
      adeptApplicationId: a.adept.applicationId,
      mentorApplicationId: b.mentor.applicationId,
      reason: input.reason,
    });
    await constrain(tx, actor, access, {
      kind: 'lock',
      adeptApplicationId: b.adept.applicationId,
      mentorApplicationId: a.mentor.applicationId,
      reason: input.reason,
    });
    return presentConstraints(tx, access);
  });
}
