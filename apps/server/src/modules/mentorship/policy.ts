import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';
import * as repo from './repository';

export interface PairAccess {
  pair: repo.PairRow;
  role: 'adept' | 'mentor';
  adeptPersonId: string;
  mentorPersonId: string;
}

/**
 * The pair's space is open to the two people of the pair and to no one else: not to
 * coordinators, not to organisation administrators, not to platform administrators.
 * Everyone else gets a 404, so not even the pair's existence is confirmed.
 */
export async function loadPairAccess(db: DbOrTx, actor: Actor, pairId: string): Promise<PairAccess> {
  const pair = await repo.findPair(db, pairId);
  if (!pair || !actor.person) throw notFound('Mentorship');
  const apps = await repo.applicantsOfProgram(db, pair.programId);
  const adeptPersonId = apps.find((a) => a.id === pair.adeptApplicationId)?.personId;
  const mentorPersonId = apps.find((a) => a.id === pair.mentorApplicationId)?.personId;
  if (!adeptPersonId || !mentorPersonId) throw notFound('Mentorship');
  const role = actor.person.id === adeptPersonId ? 'adept' : actor.person.id === mentorPersonId ? 'mentor' : null;
  if (!role || pair.status === 'declined') throw notFound('Mentorship');
  return { pair, role, adeptPersonId, mentorPersonId };
}
