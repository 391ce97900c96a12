import type { DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { authorize, defineAbility, type Resource } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';
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
 * Everyone else gets a 404, so not even the pair's existence is confirmed (decision 0072).
 */
export const pairResource: Resource<PairAccess> = {
  label: 'Mentorship',
  param: 'pairId',
  async load(db, actor, pairId) {
    const pair = await repo.findPair(db, pairId);
    if (!pair || !actor.person) return null;
    const apps = await repo.applicantsOfProgram(db, pair.programId);
    const adeptPersonId = apps.find((a) => a.id === pair.adeptApplicationId)?.personId;
    const mentorPersonId = apps.find((a) => a.id === pair.mentorApplicationId)?.personId;
    if (!adeptPersonId || !mentorPersonId) return null;
    const role = actor.person.id === adeptPersonId ? 'adept' : actor.person.id === mentorPersonId ? 'mentor' : null;
    return role ? { pair, role, adeptPersonId, mentorPersonId } : null;
  },
  visible: (_actor, access) => access.pair.status !== 'declined',
};

export const mentorshipAbilities = {
  /** Read the pair's space (agreement, meetings, agenda, check-ins, one's own notes). */
  read: defineAbility('pair.read', pairResource, () => true),
  /** Write in the pair's space (whether it is still active is the service's 409, not a refusal). */
  write: defineAbility('pair.write', pairResource, () => true),
  /** The program's agreement clauses: those who manage the program. */
  clauses: defineAbility(
    'clauses.manage',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
  /** The coordinator's health view (dates and counts only): those who see the program's people. */
  health: defineAbility(
    'health.read',
    programResource,
    (actor, access) => programAbilities.people.allows(actor, access),
    programAbilities.people.refusal,
  ),
};

export function loadPairAccess(db: DbOrTx, actor: Actor, pairId: string): Promise<PairAccess> {
  return authorize(db, actor, mentorshipAbilities.read, pairId);
}
