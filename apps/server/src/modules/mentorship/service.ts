import type { Mentorship } from '@lots/core';
import type { DbOrTx } from '@lots/db';
import type { AppContext } from '../../context';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { loadPairAccess, type PairAccess } from './policy';
import { myNotes, presentMentorship } from './present';
import { pairsOfPerson } from '../matching';
import * as repo from './repository';

/** Writing in a pair's space needs a running mentorship. */
export const requireActive = (access: PairAccess) => {
  if (access.pair.status !== 'active')
    throw new AppError(
      'conflict',
      access.pair.status === 'ended' ? 'The mentorship has ended' : 'Both must accept the match first',
      'status',
    );
};

/**
 * In a closed or archived program the pair's space is read-only (decision 0104): meetings, the next
 * meeting, the agenda, goal check-ins, the agreement and the continuation choice answer 409
 * `program_closed`. One's own private notes and ending the mentorship stay open.
 */
export async function requireProgramOpen(db: DbOrTx, access: PairAccess): Promise<void> {
  const program = await repo.programOf(db, access.pair.programId);
  if (program && (program.status === 'closed' || program.status === 'archived'))
    throw new AppError('program_closed', `The program is ${program.status}: the mentorship is read-only`, 'status');
}

/** Writing in a pair's space needs an open program and a running mentorship. */
export async function requireWritable(db: DbOrTx, access: PairAccess): Promise<void> {
  await requireProgramOpen(db, access);
  requireActive(access);
}

/** The pair's space as this member sees it, read with `db` (a mutation's transaction, or the database). */
export async function readMentorship(db: DbOrTx, actor: Actor, pairId: string): Promise<Mentorship> {
  return presentMentorship(db, await loadPairAccess(db, actor, pairId), actor.locale);
}

export async function getMentorship(ctx: AppContext, actor: Actor, pairId: string): Promise<Mentorship> {
  return readMentorship(ctx.db, actor, pairId);
}

/** My mentorships, to list: everything a pair member may open. */
export async function listMine(ctx: AppContext, actor: Actor): Promise<Mentorship[]> {
  if (!actor.person) return [];
  const pairs = (await pairsOfPerson(ctx.db, actor.person.id)).filter((p) => p.status === 'active' || p.status === 'ended');
  const out: Mentorship[] = [];
  for (const p of pairs) out.push(await getMentorship(ctx, actor, p.id));
  return out;
}

// Private notes: the author's only. Every query is scoped by pair AND author.
export async function listNotes(ctx: AppContext, actor: Actor, pairId: string) {
  await loadPairAccess(ctx.db, actor, pairId);
  return myNotes(ctx.db, pairId, actor.person!.id);
}
