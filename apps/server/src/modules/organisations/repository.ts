import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { OrganisationInput } from '@lots/core';

const { organisations, networkMembers, programs, programOrganisations } = schema;

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

/** What authorising needs of an organisation (its id and kind), without the counts. */
export async function findOrganisationRef(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, id));
  return row;
}
export type OrganisationRef = Awaited<ReturnType<typeof findOrganisationRef>> & {};

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

/** One page of a network's member organisations, by name (then id), with the total. */
export async function networkMembersPage(db: DbOrTx, networkId: string, page: { limit: number; offset: number }) {
  const items = await db
    .select({ organisationId: organisations.id, name: organisations.name, kind: organisations.kind, country: organisations.country })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.organisationId))
    .where(eq(networkMembers.networkId, networkId))
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(page.limit)
    .offset(page.offset);
  const [row] = await db.select({ total: count() }).from(networkMembers).where(eq(networkMembers.networkId, networkId));
  return { items, total: row?.total ?? 0 };
}

export async function isNetworkMember(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.organisationId, organisationId)));
  return Boolean(row);
}

/** Adds a member; false if it already was one. */
export async function insertNetworkMember(db: DbOrTx, networkId: string, organisationId: string) {
  const rows = await db
    .insert(networkMembers)
    .values({ networkId, organisationId })
    .onConflictDoNothing()
    .returning({ organisationId: networkMembers.organisationId });
  return rows.length > 0;
}

/** Removes a member; false if it was none. */
export async function deleteNetworkMember(db: DbOrTx, networkId: string, organisationId: string) {
  const rows = await db
    .delete(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.organisationId, organisationId)))
    .returning({ organisationId: networkMembers.organisationId });
  return rows.length > 0;
}

/** How many networks an organisation is a member of, and how many members it has itself. */
export async function networkLinks(db: DbOrTx, organisationId: string) {
  const [asMember] = await db.select({ n: count() }).from(networkMembers).where(eq(networkMembers.organisationId, organisationId));
  const [asNetwork] = await db.select({ n: count() }).from(networkMembers).where(eq(networkMembers.networkId, organisationId));
  return { memberOf: asMember?.n ?? 0, members: asNetwork?.n ?? 0 };
}

/**
 * Programs owned by the network, neither a draft nor closed or archived, that the organisation
 * takes part in or is invited to (decision 0125: such a member cannot be removed).
 */
export async function runningNetworkProgramsOf(db: DbOrTx, networkId: string, organisationId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(programOrganisations)
    .innerJoin(programs, eq(programs.id, programOrganisations.programId))
    .where(
      and(
        eq(programs.ownerOrganisationId, networkId),
        eq(programOrganisations.organisationId, organisationId),
        ne(programOrganisations.status, 'declined'),
        inArray(programs.status, ['open', 'selection', 'matching', 'running']),
      ),
    );
  return row?.n ?? 0;
}

/** The networks an organisation is a member of, by name. */
export async function networksOf(db: DbOrTx, organisationId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.networkId))
    .where(eq(networkMembers.organisationId, organisationId))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** The ids of a network's member organisations (none for an organisation that is not a network). */
export async function networkMemberIds(db: DbOrTx, networkId: string): Promise<string[]> {
  const rows = await db.select({ id: networkMembers.organisationId }).from(networkMembers).where(eq(networkMembers.networkId, networkId));
  return rows.map((r) => r.id);
}
