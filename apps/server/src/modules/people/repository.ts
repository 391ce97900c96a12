import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';
import type { Role } from '@lots/core';
import { COUNT, searchAny } from '../../platform/lists';

const { people, units, invitations } = schema;
const manager = alias(people, 'manager');

const columns = {
  id: people.id,
  organisationId: people.organisationId,
  unitId: people.unitId,
  unitName: units.name,
  name: people.name,
  email: people.email,
  title: people.title,
  managerId: people.managerId,
  managerName: manager.name,
  managerEmail: sql<string | null>`coalesce(${manager.email}, ${people.managerEmail})`,
  roles: people.roles,
  accountStatus: sql<'none' | 'invited' | 'active'>`case
    when ${people.userId} is not null then 'active'
    when exists (select 1 from ${invitations} i where i.person_id = ${people.id} and i.accepted_at is null
                 and i.revoked_at is null and i.expires_at > now()) then 'invited'
    else 'none' end`,
};

function base(db: DbOrTx) {
  return db.select(columns).from(people).leftJoin(units, eq(units.id, people.unitId)).leftJoin(manager, eq(manager.id, people.managerId));
}

export interface PeopleFilter {
  q?: string;
  unitId?: string;
  role?: Role;
  limit: number;
  offset: number;
}

function filterWhere(organisationId: string, filter: Omit<PeopleFilter, 'limit' | 'offset'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(people.organisationId, organisationId)];
  conditions.push(searchAny(filter.q, [people.name, people.email, people.title]));
  if (filter.unitId) conditions.push(eq(people.unitId, filter.unitId));
  if (filter.role) conditions.push(sql`${filter.role} = any(${people.roles})`);
  return and(...conditions);
}

/**
 * One page and the total in one statement (decision 0176). The page's ids come first, from the
 * organisation's `(organisation_id, name, id)` index alone — an offset walks index entries, not
 * joined rows — and only those people are joined to their unit, manager and invitation. The total is
 * a count of the filter alone (an uncorrelated subquery, run once: no joins, no columns, an
 * index-only scan when nothing narrows it), never a window over the organisation's joined rows. Only
 * a page past the end counts again.
 */
export async function listPeople(db: DbOrTx, organisationId: string, filter: PeopleFilter) {
  const where = filterWhere(organisationId, filter);
  const page = db
    .select({ id: people.id })
    .from(people)
    .where(where)
    .orderBy(asc(people.name), asc(people.id))
    .limit(filter.limit)
    .offset(filter.offset)
    .as('page');
  const counted = sql<number>`(select count(*)::int from ${people} where ${where})`;
  const rows = await db
    .select({ ...columns, total: counted })
    .from(people)
    .innerJoin(page, eq(page.id, people.id))
    .leftJoin(units, eq(units.id, people.unitId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .orderBy(asc(people.name), asc(people.id));
  let total = rows[0]?.total;
  if (total === undefined) {
    const [count] = filter.offset > 0 ? await db.select({ n: COUNT }).from(people).where(where) : [];
    total = count?.n ?? 0;
  }
  return { items: rows.map(({ total: _total, ...item }) => normalise(item)), total };
}

export async function findPerson(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await base(db).where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
  return row ? normalise(row) : undefined;
}

function normalise<T extends { roles: string[] }>(row: T) {
  return row;
}

export async function findByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: people.id, organisationId: people.organisationId, userId: people.userId, name: people.name })
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row;
}

export interface PersonValues {
  name: string;
  email: string;
  title: string | null;
  unitId: string | null;
  managerId: string | null;
  managerEmail: string | null;
  roles: Role[];
}

export async function insertPerson(db: DbOrTx, organisationId: string, values: PersonValues) {
  const [row] = await db
    .insert(people)
    .values({ organisationId, ...values })
    .returning({ id: people.id });
  return row!.id;
}

/** Inserts many people in one statement; their ids in the order given. */
export async function insertPeople(db: DbOrTx, organisationId: string, values: PersonValues[]) {
  if (values.length === 0) return [];
  const rows = await db
    .insert(people)
    .values(values.map((v) => ({ organisationId, ...v })))
    .returning({ id: people.id, email: people.email });
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return values.map((v) => byEmail.get(v.email)!);
}

/** A person's changes from an import: name and e-mail always; title, unit and roles only where the file gave them. */
export interface PersonUpdate {
  id: string;
  name: string;
  email: string;
  title?: string | null;
  unitId?: string | null;
  roles?: Role[];
}

/** A `text[]` literal of validated words (roles): one parameter however many there are. */
const textArray = (words: string[]) => `{${words.join(',')}}`;

/** Updates many people of the organisation in one statement (a VALUES list); a field left out keeps its value. */
export async function updatePeople(db: DbOrTx, organisationId: string, rows: PersonUpdate[]) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::uuid, ${r.name}, ${r.email}, ${r.title !== undefined}::boolean, ${r.title ?? null}::text,
             ${r.unitId !== undefined}::boolean, ${r.unitId ?? null}::uuid, ${r.roles !== undefined}::boolean, ${textArray(r.roles ?? [])}::text[])`,
    ),
    sql`, `,
  );
  await db.execute(sql`update ${people} p set
      name = v.name, email = v.email,
      title = case when v.set_title then v.title else p.title end,
      unit_id = case when v.set_unit then v.unit_id else p.unit_id end,
      roles = case when v.set_roles then v.roles else p.roles end,
      updated_at = now()
    from (values ${values}) as v(id, name, email, set_title, title, set_unit, unit_id, set_roles, roles)
    where p.id = v.id and p.organisation_id = ${organisationId}`);
}

/** Sets many people's managers in one statement: a person of the organisation, or only an address. */
export async function setManagers(
  db: DbOrTx,
  organisationId: string,
  rows: { id: string; managerId: string | null; managerEmail: string | null }[],
) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::uuid, ${r.managerId}::uuid, ${r.managerEmail}::text)`),
    sql`, `,
  );
  await db.execute(sql`update ${people} p set manager_id = v.manager_id, manager_email = v.manager_email, updated_at = now()
    from (values ${values}) as v(id, manager_id, manager_email)
    where p.id = v.id and p.organisation_id = ${organisationId}`);
}

export async function updatePerson(db: DbOrTx, id: string, patch: Partial<PersonValues>) {
  await db
    .update(people)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(people.id, id));
}

export async function unitIdsOf(db: DbOrTx, organisationId: string) {
  return db.select({ id: units.id, name: units.name }).from(units).where(eq(units.organisationId, organisationId));
}

export async function emailsInOrganisation(db: DbOrTx, organisationId: string) {
  return db.select({ id: people.id, email: people.email }).from(people).where(eq(people.organisationId, organisationId));
}

/** People with any of these e-mail addresses (compared in lower case), in any organisation. */
export async function peopleByEmails(db: DbOrTx, emails: string[]) {
  if (!emails.length) return [];
  return db
    .select({ id: people.id, email: people.email, organisationId: people.organisationId })
    .from(people)
    .where(
      sql`lower(${people.email}) in (${sql.join(
        emails.map((e) => sql`${e}`),
        sql`, `,
      )})`,
    );
}

/** Of these people of the organisation, those with neither an account nor a pending invitation. */
export async function idsWithoutAccount(db: DbOrTx, organisationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  // Through `base`: its joins make the account status's subquery name the person's columns with their table.
  const rows = await base(db).where(and(eq(people.organisationId, organisationId), inArray(people.id, ids)));
  return rows.filter((r) => r.accountStatus === 'none').map((r) => r.id);
}

/** Which of these ids are people of the organisation. */
export async function idsInOrganisation(db: DbOrTx, organisationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), inArray(people.id, ids)));
  return new Set(rows.map((r) => r.id));
}
