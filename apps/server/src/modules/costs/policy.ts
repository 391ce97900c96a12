import type { Actor } from '../../platform/actor';
import { defineAbility, type Resource } from '../../platform/authorize';
import { contactOrganisationsOf } from '../contacts';
import { programAbilities, programResource, type ProgramAccess } from '../programs';

/** The program, and the participating organisation the viewer is the program's contact person for (if any). */
export type CostAccess = ProgramAccess & { participant: boolean; contactFor: string | null };

/**
 * The program as the costs see it: the program's resource (same visibility, same 404s) plus
 * whether the viewer is the contact person of their own organisation in it (`modules/contacts`).
 */
export const costResource: Resource<CostAccess> = {
  label: programResource.label,
  param: programResource.param,
  async load(db, actor, programId) {
    const access = await programResource.load(db, actor, programId);
    if (!access) return access;
    const person = actor.person;
    const contact =
      person && access.organisationIds.includes(person.organisationId)
        ? (await contactOrganisationsOf(db, programId, actor.email)).includes(person.organisationId)
        : false;
    return { ...access, contactFor: contact ? person!.organisationId : null };
  },
  visible: (actor, access) => programResource.visible(actor, access),
};

/**
 * The organisation whose part of the costs the viewer deals with: their own, when they are its
 * administrator or coordinator, or the program's contact person for it. Null for everyone else.
 */
export function organisationStaff(actor: Actor, access: CostAccess): string | null {
  const person = actor.person;
  if (!person || !access.organisationIds.includes(person.organisationId)) return null;
  if (access.contactFor === person.organisationId) return person.organisationId;
  return person.roles.includes('org_admin') || person.roles.includes('coordinator') ? person.organisationId : null;
}

export const costAbilities = {
  /**
   * See a program's costs: those who manage it see the whole program (every organisation, totals,
   * cost per outcome); a participating organisation's administrators, coordinators and contact
   * person their own organisation's invoice basis only (the service narrows it).
   */
  read: defineAbility(
    'cost.read',
    costResource,
    (actor, access) => access.manage || organisationStaff(actor, access) !== null,
    'Only the program’s coordinators and the participating organisations’ administrators, coordinators and contact persons see its costs',
  ),
  /** Ask whether one may see the costs: anyone who may see the program (the answer is `read`). */
  ask: defineAbility('cost.ask', costResource, () => true),
  /** Enter shared costs, choose the split, mark invoices: those who manage the program. */
  manage: defineAbility(
    'cost.manage',
    costResource,
    (actor, access) => programAbilities.manage.allows(actor, access),
    programAbilities.manage.refusal,
  ),
};
