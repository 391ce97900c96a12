import { and, eq, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';

const { units } = schema;

const columns = {
  id: units.id,
  organisationId: units.organisationId,
  parentId: units.parentId,
  name: units.name,
  peopleCount: sql<number>`(select count(*)::int from people p where p.unit_id = "units"."id")`,
};

export async function listUnits(db: DbOrTx, organisationId: string) {
  return db.select(columns).from(units).where(eq(units.organisationId, organisationId)).orderBy(units.name);
}

export async function findUnit(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.id, id)));
  return row;
}

export async function insertUnit(db: DbOrTx, organisationId: string, input: { name: string; parentId: string | null }) {
  const [row] = await db
    .insert(units)
    .values({ organisationId, ...input })
    .returning({ id: units.id });
  return row!.id;
}

export async function updateUnit(db: DbOrTx, id: string, patch: { name?: string; parentId?: string | null }) {
  if (Object.keys(patch).length === 0) return;
  await db.update(units).set(patch).where(eq(units.id, id));
}

export async function countChildren(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(eq(units.parentId, id));
  return row?.n ?? 0;
}

export async function deleteUnit(db: DbOrTx, id: string) {
  await db.delete(units).where(eq(units.id, id));
}
