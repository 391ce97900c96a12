import { and, asc, count, desc, eq, ilike, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { PROGRAM_STATUSES, type ProgramListParams, type ProgramListSort, type SortDirection } from '@lots/core';
import { schema, type DbOrTx } from '@lots/db';
import { COUNT, nordicOrder, searchAny } from '../../platform/lists';

const { programs, programOrganisations, programCoordinators, organisations, people } = schema;

export type ProgramRow = typeof programs.$inferSelect;
export type ProgramValues = Omit<typeof programs.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function findProgram(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ program: programs, ownerOrganisationName: organisations.name })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.ownerOrganisationId))
    .where(eq(programs.id, id));
  return row;
}

/** The organisations of these programs with their participation (invited → accepted | declined; the owner accepted), each program's in name order. */
export async function organisationsOfPrograms(db: DbOrTx, programIds: string[]) {
  if (!programIds.length) return [];
  return db
    .select({
      programId: programOrganisations.programId,
      id: organisations.id,
      name: organisations.name,
      participation: programOrganisations.status,
    })
    .from(programOrganisations)
    .innerJoin(organisations, eq(organisations.id, programOrganisations.organisationId))
    .where(inArray(programOrganisations.programId, programIds))
    .orderBy(asc(organisations.name));
}

/** Which of these programs list the person as a coordinator. */
export async function listedIn(db: DbOrTx, programIds: string[], personId: string): Promise<string[]> {
  if (!programIds.length) return [];
  const rows = await db
    .select({ id: programCoordinators.programId })
    .from(programCoordinators)
    .where(and(inArray(programCoordinators.programId, programIds), eq(programCoordinators.personId, personId)));
  return rows.map((r) => r.id);
}

export async function coordinatorsOf(db: DbOrTx, programId: string) {
  return db
    .select({ personId: people.id, name: people.name, email: people.email, organisationName: organisations.name })
    .from(programCoordinators)
    .innerJoin(people, eq(people.id, programCoordinators.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(programCoordinators.programId, programId))
    .orderBy(asc(people.name));
}

/**
 * Whether a person has staff responsibility: someone active in Lots has them as manager (by person
 * or, for people whose manager is not linked, by the manager's e-mail address).
 */
export async function hasReports(db: DbOrTx, personId: string) {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(people)
    .where(
      and(
        eq(people.active, true),
        sql`(${people.managerId} = ${personId} or lower(${people.managerEmail}) = (select lower(p.email) from people p where p.id = ${personId}))`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Who is asking for the program list: a platform administrator sees every program. */
export type ProgramViewer = { platformAdmin: boolean; personId: string | null; organisationId: string | null; orgAdmin: boolean };

/** Statuses in which an accepted participating organisation's people see a program (not draft, not archived). */
const PARTICIPANT_STATUSES = ['open', 'selection', 'matching', 'running', 'closed'] as const;

/**
 * The programs a viewer sees, as a condition — the one definition of the three rules (decision 0173):
 * coordinator of an accepted organisation, administrator of the owner, accepted participating
 * organisation while the program is neither draft nor archived; `managedOnly` keeps the first two.
 * Undefined for a platform administrator, who sees and manages every program.
 */
function visibleTo(viewer: ProgramViewer, managedOnly: boolean): SQL | undefined {
  if (viewer.platformAdmin) return undefined;
  const { personId, organisationId } = viewer;
  if (!organisationId) return sql`false`;
  const acceptedBy = (programId: SQL | AnyColumn) =>
    sql`exists (select 1 from ${programOrganisations} po where po.program_id = ${programId} and po.organisation_id = ${organisationId} and po.status = 'accepted')`;
  const rules: SQL[] = managedOnly ? [] : [and(acceptedBy(programs.id), inArray(programs.status, [...PARTICIPANT_STATUSES]))!];
  if (viewer.orgAdmin) rules.push(eq(programs.ownerOrganisationId, organisationId));
  if (personId) rules.push(and(listedBy(personId), acceptedBy(programs.id))!);
  return rules.length ? or(...rules) : sql`false`;
}

/** Whether the person is one of the program's listed coordinators, for a statement over `programs`. */
const listedBy = (personId: string) =>
  sql`exists (select 1 from ${programCoordinators} pc where pc.program_id = ${programs.id} and pc.person_id = ${personId})`;

/** The order of the program list; nulls (no date yet) last either way, then by name, then by id. */
function programOrder(sort: ProgramListSort, dir: SortDirection): SQL[] {
  const by = dir === 'desc' ? desc : asc;
  const name = nordicOrder(programs.name);
  const statusRank = sql`array_position(array[${sql.join(
    PROGRAM_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[], ${programs.status})`;
  const primary: Record<ProgramListSort, SQL[]> = {
    name: [by(name)],
    startsOn: [sql`${programs.startsOn} is null`, by(programs.startsOn)],
    applicationClosesOn: [sql`${programs.applicationClosesOn} is null`, by(programs.applicationClosesOn)],
    status: [by(statusRank)],
  };
  // The name breaks ties alphabetically whatever the direction; the id makes the order total.
  return sort === 'name' ? [...primary.name, by(programs.id)] : [...primary[sort], asc(name), asc(programs.id)];
}

/** One page of the programs a viewer sees (decision 0161), searched, filtered and sorted in SQL, and how many match. */
export async function listVisiblePrograms(db: DbOrTx, viewer: ProgramViewer, query: ProgramListParams) {
  const where = and(
    visibleTo(viewer, query.managed === 'true'),
    searchAny(query.q, [programs.name, organisations.name]),
    query.status ? eq(programs.status, query.status) : undefined,
    query.type ? eq(programs.type, query.type) : undefined,
  );
  const found = await db
    .select({ program: programs, ownerOrganisationName: organisations.name, total: sql<number>`(count(*) over ())::int` })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.ownerOrganisationId))
    .where(where)
    .orderBy(...programOrder(query.sort, query.dir))
    .limit(query.limit)
    .offset(query.offset);
  const rows = found.map(({ total: _t, ...row }) => row);
  if (found.length) return { rows, total: found[0]!.total };
  // A page beyond the last: nothing to carry the total, so it is counted.
  const [counted] = await db
    .select({ n: COUNT })
    .from(programs)
    .innerJoin(organisations, eq(organisations.id, programs.ownerOrganisationId))
    .where(where);
  return { rows, total: counted?.n ?? 0 };
}

export async function insertProgram(db: DbOrTx, values: ProgramValues) {
  const [row] = await db.insert(programs).values(values).returning({ id: programs.id });
  return row!.id;
}

export async function updateProgram(db: DbOrTx, id: string, values: Partial<ProgramValues>) {
  await db
    .update(programs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programs.id, id));
}

/**
 * Sets a program's organisations: those already in it keep their answer, the owner is accepted,
 * every other new one is invited (issue 9.4). Returns the newly invited organisations.
 */
export async function setOrganisations(db: DbOrTx, programId: string, ownerId: string, organisationIds: string[]): Promise<string[]> {
  const wanted = new Set([ownerId, ...organisationIds]);
  const existing = await db
    .select({ organisationId: programOrganisations.organisationId })
    .from(programOrganisations)
    .where(eq(programOrganisations.programId, programId));
  const gone = existing.map((e) => e.organisationId).filter((id) => !wanted.has(id));
  if (gone.length)
    await db
      .delete(programOrganisations)
      .where(and(eq(programOrganisations.programId, programId), inArray(programOrganisations.organisationId, gone)));
  const present = new Set(existing.map((e) => e.organisationId));
  const added = [...wanted].filter((id) => !present.has(id));
  if (added.length)
    await db.insert(programOrganisations).values(
      added.map((organisationId) => ({
        programId,
        organisationId,
        status: organisationId === ownerId ? ('accepted' as const) : ('invited' as const),
      })),
    );
  return added.filter((id) => id !== ownerId);
}

export async function setCoordinators(db: DbOrTx, programId: string, personIds: string[]) {
  await db.delete(programCoordinators).where(eq(programCoordinators.programId, programId));
  if (personIds.length) await db.insert(programCoordinators).values(personIds.map((personId) => ({ programId, personId })));
}

export async function peopleInOrganisations(db: DbOrTx, personIds: string[], organisationIds: string[]) {
  if (!personIds.length || !organisationIds.length) return [];
  return db
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, personIds), inArray(people.organisationId, organisationIds)));
}

export async function existingOrganisations(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids));
}

/**
 * Every program the viewer sees (the program list's condition, `visibleTo`), in one statement: whether
 * they manage it (the list's `managed` rules; a platform administrator manages every program), whether
 * they are one of its listed coordinators, and its eligibility rules.
 */
export async function visibleProgramsOf(db: DbOrTx, viewer: ProgramViewer) {
  const managed = visibleTo(viewer, true) ?? sql`true`;
  const listed = viewer.personId ? listedBy(viewer.personId) : sql`false`;
  return db
    .select({ id: programs.id, rules: programs.rules, manage: sql<boolean>`(${managed})`, listed: sql<boolean>`(${listed})` })
    .from(programs)
    .where(visibleTo(viewer, false));
}

/** Whether shared costs were entered for the program (they are in its currency, which then stays). */
export async function hasSharedCosts(db: DbOrTx, programId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(schema.programSharedCosts)
    .where(eq(schema.programSharedCosts.programId, programId))
    .limit(1);
  return Boolean(row);
}

/**
 * One page of the people who may be chosen as coordinators (decision 0121): active people with the
 * coordinator or administrator role in the given organisations, by name; `q` matches the name only.
 */
export async function coordinatorCandidates(db: DbOrTx, organisationIds: string[], filter: { q?: string; limit: number; offset: number }) {
  if (organisationIds.length === 0) return { items: [], total: 0 };
  const conditions = [
    inArray(people.organisationId, organisationIds),
    eq(people.active, true),
    sql`${people.roles} && array['coordinator', 'org_admin']::text[]`,
  ];
  if (filter.q) conditions.push(ilike(people.name, `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const items = await db
    .select({ personId: people.id, name: people.name, organisationId: people.organisationId, organisationName: organisations.name })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(where)
    .orderBy(asc(people.name), asc(people.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(people).where(where);
  return { items, total: total?.n ?? 0 };
}

/**
 * Serialises, until the transaction ends, everything that counts or fills a program's places (decision 0200): decisions,
 * withdrawals, moving up from the waiting list, an organisation's own cap of places, publishing pairs — across
 * transactions and processes sharing the database: the second one waits, then counts what the first one committed.
 * Taken before the program's applications or pairs are read or changed (then no row lock is ever held while waiting
 * for it); a transaction may take it again. The key keeps its first name ('lots.waitlist:'), so processes of the
 * previous version still exclude these during a rolling upgrade.
 */
export async function lockPlaces(tx: DbOrTx, programId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'lots.waitlist:' + programId}))`);
}
