import type { Me } from '@lots/core';

/** What the signed-in user may see, from their roles. The API enforces the same rules. */
export type Access = {
  platformAdmin: boolean;
  orgId: string | null;
  orgAdmin: boolean;
  coordinator: boolean;
  /** List and look at people (org admins and coordinators). */
  seePeople: boolean;
  /** Add, edit, invite and import people; edit the organisation and its units. */
  managePeople: boolean;
  seeOutbox: boolean;
};

export function accessOf(me: Me | null | undefined): Access {
  const platformAdmin = me?.user.platformAdmin ?? false;
  const roles = me?.person?.roles ?? [];
  const orgAdmin = roles.includes('org_admin');
  const coordinator = roles.includes('coordinator');
  return {
    platformAdmin,
    orgId: me?.person?.organisationId ?? null,
    orgAdmin,
    coordinator,
    seePeople: orgAdmin || coordinator,
    managePeople: orgAdmin,
    seeOutbox: platformAdmin || orgAdmin,
  };
}

/** Edit an organisation, its units and its people. */
export function canManageOrg(access: Access, orgId: string): boolean {
  return access.platformAdmin || (access.orgAdmin && access.orgId === orgId);
}

/** See the people of an organisation. */
export function canSeePeopleOf(access: Access, orgId: string): boolean {
  return access.platformAdmin || (access.seePeople && access.orgId === orgId);
}
