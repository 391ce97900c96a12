/**
 * The mentor register's SQL (decision 0161, 0172): one row per mentor — a person with an accepted
 * mentor application in one of the programs the viewer's register covers — with their active pairs
 * and capacity summed over those programs, searched, filtered, sorted and paged in the database.
 */
import { and, asc, eq, gt, inArray, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { MentorRegisterListQuery } from '@lots/core';
import { schema, type DbOrTx } from '@lots/db';
import { anyOf } from '../../platform/batch';
import { nordicOrder, ordering, searchAny } from '../../platform/lists';

const { applications, people, organisations, programs, pairs, mentorTrainings } = schema;

/** Statuses in which a mentor's capacity counts (the program still matches or runs). */
const CAPACITY_STATUSES = ['selection', 'matching', 'running'] as const;

export type RegisterScope = {
  /** The programs of the viewer's register. */
  programIds: string[];
  /** Only these people (recording trainings looks up the mentors it names). */
  personIds?: string[];
};
export type RegisterFilter = Pick<MentorRegisterListQuery, 'q' | 'programId' | 'organisationId' | 'freeCapacity' | 'sort' | 'dir'>;

/**
 * The accepted mentor applications of the register's programs (or the one filtered on), of some
 * people only when `personIds` is given: the one condition of every register query.
 */
function acceptedMentors(programIds: string[], programId?: string, personIds?: string[]): SQL {
  return and(
    eq(applications.role, 'mentor'),
    eq(applications.status, 'accepted'),
    inArray(applications.programId, programIds),
    programId ? eq(applications.programId, programId) : undefined,
    personIds ? anyOf(applications.personId, personIds) : undefined,
  )!;
}

/**
 * The register as a named query (`with register as …`) that the page, its total and the organisation filter's choices
 * all read: one row per mentor with their name, e-mail and organisation from their applications' copies of them (kept
 * by the database, decisions 0199, 0201 — the same on each of a person's applications, so grouping by them yields one
 * row per person), the organisation's name, and their capacity and mentor applications' ids over the register's
 * programs (or the one filtered on). Nothing in it looks anything up: the title, the one column not copied, and the
 * active pairs are read per row outside it (`perMentor`), so a page looks up its 50 mentors, not the register's 2,000
 * (decision 0205). What a row shows of the person is their copy on the application, the person's own in the same
 * transaction (decision 0199's triggers).
 */
function registerCte(db: DbOrTx, scope: RegisterScope, programId: string | undefined) {
  const capacity = sql<number>`case when ${inArray(programs.status, [...CAPACITY_STATUSES])}
    then case when jsonb_typeof(${applications.profile}->'mentorCapacity') = 'number' then (${applications.profile}->>'mentorCapacity')::int else 1 end
    else 0 end`;
  return db.$with('register').as(
    db
      .select({
        personId: sql<string>`${applications.personId}`.as('person_id'),
        name: sql<string>`${applications.applicantName}`.as('name'),
        email: sql<string>`${applications.applicantEmail}`.as('email'),
        organisationId: sql<string>`${applications.applicantOrganisationId}`.as('organisation_id'),
        organisationName: sql<string>`${organisations.name}`.as('organisation_name'),
        applicationIds: sql<string[]>`array_agg(${applications.id})`.as('application_ids'),
        capacity: sql<number>`sum(${capacity})::int`.as('capacity'),
      })
      .from(applications)
      .innerJoin(programs, eq(programs.id, applications.programId))
      .innerJoin(organisations, eq(organisations.id, applications.applicantOrganisationId))
      .where(acceptedMentors(scope.programIds, programId, scope.personIds))
      .groupBy(
        applications.personId,
        applications.applicantName,
        applications.applicantEmail,
        applications.applicantOrganisationId,
        organisations.name,
      ),
  );
}

type Register = ReturnType<typeof registerCte>;
/** A row of the register, from the named query or from a page of it: what the per-row look-ups start from. */
type Mentors = { personId: SQLWrapper; applicationIds: SQLWrapper; capacity: SQLWrapper };

/**
 * Per mentor, read for the rows that need them: the title (not copied onto the application), looked up by primary
 * key, and the active pairs in the register's programs, counted by a lookup on `pairs (mentor_application_id)` for
 * each of their applications there — not a join to a grouped count of the programs' pairs: with no statistics yet (a
 * data set just built, before autoanalyze) that join was estimated at one row and done as a nested loop that read
 * every active pair once per mentor, 2,000 × 1,000 rows, half a second (decision 0194); the lookup has one plan
 * whatever the statistics say. It names no program: a pair belongs to its mentor application's program (publishing
 * takes both from the program's own run), and the applications are already the register's.
 */
function perMentor(m: Mentors) {
  const title = sql<string | null>`(select ${people.title} from ${people} where ${people.id} = ${m.personId})`;
  const activePairs = sql<number>`(select count(*)::int from ${pairs}
    where ${pairs.mentorApplicationId} = any(${m.applicationIds}) and ${pairs.status} = 'active')`;
  const free = sql<number>`greatest(0, ${m.capacity} - ${activePairs})`;
  return { title, activePairs, free };
}

/** The filters and the order over the named query (the title and active pairs looked up for every row only where they decide). */
function registerQuery(r: Register, filter: RegisterFilter) {
  const [name, email, organisationName] = [r.name, r.email, r.organisationName].map((c) => sql<string>`${c}`);
  const { title, activePairs, free } = perMentor(r);
  const where = and(
    filter.organisationId ? sql`${r.organisationId} = ${filter.organisationId}` : undefined,
    filter.freeCapacity === 'true' ? gt(free, 0) : undefined,
    // The title last: an OR's arms are tested in order, so a mentor found by name, e-mail or organisation is not looked up.
    searchAny(filter.q, [name!, email!, organisationName!, title]),
  );
  const keys: Record<RegisterFilter['sort'], (AnyColumn | SQL)[]> = {
    name: [nordicOrder(name!)],
    organisation: [nordicOrder(organisationName!), nordicOrder(name!)],
    title: [nordicOrder(sql`coalesce(${title}, '')`), nordicOrder(name!)],
    activePairs: [activePairs, nordicOrder(name!)],
    freeCapacity: [free, nordicOrder(name!)],
  };
  return { where, order: ordering(keys, filter.sort, filter.dir, sql`${r.personId}`) };
}

/** The organisations the register's mentors come from (the organisation filter's choices), as JSON, in Nordic order. */
function organisationChoices(r: Register) {
  return sql<
    { id: string; name: string }[]
  >`(select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) order by ${nordicOrder(sql`o.name`)}, o.id), '[]'::json)
    from (select distinct ${r.organisationId} as id, ${r.organisationName} as name from ${r}) o)`;
}

export type RegisterRow = {
  personId: string;
  name: string;
  email: string;
  title: string | null;
  organisationId: string;
  organisationName: string;
  activePairs: number;
  capacity: number;
  freeCapacity: number;
};

/**
 * The register's matching rows in the filter's order, a page of them when `page` is given, with the total and the
 * organisation filter's choices on each row, in one statement. First the page (`page`): the named query filtered,
 * numbered in the order (`row_number`), counted (a window) and limited; then, for the page's rows only, each mentor's
 * title and active pairs (`perMentor`). The page is a subquery of its own so that its offset's rows are skipped before
 * anything is looked up: with the look-ups in the same query as the limit, PostgreSQL computed them for every row it
 * skipped (the last page looked up the whole register).
 */
function registerSelect(db: DbOrTx, r: Register, filter: RegisterFilter, page?: { limit: number; offset: number }) {
  const { where, order } = registerQuery(r, filter);
  const position = sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`;
  let matching = db
    .with(r)
    .select({
      personId: r.personId,
      name: r.name,
      email: r.email,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      applicationIds: r.applicationIds,
      capacity: r.capacity,
      pos: position.as('pos'),
      total: sql<number>`(count(*) over ())::int`.as('total'),
      organisations: organisationChoices(r).as('organisations'),
    })
    .from(r)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  if (page) matching = matching.limit(page.limit).offset(page.offset);
  const m = matching.as('page');
  const { title, activePairs, free } = perMentor(m);
  const rows = db
    .select({
      personId: m.personId,
      name: m.name,
      email: m.email,
      title,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      activePairs,
      capacity: m.capacity,
      freeCapacity: sql<number>`${free}::int`,
      total: m.total,
      organisations: m.organisations,
    })
    .from(m)
    .orderBy(m.pos);
  return { rows, where };
}

const rowOf = ({ total: _t, organisations: _o, ...row }: RegisterRow & { total: number; organisations: unknown }): RegisterRow => row;

/** Every row of the register that matches (the export, and looking mentors up), in the filter's order. */
export async function registerRows(db: DbOrTx, scope: RegisterScope, filter: RegisterFilter): Promise<RegisterRow[]> {
  if (!scope.programIds.length) return [];
  return (await registerSelect(db, registerCte(db, scope, filter.programId), filter).rows).map(rowOf);
}

/**
 * One page of the register, how many mentors match and the organisation filter's choices, in one
 * statement (the total and the choices carried by the page's rows); a page beyond the last, or a
 * search that finds nobody, asks once more for the total and the choices alone.
 */
export async function registerPage(
  db: DbOrTx,
  scope: RegisterScope,
  filter: RegisterFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RegisterRow[]; total: number; organisations: { id: string; name: string }[] }> {
  if (!scope.programIds.length) return { rows: [], total: 0, organisations: [] };
  const r = registerCte(db, scope, filter.programId);
  const { rows: query, where } = registerSelect(db, r, filter, page);
  const found = await query;
  const rows = found.map(rowOf);
  if (found.length) return { rows, total: found[0]!.total, organisations: found[0]!.organisations };
  const [counted] = await db
    .with(r)
    .select({ n: sql<number>`(select count(*)::int from ${r} where ${where ?? sql`true`})`, organisations: organisationChoices(r) })
    .from(sql`(select 1) one`);
  return { rows, total: counted?.n ?? 0, organisations: counted?.organisations ?? [] };
}

/** The register's programs each of these mentors is an accepted mentor in. */
export async function programsOfMentors(db: DbOrTx, programIds: string[], personIds: string[], programId?: string) {
  if (!personIds.length || !programIds.length) return [];
  return db
    .select({ personId: applications.personId, id: programs.id, name: programs.name, status: programs.status })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(acceptedMentors(programIds, programId, personIds))
    .orderBy(asc(programs.name), asc(programs.id));
}

/** These people's trainings, oldest first. */
export async function trainingsOfMentors(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select()
    .from(mentorTrainings)
    .where(anyOf(mentorTrainings.personId, personIds))
    .orderBy(asc(mentorTrainings.completedOn), asc(mentorTrainings.id));
}
