import type { Role } from '@lots/core';
import type { Actor } from '../../platform/actor';
import { can, defineAbility, defineActorAbility, type Resource } from '../../platform/authorize';
import * as repo from './repository';

/**
 * An organisation is seen by its members and by platform administrators. To anyone else it is
 * answered like a missing one (404), so another organisation's ids reveal nothing (decision 0072).
 */
export const organisationResource: Resource<repo.OrganisationRef> = {
  label: 'Organisation',
  param: 'orgId',
  load: (db, _actor, id) => repo.findOrganisationRef(db, id),
  visible: (actor, organisation) => actor.platformAdmin || actor.person?.organisationId === organisation.id,
  // A member's own organisation came with their session: no statement to authorise in it.
  carried: (actor, id) => (actor.person?.organisationId === id ? { id, kind: actor.person.organisationKind } : undefined),
};

/** A platform administrator may do everything in every organisation; others by their role in their own. */
const hasRole = (actor: Actor, organisation: repo.OrganisationRef, ...roles: Role[]) =>
  actor.platformAdmin || (actor.person?.organisationId === organisation.id && roles.some((r) => actor.person!.roles.includes(r)));

export const organisationAbilities = {
  /** Read the organisation and its units: every member. */
  read: defineAbility('organisation.read', organisationResource, () => true),
  /** Edit the organisation and its units. */
  manage: defineAbility(
    'organisation.manage',
    organisationResource,
    (actor, o) => hasRole(actor, o, 'org_admin'),
    'Your role does not allow this',
  ),
  /** List and look at the organisation's people. */
  readPeople: defineAbility(
    'people.read',
    organisationResource,
    (actor, o) => hasRole(actor, o, 'org_admin', 'coordinator'),
    'Your role does not allow this',
  ),
  /** Add, edit, invite and import people. */
  managePeople: defineAbility(
    'people.manage',
    organisationResource,
    (actor, o) => hasRole(actor, o, 'org_admin'),
    'Your role does not allow this',
  ),
};

/** Create organisations and see all of them: platform administrators. */
export const administerPlatform = defineActorAbility(
  'platform.administer',
  (actor) => actor.platformAdmin,
  'Only a platform administrator may do this',
);

/** The viewer's abilities on an organisation they see, for the response's `can`. */
export const organisationCan = (actor: Actor, organisation: repo.OrganisationRef) =>
  can(actor, organisation, {
    manage: organisationAbilities.manage,
    readPeople: organisationAbilities.readPeople,
    managePeople: organisationAbilities.managePeople,
  });

/** The viewer's abilities on their own organisation (for `me.can`); all false without one. */
export function ownOrganisationCan(actor: Actor) {
  const organisation = actor.person && organisationResource.carried!(actor, actor.person.organisationId);
  if (organisation) return organisationCan(actor, organisation);
  return { manage: false, readPeople: false, managePeople: false };
}
