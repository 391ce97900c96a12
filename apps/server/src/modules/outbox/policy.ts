import { defineActorAbility } from '../../platform/authorize';

/** Platform administrators read all mail; an organisation administrator the mail of their organisation. */
export const readOutbox = defineActorAbility(
  'outbox.read',
  (actor) => actor.platformAdmin || (actor.person?.roles.includes('org_admin') ?? false),
  'Only administrators can read the outbox',
);
