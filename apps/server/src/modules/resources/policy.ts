import { defineAbility } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

export const resourceAbilities = {
  /** A program's resources: everyone who sees the program (the list is narrowed to the viewer's audience). */
  read: defineAbility('resource.read', programResource, (actor, access) => programAbilities.read.allows(actor, access)),
  /** Add and remove resources: those who manage the program. */
  manage: defineAbility(
    'resource.manage',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
};
