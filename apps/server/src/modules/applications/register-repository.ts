/**
 * The mentor register's SQL (decision 0161, 0172): one row per mentor — a person with an accepted
 * mentor application in one of the programs the viewer's register covers — with their active pairs
 * and capacity summed over those programs, searched, filtered, sorted and paged in the database.
 */
import { and, asc, eq, gt, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
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
 * Per mentor: their active pairs and capacity over the register's programs (or the one filtered on),
 * behind a fence (`offset 0`): a register covers a bounded set of programs and their accepted mentors,
 * so it is computed whole and then joined, searched, sorted and paged — not left to a plan that walks
 * all people in name order hoping to stop after a page (decision 0162).
 *
 * Each application's active pairs are counted by a lookup on `pairs (mentor_application_id)` per
 * application, not by joining a grouped count of the programs' pairs: with no statistics yet (a data
 * set just built, before autoanalyze) that join was estimated at one row and done as a nested loop
 * that read every active pair once per mentor — 2,000 × 1,000 rows, half a second (decision 0194).
 * The lookup has one plan whatever the statistics say. It names no program: a pair belongs to its
 * mentor application's program (publishing takes both from the program's own run), and the
 * application is already one of the register's.
 */
function mentors(db: DbOrTx, scope: RegisterScope, programId: string | undefined) {
  const active = sql<number>`(select count(*) from ${pairs}
    where ${pairs.mentorApplicationId} = ${applications.id} and ${pairs.status} = 'active')`;
  const capacity = sql<number>`case when ${inArray(programs.status, [...CAPACITY_STATUSES])}
    then case when jsonb_typeof(${applications.profile}->'mentorCapacity') = 'number' then (${applications.profile}->>'mentorCapacity')::int else 1 end
    else 0 end`;
  return db
    .select({
      personId: applications.personId,
      activePairs: sql<number>`sum(${active})::int`.as('active_pairs'),
      capacity: sql<number>`sum(${capacity})::int`.as('capacity'),
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(acceptedMentors(scope.programIds, programId, scope.personIds))
    .groupBy(applications.personId)
    .offset(0)
    .as('m');
}

/**
 * The register's mentors with their person and organisation, as a named query (`with register as …`)
 * that the page, its total and the organisation filter's choices all read: the people of the
 * register are looked up once per request, by index (`lateral … limit 1`, decision 0176), not by a
 * hash join that reads every person of the database.
 */
function registerCte(db: DbOrTx, scope: RegisterScope, programId: string | undefined) {
  const m = mentors(db, scope, programId);
  const person = db
    .select({
      name: sql<string>`${people.name}`.as('person_name'),
      email: sql<string>`${people.email}`.as('person_email'),
      title: sql<string | null>`${people.title}`.as('person_title'),
      organisationId: sql<string>`${people.organisationId}`.as('person_organisation_id'),
    })
    .from(people)
    .where(eq(people.id, m.personId))
    .limit(1)
    .as('person');
  return db.$with('register').as(
    db
      .select({
        personId: sql<string>`${m.personId}`.as('person_id'),
        name: sql<string>`${person.name}`.as('name'),
        email: sql<string>`${person.email}`.as('email'),
        title: sql<string | null>`${person.title}`.as('title'),
        organisationId: sql<string>`${person.organisationId}`.as('organisation_id'),
        organisationName: sql<string>`${organisations.name}`.as('organisation_name'),
        activePairs: sql<number>`${m.activePairs}`.as('active_pairs'),
        capacity: sql<number>`${m.capacity}`.as('capacity'),
      })
      .from(m)
      .innerJoinLateral(person, sql`true`)
      .innerJoin(organisations, eq(organisations.id, person.organisationId)),
  );
}

type Register = ReturnType<typeof registerCte>;

/** The filters, the order and free capacity, over the named query. */
function registerQuery(r: Register, filter: RegisterFilter) {
  const [name, email, title, organisationName] = [r.name, r.email, r.title, r.organisationName].map((c) => sql<string>`${c}`);
  const free = sql<number>`greatest(0, ${r.capacity} - ${r.activePairs})`;
  const where = and(
    filter.organisationId ? sql`${r.organisationId} = ${filter.organisationId}` : undefined,
    filter.freeCapacity === 'true' ? gt(free, 0) : undefined,
    searchAny(filter.q, [name!, email!, organisationName!, title!]),
  );
  const keys: Record<RegisterFilter['sort'], (AnyColumn | SQL)[]> = {
    name: [nordicOrder(name!)],
    organisation: [nordicOrder(organisationName!), nordicOrder(name!)],
    title: [nordicOrder(sql`coalesce(${title}, '')`), nordicOrder(name!)],
    activePairs: [sql`${r.activePairs}`, nordicOrder(name!)],
    freeCapacity: [free, nordicOrder(name!)],
  };
  return { free, where, order: ordering(keys, filter.sort, filter.dir, sql`${r.personId}`) };
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

/** Every row of the register that matches (the export, and looking mentors up), in the filter's order. */
export async function registerRows(db: DbOrTx, scope: RegisterScope, filter: RegisterFilter): Promise<RegisterRow[]> {
  if (!scope.programIds.length) return [];
  const r = registerCte(db, scope, filter.programId);
  const { free, where, order } = registerQuery(r, filter);
  return db
    .with(r)
    .select({ ...columns(r), freeCapacity: sql<number>`${free}::int` })
    .from(r)
    .where(where)
    .orderBy(...order);
}

const columns = (r: Register) => ({
  personId: r.personId,
  name: r.name,
  email: r.email,
  title: r.title,
  organisationId: r.organisationId,
  organisationName: r.organisationName,
  activePairs: r.activePairs,
  capacity: r.capacity,
});

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
  const { free, where, order } = registerQuery(r, filter);
  const choices = organisationChoices(r);
  const found = await db
    .with(r)
    .select({
      ...columns(r),
      freeCapacity: sql<number>`${free}::int`,
      total: sql<number>`(count(*) over ())::int`,
      organisations: choices,
    })
    .from(r)
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const rows = found.map(({ total: _t, organisations: _o, ...row }) => row);
  if (found.length) return { rows, total: found[0]!.total, organisations: found[0]!.organisations };
  const [counted] = await db
    .with(r)
    .select({ n: sql<number>`(select count(*)::int from ${r} where ${where ?? sql`true`})`, organisations: choices })
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
