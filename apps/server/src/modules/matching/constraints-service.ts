import { ruleBreaks } from '@lots/matching/scoring';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Mutation } from '../../platform/mutation';
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
        kind: c.kind,
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
  { tx, actor, audit }: Mutation,
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
    // The reason's length only (decision 0080): what was written stays on the constraint.
    await audit({
      action: breaks.length ? 'matching.assign.override' : 'matching.lock',
      organisationId: access.program.ownerOrganisationId,
      entity: 'application',
      entityId: adept.id,
      data: { mentor: mentor.id, ruleBreaks: breaks, reasonLength: input.reason?.trim().length ?? 0 },
    });
  } else {
    await repo.upsertConstraint(tx, {
      programId: access.program.id,
      adeptApplicationId: adept.id,
      mentorApplicationId: mentor.id,
      kind: 'exclude',
      reason: input.reason ?? null,
      createdBy: actor.userId,
    });
    await audit({
      action: 'matching.exclude',
      organisationId: access.program.ownerOrganisationId,
      entity: 'application',
      entityId: adept.id,
      data: { mentor: mentor.id },
    });
  }
}

export async function addConstraint(m: Mutation, programId: string, input: Parameters<typeof constrain>[2]) {
  const access = await requirePeopleAccess(m.tx, m.actor, programId);
  requireDecisionsOpen(access.program);
  await constrain(m, access, input);
  return presentConstraints(m.tx, access);
}

export async function removeConstraint({ tx, actor, audit }: Mutation, programId: string, constraintId: string) {
  const access = await requirePeopleAccess(tx, actor, programId);
  requireDecisionsOpen(access.program);
  if (!(await repo.deleteConstraint(tx, programId, constraintId))) throw notFound('Constraint');
  await audit({
    action: 'matching.unconstrain',
    organisationId: access.program.ownerOrganisationId,
    entity: 'matching_constraint',
    entityId: constraintId,
  });
  return presentConstraints(tx, access);
}

/** Swaps the mentors of two adepts of a finished run: both new pairs are locked. */
export async function swap(
  m: Mutation,
  programId: string,
  input: { runId: string; adeptApplicationIds: [string, string]; reason?: string | null },
) {
  const { tx, actor } = m;
  const access = await requirePeopleAccess(tx, actor, programId);
  requireDecisionsOpen(access.program);
  const run = await repo.findRun(tx, programId, input.runId);
  if (!run || run.status !== 'done') throw invalid('runId', 'no finished run with this id');
  const pairs = run.result?.pairs ?? [];
  const [a, b] = input.adeptApplicationIds.map((id) => pairs.find((p) => p.adept.applicationId === id));
  if (!a || !b) throw invalid('adeptApplicationIds', 'both adepts must have a mentor in this run');
  if (a.mentor.applicationId === b.mentor.applicationId) throw invalid('adeptApplicationIds', 'the two adepts have the same mentor');
  await repo.deleteLocksOfAdepts(tx, programId, input.adeptApplicationIds);
  await constrain(m, access, {
    kind: 'lock',
    adeptApplicationId: a.adept.applicationId,
    mentorApplicationId: b.mentor.applicationId,
    reason: input.reason,
  });
  await constrain(m, access, {
    kind: 'lock',
    adeptApplicationId: b.adept.applicationId,
    mentorApplicationId: a.mentor.applicationId,
    reason: input.reason,
  });
  return presentConstraints(tx, access);
}
