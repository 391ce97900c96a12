import { eq, sql, inArray } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { OrganisationInput } from '@lots/core';

const { organisations } = schema;

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  country: organisations.country,
  peopleCount: sql<number>`(select count(*)::int from people p where p.organisation_id = "organisations"."id")`,
  unitCount: sql<number>`(select count(*)::int from units u where u.organisation_id = "organisations"."id")`,
};

export type OrganisationRow = Awaited<ReturnType<typeof findOrganisation>> & {};

export async function listOrganisations(db: DbOrTx, ids?: string[]) {
  const query = db.select(columns).from(organisations);
  if (ids) {
    if (ids.length === 0) return [];
    return query.where(inArray(organisations.id, ids)).orderBy(organisations.name);
  }
  return query.orderBy(organisations.name);
}

export async function findOrganisation(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function insertOrganisation(db: DbOrTx, input: OrganisationInput) {
  const [row] = await db.insert(organisations).values(input).returning({ id: organisations.id });
  return row!.id;
}

export async function updateOrganisation(db: DbOrTx, id: string, patch: Partial<OrganisationInput>) {
  if (Object.keys(patch).length === 0) return;
  await db.update(organisations).set(patch).where(eq(organisations.id, id));
}

export async function directory(db: DbOrTx) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, country: organisations.country })
    .from(organisations)
    .orderBy(organisations.name);
}
