import { defineAbility } from '../../platform/authorize';
import { programAbilities, programResource } from '../programs';

/** Add, change and remove a program's events: those who manage the program. */
export const manageEvents = defineAbility(
  'event.manage',
  programResource,
  (actor, access) => programAbilities.manage.allows(actor, access),
  programAbilities.manage.refusal,
);
