/**
 * The mentor register's SQL (decision 0161, 0172): one row per mentor — a person with an accepted
 * mentor application in one of the programs the viewer's register covers — with their active pairs
 * and capacity summed over those programs, searched, filtered, sorted and paged in the database.
 */
import { and, asc, eq, gt, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { MentorRegisterListQuery } from '@lots/core';
import { schema, type DbOrTx } from '@lots/db';
import { COUNT, nordicOrder, ordering, searchAny } from '../../platform/lists';

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
 * Per mentor: their active pairs and capacity over the register's programs (or the one filtered on),
 * behind a fence (`offset 0`): a register covers a bounded set of programs and their accepted mentors,
 * so it is computed whole and then joined, searched, sorted and paged — not left to a plan that walks
 * all people in name order hoping to stop after a page (decision 0162).
 */
function mentors(db: DbOrTx, scope: RegisterScope, programId: string | undefined) {
  // The register's programs' active pairs counted per mentor application once (pairs (program_id, status)), not per row.
  const active = db
    .select({ applicationId: pairs.mentorApplicationId, n: sql<number>`count(*)::int`.as('n') })
    .from(pairs)
    .where(and(inArray(pairs.programId, scope.programIds), eq(pairs.status, 'active')))
    .groupBy(pairs.mentorApplicationId)
    .as('active');
  const capacity = sql<number>`case when ${inArray(programs.status, [...CAPACITY_STATUSES])}
    then case when jsonb_typeof(${applications.profile}->'mentorCapacity') = 'number' then (${applications.profile}->>'mentorCapacity')::int else 1 end
    else 0 end`;
  return db
    .select({
      personId: applications.personId,
      activePairs: sql<number>`coalesce(sum(${active.n}), 0)::int`.as('active_pairs'),
      capacity: sql<number>`sum(${capacity})::int`.as('capacity'),
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .leftJoin(active, eq(active.applicationId, applications.id))
    .where(
      and(
        eq(applications.role, 'mentor'),
        eq(applications.status, 'accepted'),
        inArray(applications.programId, scope.programIds),
        programId ? eq(applications.programId, programId) : undefined,
        scope.personIds ? inArray(applications.personId, scope.personIds) : undefined,
      ),
    )
    .groupBy(applications.personId)
    .offset(0)
    .as('m');
}

function registerQuery(db: DbOrTx, scope: RegisterScope, filter: RegisterFilter) {
  const m = mentors(db, scope, filter.programId);
  const free = sql<number>`greatest(0, ${m.capacity} - ${m.activePairs})`;
  const where = and(
    filter.organisationId ? eq(people.organisationId, filter.organisationId) : undefined,
    filter.freeCapacity === 'true' ? gt(free, 0) : undefined,
    searchAny(filter.q, [people.name, people.email, organisations.name, people.title]),
  );
  const keys: Record<RegisterFilter['sort'], (AnyColumn | SQL)[]> = {
    name: [nordicOrder(people.name)],
    organisation: [nordicOrder(organisations.name), nordicOrder(people.name)],
    title: [nordicOrder(sql`coalesce(${people.title}, '')`), nordicOrder(people.name)],
    activePairs: [sql`${m.activePairs}`, nordicOrder(people.name)],
    freeCapacity: [free, nordicOrder(people.name)],
  };
  return { m, free, where, order: ordering(keys, filter.sort, filter.dir, people.id) };
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

/** One page of the register (all of it without `page`: the export) and how many mentors match. */
export async function registerRows(
  db: DbOrTx,
  scope: RegisterScope,
  filter: RegisterFilter,
  page?: { limit: number; offset: number },
): Promise<{ rows: RegisterRow[]; total: number }> {
  if (!scope.programIds.length) return { rows: [], total: 0 };
  const { m, free, where, order } = registerQuery(db, scope, filter);
  const query = db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      activePairs: m.activePairs,
      capacity: m.capacity,
      freeCapacity: sql<number>`${free}::int`,
      // The total in the same pass: the fenced mentors are computed once, not again for a count.
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(m)
    .innerJoin(people, eq(people.id, m.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(where)
    .orderBy(...order);
  const found = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const rows = found.map(({ total: _t, ...row }) => row);
  if (!page) return { rows, total: rows.length };
  if (found.length) return { rows, total: found[0]!.total };
  // A page beyond the last: nothing to carry the total, so it is counted.
  const [count] = await db
    .select({ n: COUNT })
    .from(m)
    .innerJoin(people, eq(people.id, m.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/** The organisations the register's mentors come from (the organisation filter's choices). */
export async function registerOrganisations(db: DbOrTx, programIds: string[], programId?: string) {
  if (!programIds.length) return [];
  return db
    .selectDistinct({ id: organisations.id, name: organisations.name, key: nordicOrder(organisations.name) })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(
      and(
        eq(applications.role, 'mentor'),
        eq(applications.status, 'accepted'),
        inArray(applications.programId, programIds),
        programId ? eq(applications.programId, programId) : undefined,
      ),
    )
    .orderBy(nordicOrder(organisations.name), organisations.id);
}

/** The register's programs each of these mentors is an accepted mentor in. */
export async function programsOfMentors(db: DbOrTx, programIds: string[], personIds: string[], programId?: string) {
  if (!personIds.length || !programIds.length) return [];
  return db
    .select({ personId: applications.personId, id: programs.id, name: programs.name, status: programs.status })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(
      and(
        eq(applications.role, 'mentor'),
        eq(applications.status, 'accepted'),
        inArray(applications.programId, programIds),
        programId ? eq(applications.programId, programId) : undefined,
        inArray(applications.personId, personIds),
      ),
    )
    .orderBy(asc(programs.name), asc(programs.id));
}

/** These people's trainings, oldest first. */
export async function trainingsOfMentors(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select()
    .from(mentorTrainings)
    .where(inArray(mentorTrainings.personId, personIds))
    .orderBy(asc(mentorTrainings.completedOn), asc(mentorTrainings.id));
}
