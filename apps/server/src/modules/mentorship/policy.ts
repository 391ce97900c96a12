import { eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { Actor } from '../../platform/actor';
import { notFound } from '../../platform/errors';

export interface PairAccess {
  pair: typeof schema.pairs.$inferSelect;
  role: 'adept' | 'mentor';
  adeptPersonId: string;
  mentorPersonId: string;
}

/**
 * The pair's space is open to the two people of the pair and to no one else: not to
 * coordinators, not to organisation administrators, not to platform administrators.
 * Everyone else gets a 404, so not even the pair's existence is confirmed.
 */
export async function loadPairAccess(db: DbOrTx, actor: Actor, pairId: string): Promise<PairAccess> {
  const [pair] = await db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId));
  if (!pair || !actor.person) throw notFound('Mentorship');
  const apps = await db
    .select({ id: schema.applications.id, personId: schema.applications.personId })
    .from(schema.applications)
    .where(eq(schema.applications.programId, pair.programId));
  const adeptPersonId = apps.find((a) => a.id === pair.adeptApplicationId)?.personId;
  const mentorPersonId = apps.find((a) => a.id === pair.mentorApplicationId)?.personId;
  if (!adeptPersonId || !mentorPersonId) throw notFound('Mentorship');
  const role = actor.person.id === adeptPersonId ? 'adept' : actor.person.id === mentorPersonId ? 'mentor' : null;
  if (!role || pair.status === 'declined') throw notFound('Mentorship');
  return { pair, role, adeptPersonId, mentorPersonId };
}
