import { defineAbility, type Resource } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';
import * as repo from './repository';

/** The matching capability's abilities on the program the route names. */
export const matchingAbilities = {
  /** Weights and hard rules: those who manage the program. */
  settings: defineAbility(
    'matching.settings',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
  /** Runs, locks, exclusions, hand assignment, swaps, publishing, the program's pairs: those who see its people. */
  manage: defineAbility(
    'matching.manage',
    programResource,
    (actor, access) => programAbilities.people.allows(actor, access),
    programAbilities.people.refusal,
  ),
  /** One's own mutual preferences: everyone who sees the program (the service checks they were accepted). */
  preferences: defineAbility('matching.preferences', programResource, () => true),
};

/**
 * A published pair is seen by its two people only; anyone else (coordinators included: they see
 * pairs through the program's list) gets the 404 of a missing pair.
 */
export const offeredPairResource: Resource<{ pair: repo.PairRow; role: 'adept' | 'mentor' }> = {
  label: 'Pair',
  param: 'pairId',
  async load(db, actor, pairId) {
    const pair = await repo.findPair(db, pairId);
    if (!pair || !actor.person) return null;
    const parties = await repo.partiesOf(db, [pair.adeptApplicationId, pair.mentorApplicationId]);
    const personOf = (applicationId: string) => parties.find((p) => p.id === applicationId)?.personId;
    const role =
      personOf(pair.adeptApplicationId) === actor.person.id
        ? 'adept'
        : personOf(pair.mentorApplicationId) === actor.person.id
          ? 'mentor'
          : null;
    return role ? { pair, role } : null;
  },
  visible: () => true,
};

/** Accept or decline a published pair: its two people. */
export const respondToPair = defineAbility('pair.respond', offeredPairResource, () => true);
