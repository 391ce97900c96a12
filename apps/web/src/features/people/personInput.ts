import type { PersonInput, Role } from '@lots/core';

export type PersonFormValues = {
  name: string;
  email: string;
  title: string;
  unitId: string;
  managerId: string;
  managerEmail: string;
};

/**
 * Form values → the API's PersonInput. The manager is either picked from the list (managerId)
 * or given by e-mail; with neither, both are sent as null so an edit clears the manager.
 */
export function toPersonInput(v: PersonFormValues, roles: readonly Role[]): PersonInput {
  const manager = v.managerId
    ? { managerId: v.managerId }
    : v.managerEmail.trim()
      ? { managerEmail: v.managerEmail.trim() }
      : { managerId: null, managerEmail: null };
  return {
    name: v.name.trim(),
    email: v.email.trim(),
    title: v.title.trim() || null,
    unitId: v.unitId || null,
    roles: [...roles],
    ...manager,
  };
}
