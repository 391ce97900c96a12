import { defineAbility } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

export const contactAbilities = {
  /** See the program's contact persons: everyone who sees the program (the service narrows participants to their own organisation's). */
  read: defineAbility('contact.read', programResource, () => true),
  /** Set and remove contact persons: those who manage the program. */
  manage: defineAbility(
    'contact.manage',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
};
