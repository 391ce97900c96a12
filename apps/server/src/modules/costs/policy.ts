import type { Actor } from '../../platform/actor';
import { defineAbility } from '../../platform/authorize';
import { programAbilities, programResource, type ProgramAccess } from '../programs';

/**
 * Staff of a participating organisation who deal with its costs: its administrators and
 * coordinators (its contact person for the program is one of them). They see their own
 * organisation's part only.
 */
export function organisationStaff(actor: Actor, access: ProgramAccess): string | null {
  const person = actor.person;
  if (!person || !access.organisationIds.includes(person.organisationId)) return null;
  return person.roles.includes('org_admin') || person.roles.includes('coordinator') ? person.organisationId : null;
}

export const costAbilities = {
  /**
   * See a program's costs: those who manage it see the whole program (every organisation, totals,
   * cost per outcome); administrators and coordinators of a participating organisation their own
   * organisation's invoice basis only (the service narrows it).
   */
  read: defineAbility(
    'cost.read',
    programResource,
    (actor, access) => access.manage || organisationStaff(actor, access) !== null,
    'Only the program’s coordinators and the participating organisations’ administrators and coordinators see its costs',
  ),
  /** Enter shared costs, choose the split, mark invoices: those who manage the program. */
  manage: defineAbility(
    'cost.manage',
    programResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
};
