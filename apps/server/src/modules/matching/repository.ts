import { and, desc, eq, inArray } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { matchingSettings, matchingRuns, matchingConstraints, matchingPreferences, pairs } = schema;

export async function findSettings(db: DbOrTx, programId: string) {
  const [row] = await db.select().from(matchingSettings).where(eq(matchingSettings.programId, programId));
  return row;
}

export async function saveSettings(db: DbOrTx, programId: string, values: Omit<typeof matchingSettings.$inferInsert, 'programId'>) {
  await db
    .insert(matchingSettings)
    .values({ programId, ...values })
    .onConflictDoUpdate({ target: matchingSettings.programId, set: { ...values, updatedAt: new Date() } });
}

export async function insertRun(db: DbOrTx, programId: string, createdBy: string) {
  const [row] = await db.insert(matchingRuns).values({ programId, createdBy }).returning();
  return row!;
}

export async function updateRun(db: DbOrTx, id: string, values: Partial<typeof matchingRuns.$inferInsert>) {
  await db.update(matchingRuns).set(values).where(eq(matchingRuns.id, id));
}

export async function findRun(db: DbOrTx, programId: string, id: string) {
  const [row] = await db
    .select()
    .from(matchingRuns)
    .where(and(eq(matchingRuns.programId, programId), eq(matchingRuns.id, id)));
  return row;
}

export async function listRuns(db: DbOrTx, programId: string) {
  return db.select().from(matchingRuns).where(eq(matchingRuns.programId, programId)).orderBy(desc(matchingRuns.createdAt)).limit(50);
}

export async function listConstraints(db: DbOrTx, programId: string) {
  return db.select().from(matchingConstraints).where(eq(matchingConstraints.programId, programId)).orderBy(matchingConstraints.createdAt);
}

export async function upsertConstraint(db: DbOrTx, values: typeof matchingConstraints.$inferInsert) {
  const [row] = await db
    .insert(matchingConstraints)
    .values(values)
    .onConflictDoUpdate({
      target: [matchingConstraints.programId, matchingConstraints.adeptApplicationId, matchingConstraints.mentorApplicationId],
      set: { kind: values.kind, reason: values.reason, createdBy: values.createdBy, createdAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteConstraint(db: DbOrTx, programId: string, id: string) {
  const rows = await db
    .delete(matchingConstraints)
    .where(and(eq(matchingConstraints.programId, programId), eq(matchingConstraints.id, id)))
    .returning({ id: matchingConstraints.id });
  return rows.length > 0;
}

export async function deleteLocksOfAdepts(db: DbOrTx, programId: string, adeptApplicationIds: string[]) {
  await db
    .delete(matchingConstraints)
    .where(
      and(
        eq(matchingConstraints.programId, programId),
        eq(matchingConstraints.kind, 'lock'),
        inArray(matchingConstraints.adeptApplicationId, adeptApplicationIds),
      ),
    );
}

export async function listPreferences(db: DbOrTx, programId: string) {
  return db.select().from(matchingPreferences).where(eq(matchingPreferences.programId, programId));
}

export async function replacePreferences(
  db: DbOrTx,
  programId: string,
  side: 'adept' | 'mentor',
  fromApplicationId: string,
  toIds: string[],
) {
  await db.delete(matchingPreferences).where(eq(matchingPreferences.fromApplicationId, fromApplicationId));
  if (toIds.length) {
    await db
      .insert(matchingPreferences)
      .values(
        toIds.map((toApplicationId, i) => ({ programId, side, fromApplicationId, toApplicationId, rank: side === 'adept' ? i + 1 : null })),
      );
  }
}

export async function listPairs(db: DbOrTx, programId: string) {
  return db.select().from(pairs).where(eq(pairs.programId, programId));
}

export async function findPair(db: DbOrTx, id: string) {
  const [row] = await db.select().from(pairs).where(eq(pairs.id, id));
  return row;
}

export async function insertPairs(db: DbOrTx, values: (typeof pairs.$inferInsert)[]) {
  if (!values.length) return [];
  return db.insert(pairs).values(values).returning();
}

export async function updatePair(db: DbOrTx, id: string, values: Partial<typeof pairs.$inferInsert>) {
  const [row] = await db
    .update(pairs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(pairs.id, id))
    .returning();
  return row!;
}

export async function pairsOfApplications(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const [a, m] = await Promise.all([
    db.select().from(pairs).where(inArray(pairs.adeptApplicationId, applicationIds)),
    db.select().from(pairs).where(inArray(pairs.mentorApplicationId, applicationIds)),
  ]);
  const byId = new Map([...a, ...m].map((p) => [p.id, p]));
  return [...byId.values()];
}
