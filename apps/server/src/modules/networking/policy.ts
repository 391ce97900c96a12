import { defineAbility } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

export const networkingAbilities = {
  /**
   * A program's directory and groups: anyone who sees the program; the service narrows it (the
   * directory to those in it and the program's people-seers, the groups to their members).
   */
  read: defineAbility('networking.read', programResource, (actor, access) => programAbilities.read.allows(actor, access)),
  /** Form and change groups, see every group and the whole directory: those who see the program's people (decision 0011). */
  manage: defineAbility(
    'networking.manage',
    programResource,
    (actor, access) => programAbilities.people.allows(actor, access),
    programAbilities.people.refusal,
  ),
};
