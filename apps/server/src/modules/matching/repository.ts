import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import type { StoredRunPair, StoredRunResult } from '@lots/core';
import { anyOf } from '../../platform/batch';

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

/** "Copy to next cohort": the new program starts with the weights, hard rules and options the coordinator tuned. */
export async function copySettings(db: DbOrTx, fromProgramId: string, toProgramId: string) {
  const row = await findSettings(db, fromProgramId);
  if (!row) return;
  const { programId: _p, updatedAt: _u, ...values } = row;
  await saveSettings(db, toProgramId, values);
}

export async function insertRun(db: DbOrTx, programId: string, createdBy: string) {
  const [row] = await db.insert(matchingRuns).values({ programId, createdBy }).returning();
  return row!;
}

/** A run's columns; its result in the stored form (the column's JSON holds compact breakdowns, decision 0187). */
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

/**
 * One pair of a run, found by its adept's application inside the stored result (a JSON path in
 * the database: the rest of the result is not read), with the run's criteria and weights.
 * Undefined without such a run; `pair` null when the run has no pair for that adept.
 */
export async function findRunPair(db: DbOrTx, programId: string, runId: string, adeptApplicationId: string) {
  const [row] = await db
    .select({
      criteria: sql<StoredRunResult['criteria'] | null>`${matchingRuns.result} -> 'criteria'`,
      weights: sql<number[] | null>`${matchingRuns.result} -> 'weights'`,
      pair: sql<StoredRunPair | null>`jsonb_path_query_first(${matchingRuns.result}, '$.pairs[*] ? (@.adept.applicationId == $id)', jsonb_build_object('id', ${adeptApplicationId}::text))`,
    })
    .from(matchingRuns)
    .where(and(eq(matchingRuns.programId, programId), eq(matchingRuns.id, runId)));
  return row;
}

/** The run list: its summary columns only, never the stored result (megabytes for a large cohort, issue 15). */
export async function listRuns(db: DbOrTx, programId: string) {
  return db
    .select({
      id: matchingRuns.id,
      status: matchingRuns.status,
      progress: matchingRuns.progress,
      createdAt: matchingRuns.createdAt,
      finishedAt: matchingRuns.finishedAt,
      matchedCount: matchingRuns.matchedCount,
      totalScore: matchingRuns.totalScore,
      error: matchingRuns.error,
    })
    .from(matchingRuns)
    .where(eq(matchingRuns.programId, programId))
    .orderBy(desc(matchingRuns.createdAt))
    .limit(50);
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

/**
 * The applications a publish would pair, as they are now (decision 0200): each one's status and, for a mentor, the
 * places they offer (`mentorCapacity` of the profile; none given: one). Only the program's own.
 */
export async function partiesNow(db: DbOrTx, programId: string, applicationIds: string[]) {
  const { applications } = schema;
  return db
    .select({
      id: applications.id,
      status: applications.status,
      mentorCapacity: sql<number | null>`${applications.profile} -> 'mentorCapacity'`,
    })
    .from(applications)
    .where(and(eq(applications.programId, programId), anyOf(applications.id, applicationIds)));
}

export async function findPair(db: DbOrTx, id: string) {
  const [row] = await db.select().from(pairs).where(eq(pairs.id, id));
  return row;
}

export async function insertPairs(db: DbOrTx, values: (typeof pairs.$inferInsert)[]) {
  if (!values.length) return [];
  return db.insert(pairs).values(values).returning();
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

export type PairRow = typeof pairs.$inferSelect;
export type RunRow = typeof matchingRuns.$inferSelect;

/** The people behind applications, with what a pair's parties see of each other. */
export async function partiesOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const { applications, people, organisations } = schema;
  return db
    .select({
      id: applications.id,
      personId: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      organisationName: organisations.name,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(inArray(applications.id, applicationIds));
}

export async function programNames(db: DbOrTx, programIds: string[]) {
  if (!programIds.length) return [];
  const { programs } = schema;
  return db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, programIds));
}

/** The saved language of each person (null without an account). */
export async function localesOf(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  const { people, user } = schema;
  return db
    .select({ id: people.id, locale: user.locale })
    .from(people)
    .leftJoin(user, eq(user.id, people.userId))
    .where(inArray(people.id, personIds));
}

/** Every pair a person is part of, as adept or mentor, in any program. */
export async function pairsOfPerson(db: DbOrTx, personId: string) {
  const { applications } = schema;
  const mine = await db.select({ id: applications.id }).from(applications).where(eq(applications.personId, personId));
  return pairsOfApplications(
    db,
    mine.map((m) => m.id),
  );
}

/**
 * Unit, manager and organisation of a program's accepted applicants and of everyone above them in
 * their reporting lines (for the hard rules on units and reporting lines): the applicants, then
 * their managers upwards, followed only through people of the participating organisations (a
 * manager elsewhere ends the line). One statement, reading only those people — not every person
 * of the participating organisations. `inScope`: the person belongs to a participating organisation.
 */
export async function poolPeople(db: DbOrTx, programId: string, organisationIds: string[]) {
  const { applications, people } = schema;
  const participating = organisationIds.length ? inArray(people.organisationId, organisationIds) : sql`false`;
  const reach = sql`(with recursive reach(id) as (
      select ${applications.personId} from ${applications}
       where ${applications.programId} = ${programId} and ${applications.status} = 'accepted'
      union
      select ${people.managerId} from ${people} join reach on reach.id = ${people.id}
       where ${people.managerId} is not null and ${participating}
    ) select id from reach)`;
  return db
    .select({
      id: people.id,
      unitId: people.unitId,
      managerId: people.managerId,
      organisationId: people.organisationId,
      inScope: sql<boolean>`${participating}`,
    })
    .from(people)
    .where(sql`${people.id} in ${reach}`);
}

export async function unitsOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const { units } = schema;
  return db
    .select({ id: units.id, parentId: units.parentId, name: units.name })
    .from(units)
    .where(inArray(units.organisationId, organisationIds));
}

/**
 * The pool's applications (decision 0177): the program's accepted applications with what matching and its views use,
 * in one statement — the profile (not the answers), the applicant's name, address, organisation and unit, the
 * special-category answer (eligibility is judged on it, nothing shows it), the status of the newest manager
 * confirmation when the program asks for one, and the person's trainings when a rule asks for them.
 */
export async function poolApplications(db: DbOrTx, programId: string, read: { confirmations: boolean; trainings: boolean }) {
  const { applications, people, organisations, sensitiveAnswers, managerConfirmations, mentorTrainings } = schema;
  return db
    .select({
      id: applications.id,
      personId: applications.personId,
      role: applications.role,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      profile: applications.profile,
      overrides: applications.overrides,
      name: people.name,
      email: people.email,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      unitId: people.unitId,
      underRepresented: sensitiveAnswers.underRepresented,
      confirmation: read.confirmations
        ? sql<string | null>`(select mc.status from ${managerConfirmations} mc
            where mc.application_id = ${applications.id} order by mc.created_at desc limit 1)`
        : sql<string | null>`null::text`,
      trainings: read.trainings
        ? sql<{ name: string; completedOn: string; validUntil: string | null }[]>`(select coalesce(json_agg(
              json_build_object('name', mt.name, 'completedOn', mt.completed_on, 'validUntil', mt.valid_until)
              order by mt.completed_on), '[]'::json)
            from ${mentorTrainings} mt where mt.person_id = ${applications.personId})`
        : sql<{ name: string; completedOn: string; validUntil: string | null }[]>`'[]'::json`,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(sensitiveAnswers, eq(sensitiveAnswers.applicationId, applications.id))
    .where(and(eq(applications.programId, programId), eq(applications.status, 'accepted')));
}

/**
 * Takes a queued run for computing: it becomes running only if it is still queued, so of two
 * workers (or processes) given the same run, one gets it and the other gets nothing.
 */
export async function claimQueuedRun(db: DbOrTx, id: string) {
  const [row] = await db
    .update(matchingRuns)
    .set({ status: 'running', progress: 1, heartbeatAt: sql`now()` })
    .where(and(eq(matchingRuns.id, id), eq(matchingRuns.status, 'queued')))
    .returning();
  return row;
}

/** A running run's progress; a late write after the run finished changes nothing. */
export async function updateRunProgress(db: DbOrTx, id: string, progress: number) {
  await db
    .update(matchingRuns)
    .set({ progress })
    .where(and(eq(matchingRuns.id, id), eq(matchingRuns.status, 'running')));
}

/** The process computing a run says it is still at it. */
export async function touchRun(db: DbOrTx, id: string) {
  await db
    .update(matchingRuns)
    .set({ heartbeatAt: sql`now()` })
    .where(eq(matchingRuns.id, id));
}

/** Runs whose process stopped touching them for `staleSeconds` are failed; returns how many. */
export async function failUnfinishedRuns(db: DbOrTx, staleSeconds: number) {
  const failed = await db
    .update(matchingRuns)
    .set({ status: 'failed', error: 'interrupted: the server computing it stopped', finishedAt: new Date() })
    .where(
      and(
        inArray(matchingRuns.status, ['queued', 'running']),
        lt(matchingRuns.heartbeatAt, sql`now() - make_interval(secs => ${staleSeconds})`),
      ),
    )
    .returning({ id: matchingRuns.id });
  return failed.length;
}
