import { and, asc, eq } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { programEvents } = schema;

export type EventRow = typeof programEvents.$inferSelect;

export async function eventsOf(db: DbOrTx, programId: string) {
  return db.select().from(programEvents).where(eq(programEvents.programId, programId)).orderBy(asc(programEvents.startsAt));
}

export async function insertEvent(db: DbOrTx, values: typeof programEvents.$inferInsert) {
  const [row] = await db.insert(programEvents).values(values).returning({ id: programEvents.id });
  return row!.id;
}

export async function updateEvent(db: DbOrTx, programId: string, id: string, values: Partial<typeof programEvents.$inferInsert>) {
  if (Object.keys(values).length === 0) {
    // Nothing to change (an empty PATCH): only whether the event is this program's.
    const rows = await db
      .select({ id: programEvents.id })
      .from(programEvents)
      .where(and(eq(programEvents.programId, programId), eq(programEvents.id, id)));
    return rows.length > 0;
  }
  const rows = await db
    .update(programEvents)
    .set(values)
    .where(and(eq(programEvents.programId, programId), eq(programEvents.id, id)))
    .returning({ id: programEvents.id });
  return rows.length > 0;
}

export async function deleteEvent(db: DbOrTx, programId: string, id: string) {
  const rows = await db
    .delete(programEvents)
    .where(and(eq(programEvents.programId, programId), eq(programEvents.id, id)))
    .returning({ id: programEvents.id });
  return rows.length > 0;
}
