import { schema, type DbOrTx } from '@lots/db';
import type { Actor } from './actor';

/** Records who changed what, in the same transaction as the change. */
export async function audit(
  tx: DbOrTx,
  actor: Actor | null,
  organisationId: string | null,
  action: string,
  entity: string,
  entityId: string | null,
  data?: Record<string, unknown>,
): Promise<void> {
  await tx.insert(schema.auditLog).values({ actorUserId: actor?.userId ?? null, organisationId, action, entity, entityId, data });
}
