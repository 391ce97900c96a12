import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';
import { LIST_TOTAL_CAP, ROLES, type Role } from '@lots/core';
import { COUNT, containsPattern, matchAny } from '../../platform/lists';
import { anyOf, unnest } from '../../platform/batch';

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
  /**
   * 'active' with an account, 'invited' with a pending invitation (not accepted, not revoked, not expired), else
   * 'none'. The one definition of it: the list and a person show it, `idsWithoutAccount` filters on it.
   */
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

/**
 * How a search is matched (decision 0191): none, the start of a word, or "contains". The people list is the one list
 * that searches a whole organisation (100,000 people) through a trigram index, so it alone has a rule for short words;
 * the other lists search a program's rows with `searchAny` (platform/lists.ts).
 */
type SearchKind = 'none' | 'start' | 'contains';

/**
 * The shortest word a trigram index serves as "contains": `%ab%` holds no whole trigram, so the index would read all
 * of itself. A search whose longest word is shorter (`a`, `ab`, `a b`) searches the start of words instead.
 */
const TRIGRAM_SEARCH_MIN = 3;

function searchKind(q: string | undefined): SearchKind {
  if (!q) return 'none';
  const longest = Math.max(...q.split(/\s+/).map((word) => word.length));
  return longest < TRIGRAM_SEARCH_MIN ? 'start' : 'contains';
}

/**
 * A search of short words (decision 0191): `q%` (the text starts with q) and `% q%` (a later word does), LIKE's own
 * characters escaped. A trigram index serves both: the start of a word is a trigram of its own (`"  a"`, `" ab"`).
 */
function startPatterns(q: string): { start: string; word: string } {
  const escaped = q.replace(/[%_\\]/g, (c) => `\\${c}`);
  return { start: `${escaped}%`, word: `% ${escaped}%` };
}

/**
 * The search's condition, every arm served by the trigram index `people_search_idx` (decision 0191): name, e-mail or
 * title contains the text; for short words, the name or title has a word that starts with it (not the e-mail: in an
 * organisation whose addresses share a beginning, one letter would match everyone). The patterns are values or a
 * prepared statement's placeholders (`pattern`, `start`, `word`).
 */
function searchCondition(
  kind: SearchKind,
  p: { pattern: string | SQLWrapper | null; start: string | SQLWrapper | null; word: string | SQLWrapper | null },
  unindexed = false,
): SQL | undefined {
  if (kind === 'none') return undefined;
  // `unindexed`: the same test on expressions the trigram index does not serve (`name || ''`), for a page that must
  // walk the name index with the search as a filter whatever a generic plan guesses (a dense search, below).
  const [name, email, title] = [people.name, people.email, people.title].map((c) => (unindexed ? sql`(${c} || '')` : c)) as [SQL, SQL, SQL];
  if (kind === 'contains') return matchAny(p.pattern!, [name, email, title]);
  return or(ilike(name, p.start!), ilike(name, p.word!), ilike(title, p.start!), ilike(title, p.word!));
}

/** The placeholders' values of a search of this kind. */
function searchValues(kind: SearchKind, q: string | undefined) {
  return {
    pattern: kind === 'contains' ? containsPattern(q!) : null,
    ...(kind === 'start' ? startPatterns(q!) : { start: null, word: null }),
  };
}

/**
 * The person has the role, written as containment so that `people_roles_idx` (GIN on organisation and roles, decision
 * 0171) serves it; `unindexed`, as `= any(roles)`, which no index serves, for a page that walks the name index with the
 * role as a filter (a role most of the organisation has). The role is a literal, one of ROLES: a prepared statement per
 * role, so that every plan of it, a generic one too, knows from the statistics how many have the role (with a
 * placeholder a generic plan guessed 500 of 100,000 participants and read all of them through the index).
 */
function hasRole(role: Role, unindexed = false): SQL {
  if (!ROLES.includes(role)) throw new Error(`not a role: ${role}`);
  const literal = sql.raw(`'${role}'`);
  return unindexed ? sql`${literal}::text = any(${people.roles})` : sql`${people.roles} @> array[${literal}::text]`;
}

function filterWhere(organisationId: string, filter: Omit<PeopleFilter, 'limit' | 'offset'>): SQL | undefined {
  const q = filter.q?.trim();
  const kind = searchKind(q);
  const conditions: (SQL | undefined)[] = [eq(people.organisationId, organisationId)];
  conditions.push(searchCondition(kind, searchValues(kind, q)));
  if (filter.unitId) conditions.push(eq(people.unitId, filter.unitId));
  if (filter.role) conditions.push(hasRole(filter.role));
  return and(...conditions);
}

/** Which filters a page uses: they decide its statement's text, the placeholders carry their values. */
interface PageShape {
  search: SearchKind;
  unit: boolean;
  /** The role filtered on: a literal in the statement (`hasRole`). */
  role: Role | null;
}

/** A search, a unit or a role: the list is narrowed, and its total counted only up to LIST_TOTAL_CAP (decision 0171). */
const narrowed = (shape: PageShape) => shape.search !== 'none' || shape.unit || shape.role !== null;

/**
 * One page and the total in one statement (decisions 0176, 0192). The total is counted once (the `total` CTE: the
 * filter alone, no joins — an index-only scan when nothing narrows it). The page's ids come from the organisation's
 * `(organisation_id, name, id)` index alone, walked from the nearer end: forwards with the offset for a page in the
 * first half, backwards from the last entry for a page in the second half (the last page reads 50 entries, not
 * 100,000). Only one of the two arms runs (each has a one-time condition on the total); only the page's people are
 * then read (`id = any(array(…))`: a primary-key look-up per id, whatever the planner guesses of the page's size)
 * and joined to their unit, manager and invitation. A search's or filter's page is sorted out of its matches instead
 * (below; its total capped, decisions 0203, 0171).
 *
 * Prepared once per filter shape and database (decision 0186): the list is the most requested page,
 * and building the query through Drizzle cost more CPU than running it (0.5 of 1.3 ms per page of 100).
 */
function pageStatement(db: DbOrTx, shape: PageShape) {
  const whereOf = (unindexed: boolean) =>
    and(
      eq(people.organisationId, sql.placeholder('organisationId')),
      searchCondition(
        shape.search,
        { pattern: sql.placeholder('pattern'), start: sql.placeholder('start'), word: sql.placeholder('word') },
        unindexed,
      ),
      shape.unit ? eq(people.unitId, sql.placeholder('unitId')) : undefined,
      shape.role ? hasRole(shape.role, unindexed) : undefined,
    );
  const where = whereOf(false);
  const limit = sql`${sql.placeholder('limit')}::int`;
  const offset = sql`${sql.placeholder('offset')}::int`;
  const select = (ids: SQL, ...withs: Parameters<typeof db.with>) =>
    db
      .with(...withs)
      .select({ ...columns, total: sql<number>`(select n from total)` })
      .from(people)
      .leftJoin(units, eq(units.id, people.unitId))
      .leftJoin(manager, eq(manager.id, people.managerId))
      .where(sql`${people.id} = any(array(${ids}))`)
      .orderBy(asc(people.name), asc(people.id))
      .prepare(`lots_people_page_${shape.search}_${Number(shape.unit)}_${shape.role ?? 'all'}`);
  if (narrowed(shape)) {
    // A search or a filter: its matches found through their own indexes — the trigram index, `people_unit_idx`,
    // `people_roles_idx` (decision 0171) — (referenced twice, so materialised; a CTE is read lazily) and counted only
    // up to LIST_TOTAL_CAP + 1 (decisions 0203, 0171): a search or role matching much of the organisation ("son"
    // matches 100,000 bench addresses, every bench person is a participant) stops reading its matches there. Up to the
    // cap the total is exact and the page is sorted out of the matches: never the name index walked with the search or
    // filter as a condition for a rare name or role (the planner's guess of how many match decides nothing; "Örjan",
    // sorted last, would read the whole organisation, and so would the one coordinator). Beyond the cap, matches are
    // dense (more than 10,000), so the name index walked with the conditions as a filter (written so that no other
    // index serves them) finds the page after a few entries per row of the page (at worst, matches all sorted last, the
    // organisation once, as every search read before), and the total says "more than" (no last page to jump to).
    const matches = db.$with('matches').as(db.select({ id: people.id, name: people.name }).from(people).where(where));
    const total = db
      .$with('total')
      .as(
        db
          .select({ n: sql<number>`count(*)::int`.as('n') })
          .from(sql`(select 1 from ${matches} limit ${sql.raw(String(LIST_TOTAL_CAP + 1))}) c`),
      );
    const n = sql`(select n from ${total})`;
    const exact = db
      .select({ id: matches.id })
      .from(matches)
      .where(sql`${n} <= ${sql.raw(String(LIST_TOTAL_CAP))}`)
      .orderBy(asc(matches.name), asc(matches.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'));
    const dense = db
      .select({ id: people.id })
      .from(people)
      .where(and(whereOf(true), sql`${n} > ${sql.raw(String(LIST_TOTAL_CAP))}`))
      .orderBy(asc(people.name), asc(people.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'));
    return select(sql`(${exact}) union all (${dense})`, matches, total);
  }
  const total = db.$with('total').as(
    db
      .select({ n: sql<number>`count(*)::int`.as('n') })
      .from(people)
      .where(where),
  );
  const n = sql`(select n from ${total})`;
  const forwards = db
    .select({ id: people.id })
    .from(people)
    .where(and(where, sql`${offset} * 2 < ${n}`))
    .orderBy(asc(people.name), asc(people.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'));
  // From the end: the page's rows are the last `n - offset` of the order, at most `limit` of them.
  const backwards = db
    .select({ id: people.id })
    .from(people)
    .where(and(where, sql`${offset} * 2 >= ${n}`))
    .orderBy(desc(people.name), desc(people.id))
    .limit(sql`greatest(least(${limit}, ${n} - ${offset}), 0)` as unknown as number)
    .offset(sql`greatest(${n} - ${offset} - ${limit}, 0)` as unknown as number);
  return select(sql`${forwards} union all ${backwards}`, total);
}
type PageStatement = ReturnType<typeof pageStatement>;
const pageStatements = new WeakMap<DbOrTx, Map<string, PageStatement>>();

export async function listPeople(db: DbOrTx, organisationId: string, filter: PeopleFilter) {
  const q = filter.q?.trim();
  const shape: PageShape = { search: searchKind(q), unit: Boolean(filter.unitId), role: filter.role ?? null };
  const key = `${shape.search}${shape.unit}${shape.role}`;
  let statements = pageStatements.get(db);
  if (!statements) pageStatements.set(db, (statements = new Map()));
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = pageStatement(db, shape)));
  const rows = await statement.execute({
    organisationId,
    ...searchValues(shape.search, q),
    unitId: filter.unitId ?? null,
    limit: filter.limit,
    offset: filter.offset,
  });
  let total = rows[0]?.total;
  if (total === undefined) {
    // Only a page past the end counts again (a search or filter up to the cap, as above).
    total = filter.offset > 0 ? await countPeople(db, organisationId, filter, narrowed(shape)) : 0;
  }
  // A search's or filter's total is counted up to LIST_TOTAL_CAP + 1: beyond the cap, "more than LIST_TOTAL_CAP".
  const totalCapped = narrowed(shape) && total > LIST_TOTAL_CAP;
  return { items: rows.map(({ total: _total, ...item }) => item), total: totalCapped ? LIST_TOTAL_CAP : total, totalCapped };
}

/** How many people match the filter; a search or filter counted only up to LIST_TOTAL_CAP + 1 (decisions 0203, 0171). */
async function countPeople(db: DbOrTx, organisationId: string, filter: Omit<PeopleFilter, 'limit' | 'offset'>, capped: boolean) {
  const matching = db
    .select({ one: sql`1` })
    .from(people)
    .where(filterWhere(organisationId, filter));
  const rows = capped ? matching.limit(LIST_TOTAL_CAP + 1) : matching;
  const [count] = await db.select({ n: COUNT }).from(rows.as('matching'));
  return count?.n ?? 0;
}

export async function findPerson(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await base(db).where(and(eq(people.organisationId, organisationId), eq(people.id, id)));
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

/** A `text[]` literal of validated words (roles), one array element per person. */
const textArray = (words: string[]) => `{${words.join(',')}}`;

/** A new person of an import, with the id given here (so that managers can be linked before the row exists). */
export interface NewPerson extends PersonValues {
  id: string;
}

/** Inserts many people in one statement, their values as one array per column (`unnest`). */
export async function insertPeople(db: DbOrTx, organisationId: string, rows: NewPerson[]) {
  if (rows.length === 0) return;
  const v = unnest(
    { id: 'uuid', name: 'text', email: 'text', title: 'text', unit_id: 'uuid', manager_id: 'uuid', manager_email: 'text', roles: 'text' },
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      title: r.title,
      unit_id: r.unitId,
      manager_id: r.managerId,
      manager_email: r.managerEmail,
      roles: textArray(r.roles),
    })),
  );
  await db.execute(sql`insert into ${people}
      (id, organisation_id, name, email, title, unit_id, manager_id, manager_email, roles)
    select v.id, ${organisationId}::uuid, v.name, v.email, v.title, v.unit_id, v.manager_id, v.manager_email, v.roles::text[]
    from ${v}`);
}

/**
 * A person's changes from an import: name and e-mail always; title, unit, roles and manager only
 * where the file gave them (a manager is a person of the organisation or only an address).
 */
export interface PersonUpdate {
  id: string;
  name: string;
  email: string;
  title?: string | null;
  unitId?: string | null;
  roles?: Role[];
  manager?: { managerId: string | null; managerEmail: string | null };
}

/**
 * Updates many people of the organisation in one statement (one array per column); a field left out keeps its value.
 * A person whom the row would not change is not written (no new row version, no index entries, no trigger): an
 * import of a whole register again changes only those who changed (issue 15 goal 6).
 */
export async function updatePeople(db: DbOrTx, organisationId: string, rows: PersonUpdate[]) {
  if (rows.length === 0) return;
  const v = unnest(
    {
      id: 'uuid',
      name: 'text',
      email: 'text',
      set_title: 'boolean',
      title: 'text',
      set_unit: 'boolean',
      unit_id: 'uuid',
      set_roles: 'boolean',
      roles: 'text',
      set_manager: 'boolean',
      manager_id: 'uuid',
      manager_email: 'text',
    },
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      set_title: r.title !== undefined,
      title: r.title ?? null,
      set_unit: r.unitId !== undefined,
      unit_id: r.unitId ?? null,
      set_roles: r.roles !== undefined,
      roles: textArray(r.roles ?? []),
      set_manager: r.manager !== undefined,
      manager_id: r.manager?.managerId ?? null,
      manager_email: r.manager?.managerEmail ?? null,
    })),
  );
  await db.execute(sql`update ${people} p set
      name = v.name, email = v.email,
      title = case when v.set_title then v.title else p.title end,
      unit_id = case when v.set_unit then v.unit_id else p.unit_id end,
      roles = case when v.set_roles then v.roles::text[] else p.roles end,
      manager_id = case when v.set_manager then v.manager_id else p.manager_id end,
      manager_email = case when v.set_manager then v.manager_email else p.manager_email end,
      updated_at = now()
    from ${v}
    where p.id = v.id and p.organisation_id = ${organisationId}
      and (p.name is distinct from v.name or p.email is distinct from v.email
        or (v.set_title and p.title is distinct from v.title)
        or (v.set_unit and p.unit_id is distinct from v.unit_id)
        or (v.set_roles and p.roles is distinct from v.roles::text[])
        or (v.set_manager and (p.manager_id is distinct from v.manager_id or p.manager_email is distinct from v.manager_email)))`);
}

/** Sets many people's managers in one statement: a person of the organisation, or only an address. */
export async function setManagers(
  db: DbOrTx,
  organisationId: string,
  rows: { id: string; managerId: string | null; managerEmail: string | null }[],
) {
  if (rows.length === 0) return;
  const v = unnest(
    { id: 'uuid', manager_id: 'uuid', manager_email: 'text' },
    rows.map((r) => ({ id: r.id, manager_id: r.managerId, manager_email: r.managerEmail })),
  );
  await db.execute(sql`update ${people} p set manager_id = v.manager_id, manager_email = v.manager_email, updated_at = now()
    from ${v}
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

/** People with any of these e-mail addresses (given in lower case, compared in lower case), in any organisation: one statement however many. */
export async function peopleByEmails(db: DbOrTx, emails: string[]) {
  if (!emails.length) return [];
  return db
    .select({ id: people.id, email: people.email, organisationId: people.organisationId })
    .from(people)
    .where(anyOf(sql`lower(${people.email})`, emails, 'text'));
}

/**
 * Of these people of the organisation, those with neither an account nor a pending invitation (`columns.accountStatus` 'none'):
 * one statement however many, reading only the people and their invitations.
 */
export async function idsWithoutAccount(db: DbOrTx, organisationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), anyOf(people.id, ids), eq(columns.accountStatus, 'none')));
  return rows.map((r) => r.id);
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
