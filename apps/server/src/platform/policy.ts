import type { Role } from '@lots/core';
import type { Actor } from './actor';
import { forbidden } from './errors';

/** Organisation-level permissions shared by the modules. A platform administrator may do everything. */
export const hasRole = (actor: Actor, organisationId: string, ...roles: Role[]) =>
  actor.platformAdmin || (actor.person?.organisationId === organisationId && roles.some((r) => actor.person!.roles.includes(r)));

export const isMember = (actor: Actor, organisationId: string) => actor.platformAdmin || actor.person?.organisationId === organisationId;

export function requireMember(actor: Actor, organisationId: string): void {
  // A foreign organisation is answered like a missing one: its existence is not revealed.
  if (!isMember(actor, organisationId)) throw forbidden('You are not a member of this organisation');
}

export function requireRole(actor: Actor, organisationId: string, ...roles: Role[]): void {
  if (!hasRole(actor, organisationId, ...roles)) throw forbidden('Your role does not allow this');
}

export function requirePlatformAdmin(actor: Actor): void {
  if (!actor.platformAdmin) throw forbidden('Only a platform administrator may do this');
}
