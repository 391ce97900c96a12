import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';
import type { SortDirection } from '@lots/core';
import { COUNT, containsPattern, matchAny, nordicOrder, ordering, organisationNamed } from '../../platform/lists';
import { anyOf, unnest } from '../../platform/batch';

const { applications, sensitiveAnswers, managerConfirmations, recommendations, nominations, people, organisations, user } = schema;

export type ApplicationRow = typeof applications.$inferSelect;

export async function findApplication(db: DbOrTx, programId: string, id: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.programId, programId), eq(applications.id, id)));
  return row;
}

/** The program's applications of these people (both roles), in one statement: what an import updates instead of inserting. */
export async function applicationsOfPeople(db: DbOrTx, programId: string, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select({
      id: applications.id,
      personId: applications.personId,
      role: applications.role,
      status: applications.status,
      managerEmail: applications.managerEmail,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .where(and(eq(applications.programId, programId), anyOf(applications.personId, personIds)));
}

/** A new application of an import: submitted, with its profile. */
export interface ImportedApplication {
  personId: string;
  role: ApplicationRow['role'];
  profile: unknown;
  managerEmail: string | null;
}

/** Inserts many submitted applications of the program in one statement, their values as one array per column (`unnest`). */
export async function insertApplications(db: DbOrTx, programId: string, rows: ImportedApplication[], submittedAt: Date) {
  if (!rows.length) return;
  const v = unnest(
    { person_id: 'uuid', role: 'text', profile: 'jsonb', manager_email: 'text' },
    rows.map((r) => ({ person_id: r.personId, role: r.role, profile: JSON.stringify(r.profile), manager_email: r.managerEmail })),
  );
  await db.execute(sql`insert into ${applications} (program_id, person_id, role, profile, manager_email, status, submitted_at)
    select ${programId}::uuid, v.person_id, v.role, v.profile, v.manager_email, 'submitted', ${submittedAt.toISOString()}::timestamptz
    from ${v}`);
}

/** Updates many imported applications of the program in one statement (one array per column). */
export async function updateImportedApplications(
  db: DbOrTx,
  programId: string,
  rows: { id: string; profile: unknown; managerEmail: string | null; status: ApplicationRow['status']; submittedAt: Date }[],
) {
  if (!rows.length) return;
  const v = unnest(
    { id: 'uuid', profile: 'jsonb', manager_email: 'text', status: 'text', submitted_at: 'timestamptz' },
    rows.map((r) => ({
      id: r.id,
      profile: JSON.stringify(r.profile),
      manager_email: r.managerEmail,
      status: r.status,
      submitted_at: r.submittedAt.toISOString(),
    })),
  );
  await db.execute(sql`update ${applications} a set profile = v.profile, manager_email = v.manager_email, status = v.status,
      submitted_at = v.submitted_at, updated_at = now()
    from ${v}
    where a.id = v.id and a.program_id = ${programId}`);
}

export async function findByPersonRole(db: DbOrTx, programId: string, personId: string, role: ApplicationRow['role']) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.programId, programId), eq(applications.personId, personId), eq(applications.role, role)));
  return row;
}

export async function listApplications(
  db: DbOrTx,
  programId: string,
  filter: { role?: ApplicationRow['role']; status?: ApplicationRow['status']; ids?: string[] } = {},
) {
  const conditions = [eq(applications.programId, programId)];
  if (filter.role) conditions.push(eq(applications.role, filter.role));
  if (filter.status) conditions.push(eq(applications.status, filter.status));
  if (filter.ids) conditions.push(anyOf(applications.id, filter.ids));
  return db
    .select()
    .from(applications)
    .where(and(...conditions));
}

export interface ReviewFilter {
  role?: ApplicationRow['role'];
  status?: ApplicationRow['status'];
  confirmation?: string;
  q?: string;
  sort: 'submittedAt' | 'name' | 'organisation';
  dir: SortDirection;
  limit: number;
  offset: number;
}

/**
 * An application's manager confirmation as the review queue shows it: `not_required` for mentors
 * and where the program asks for none, else the latest one asked for, `pending` before any.
 */
function confirmationOf(requiresConfirmation: SQL) {
  return sql<string>`case when ${applications.role} <> 'adept' or not ${requiresConfirmation} then 'not_required'
    else coalesce((select mc.status from ${managerConfirmations} mc where mc.application_id = ${applications.id}
                   order by mc.created_at desc limit 1), 'pending') end`;
}

/**
 * The review queue's search (decisions 0199, 0201): the applicant's name or e-mail (the application's copy of them), the
 * profile's title, or the applicant's organisation's name (by the application's copy of the organisation: the ids of
 * the organisations whose name matches, read once).
 */
function reviewSearch(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = containsPattern(text);
  // The organisation first: a probe of the matching ids' hash, which spares a row the three ILIKEs when it matches.
  return or(
    organisationNamed(applications.applicantOrganisationId, pattern),
    matchAny(pattern, [applications.applicantName, applications.applicantEmail, sql`${applications.profile}->>'title'`]),
  );
}

/**
 * One page of a program's review queue (never drafts), filtered, searched and sorted in SQL, with
 * the total, in one statement (decisions 0161, 0176). First the page: the program's applications,
 * searched and ordered by the applicant's name and organisation on the application itself (its copy, decisions 0199,
 * 0201; the organisations' sort keys joined only for the order by organisation, each computed once per organisation
 * behind a fence, not once per application: a program's applicants share a few organisations, so the planner hashes
 * them, decision 0205), numbered in the order (`row_number`) and counted (a window over these narrow rows); then only
 * the page's applications are read whole. The manager's confirmation is the latest one asked for, as presented.
 */
export async function reviewPage(db: DbOrTx, programId: string, requiresConfirmation: boolean, filter: ReviewFilter) {
  const confirmation = confirmationOf(sql`${requiresConfirmation}::boolean`);
  // Each organisation's sort key, computed in the subquery: `offset 0` (written as SQL: Drizzle leaves out an offset
  // of the number 0) keeps the planner from pulling it up and computing it again for every joined application.
  const organisationKeys = db
    .select({ id: organisations.id, key: sql<string>`${nordicOrder(organisations.name)}`.as('organisation_key') })
    .from(organisations)
    .offset(sql`0` as unknown as number)
    .as('organisation_keys');
  const where = and(
    eq(applications.programId, programId),
    ne(applications.status, 'draft'),
    filter.role ? eq(applications.role, filter.role) : undefined,
    filter.status ? eq(applications.status, filter.status) : undefined,
    filter.confirmation ? sql`${confirmation} = ${filter.confirmation}` : undefined,
    reviewSearch(filter.q),
  );
  const name = nordicOrder(applications.applicantName);
  const order = ordering(
    {
      submittedAt: [applications.submittedAt],
      name: [name],
      organisation: [sql`${organisationKeys.key}`, name],
    },
    filter.sort,
    filter.dir,
    applications.id,
  );
  const position = sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`;
  let scoped = db
    .select({
      id: sql<string>`${applications.id}`.as('page_application_id'),
      pos: position.as('pos'),
      total: sql<number>`(count(*) over ())::int`.as('total'),
    })
    .from(applications)
    .$dynamic();
  if (filter.sort === 'organisation')
    scoped = scoped.leftJoin(organisationKeys, eq(organisationKeys.id, applications.applicantOrganisationId));
  const page = scoped.where(where).orderBy(position).limit(filter.limit).offset(filter.offset).as('page');
  const rows = await db
    .select({ application: applications, total: page.total })
    .from(page)
    .innerJoin(applications, eq(applications.id, page.id))
    .orderBy(page.pos);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && filter.offset > 0) {
    const [count] = await db.select({ n: COUNT }).from(applications).where(where);
    total = count?.n ?? 0;
  }
  return { rows: rows.map((r) => r.application), total };
}

/** How many adepts the program has accepted: each holds one of the cohort's places. */
export async function countAcceptedAdepts(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(eq(applications.programId, programId), eq(applications.role, 'adept'), eq(applications.status, 'accepted')));
  return row?.n ?? 0;
}

/** The adepts on the waiting list in the order they applied (decision 0101), with their organisation, leaving out `exclude`. */
export async function waitingAdepts(db: DbOrTx, programId: string, exclude: string[]) {
  return db
    .select({ application: applications, organisationId: people.organisationId })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .where(
      and(
        eq(applications.programId, programId),
        eq(applications.role, 'adept'),
        eq(applications.status, 'waitlisted'),
        not(anyOf(applications.id, exclude)),
      ),
    )
    .orderBy(applications.submittedAt, applications.id);
}

export async function insertApplication(db: DbOrTx, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning();
  return row!;
}

export async function updateApplication(db: DbOrTx, id: string, values: Partial<typeof applications.$inferInsert>) {
  const [row] = await db
    .update(applications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(applications.id, id))
    .returning();
  return row!;
}

/**
 * One decision for many applications in one statement (a bulk decision writes one per decision, not one per row).
 * With `onlyFrom`, only those still in that status are changed and returned (moving up from the waiting list: a row
 * another transaction moved meanwhile is left alone, and its person is not mailed again).
 */
export async function setDecision(
  db: DbOrTx,
  ids: string[],
  values: { status: ApplicationRow['status']; decisionMessage: string | null; decidedAt: Date; promotedAt?: Date },
  onlyFrom?: ApplicationRow['status'],
) {
  if (!ids.length) return [];
  return db
    .update(applications)
    .set({ ...values, updatedAt: new Date() })
    .where(and(anyOf(applications.id, ids), onlyFrom ? eq(applications.status, onlyFrom) : undefined))
    .returning();
}

/** People behind applications, with their organisation, manager and language. */
export async function applicantsOf(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  // The manager joined in the same statement (decision 0209): no second round trip for their name and address.
  const manager = alias(people, 'manager');
  return db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      title: people.title,
      organisationId: people.organisationId,
      organisationName: organisations.name,
      unitId: people.unitId,
      managerId: people.managerId,
      managerName: manager.name,
      managerEmail: sql<string | null>`coalesce(${manager.email}, ${people.managerEmail})`,
      locale: user.locale,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(user, eq(user.id, people.userId))
    .leftJoin(manager, eq(manager.id, people.managerId))
    .where(anyOf(people.id, personIds));
}

/** The unit trees of these organisations (for the applicants' unit paths). */
export async function unitsOf(db: DbOrTx, organisationIds: string[]) {
  if (!organisationIds.length) return [];
  const { units } = schema;
  return db
    .select({ id: units.id, parentId: units.parentId, name: units.name })
    .from(units)
    .where(inArray(units.organisationId, organisationIds));
}

export async function sensitiveOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.select().from(sensitiveAnswers).where(anyOf(sensitiveAnswers.applicationId, applicationIds));
}

export async function setSensitive(db: DbOrTx, applicationId: string, value: { underRepresented: boolean } | null) {
  await db.delete(sensitiveAnswers).where(eq(sensitiveAnswers.applicationId, applicationId));
  if (value) await db.insert(sensitiveAnswers).values({ applicationId, underRepresented: value.underRepresented, consentAt: new Date() });
}

/** The newest confirmation request of each application. */
export async function confirmationsOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const rows = await db
    .select()
    .from(managerConfirmations)
    .where(anyOf(managerConfirmations.applicationId, applicationIds))
    .orderBy(desc(managerConfirmations.createdAt));
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.applicationId)) latest.set(r.applicationId, r);
  return [...latest.values()];
}

export async function insertConfirmation(db: DbOrTx, values: typeof managerConfirmations.$inferInsert) {
  await db.insert(managerConfirmations).values(values);
}

export async function updateConfirmation(db: DbOrTx, id: string, values: Partial<typeof managerConfirmations.$inferInsert>) {
  await db.update(managerConfirmations).set(values).where(eq(managerConfirmations.id, id));
}

export async function recommendationsOf(db: DbOrTx, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.select().from(recommendations).where(anyOf(recommendations.applicationId, applicationIds)).orderBy(recommendations.createdAt);
}

export async function insertRecommendation(db: DbOrTx, values: typeof recommendations.$inferInsert) {
  await db.insert(recommendations).values(values);
}

export async function findConfirmationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(managerConfirmations).where(eq(managerConfirmations.tokenHash, tokenHash));
  return row;
}

export async function findRecommendationByHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.tokenHash, tokenHash));
  return row;
}

/** Answers a pending request once: returns false when it was answered already. */
export async function answerConfirmation(
  db: DbOrTx,
  id: string,
  status: (typeof managerConfirmations.$inferSelect)['status'],
  comment: string | null,
) {
  const rows = await db
    .update(managerConfirmations)
    .set({ status, comment, respondedAt: new Date() })
    .where(and(eq(managerConfirmations.id, id), eq(managerConfirmations.status, 'pending')))
    .returning({ id: managerConfirmations.id });
  return rows.length === 1;
}

export async function answerRecommendation(
  db: DbOrTx,
  id: string,
  verdict: (typeof recommendations.$inferSelect)['verdict'],
  comment: string | null,
) {
  const rows = await db
    .update(recommendations)
    .set({ verdict, comment, respondedAt: new Date() })
    .where(and(eq(recommendations.id, id), eq(recommendations.verdict, 'pending')))
    .returning({ id: recommendations.id });
  return rows.length === 1;
}

export async function nominationsOf(db: DbOrTx, programId: string) {
  const nominee = people;
  return db
    .select({
      id: nominations.id,
      programId: nominations.programId,
      nomineePersonId: nominations.nomineePersonId,
      role: nominations.role,
      nominatorPersonId: nominations.nominatorPersonId,
      motivation: nominations.motivation,
      createdAt: nominations.createdAt,
      nomineeName: nominee.name,
      nomineeEmail: nominee.email,
      nominatorName: sql<string>`(select p.name from people p where p.id = ${nominations.nominatorPersonId})`,
    })
    .from(nominations)
    .innerJoin(nominee, eq(nominee.id, nominations.nomineePersonId))
    .where(eq(nominations.programId, programId))
    .orderBy(desc(nominations.createdAt));
}

export async function isNominated(db: DbOrTx, programId: string, personId: string, role: ApplicationRow['role']) {
  const [row] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(eq(nominations.programId, programId), eq(nominations.nomineePersonId, personId), eq(nominations.role, role)));
  return Boolean(row);
}

export async function insertNomination(db: DbOrTx, values: typeof nominations.$inferInsert) {
  const [row] = await db.insert(nominations).values(values).returning({ id: nominations.id });
  return row!.id;
}

/** The saved language of the user with this e-mail address, if there is one. */
export async function userLocaleByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  const [row] = await db.select({ locale: user.locale }).from(user).where(eq(user.email, email.toLowerCase()));
  return row?.locale;
}

/** What a confirmation or recommendation page shows about the application it is for. */
export async function linkContext(db: DbOrTx, applicationId: string) {
  const [row] = await db
    .select({
      applicantName: people.name,
      organisationName: organisations.name,
      role: applications.role,
      programName: schema.programs.name,
      programPurpose: schema.programs.purpose,
      programType: schema.programs.type,
      ownerOrganisationId: schema.programs.ownerOrganisationId,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .innerJoin(schema.programs, eq(schema.programs.id, applications.programId))
    .where(eq(applications.id, applicationId));
  return row;
}

/** These people's trainings (the eligibility rule "completed training"). */
export async function trainingsOf(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  const { mentorTrainings } = schema;
  return db.select().from(mentorTrainings).where(anyOf(mentorTrainings.personId, personIds)).orderBy(mentorTrainings.completedOn);
}

export async function insertTraining(db: DbOrTx, values: typeof schema.mentorTrainings.$inferInsert) {
  const [row] = await db.insert(schema.mentorTrainings).values(values).returning({ id: schema.mentorTrainings.id });
  return row!.id;
}

export async function organisationOfPerson(db: DbOrTx, personId: string) {
  const [person] = await db.select({ organisationId: people.organisationId }).from(people).where(eq(people.id, personId));
  return person?.organisationId;
}

/**
 * The programs the daily digest looks at: taking applications or in selection (new applications
 * and managers' answers), and from matching until closed (mentorships started and ended).
 */
export async function digestPrograms(db: DbOrTx) {
  const { programs } = schema;
  return db
    .select({ id: programs.id, name: programs.name, owner: programs.ownerOrganisationId, status: programs.status })
    .from(programs)
    .where(inArray(programs.status, ['open', 'selection', 'matching', 'running', 'closed']));
}

/**
 * What is new in a program since its last digest. Two runs at once (two Lots processes, a retried
 * job) take turns per program: the program's row is locked until the caller's transaction ends (a
 * program never digested has no mark to lock yet), so the second finds the first one's mark.
 */
export async function digestNews(tx: DbOrTx, programId: string) {
  const { programDigests } = schema;
  await tx.select({ id: schema.programs.id }).from(schema.programs).where(eq(schema.programs.id, programId)).for('no key update');
  const [digest] = await tx.select().from(programDigests).where(eq(programDigests.programId, programId));
  const since = digest?.lastSentAt ?? new Date(0);
  const [apps] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(and(eq(applications.programId, programId), isNotNull(applications.submittedAt), gt(applications.submittedAt, since)));
  const [answers] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(managerConfirmations)
    .innerJoin(applications, eq(applications.id, managerConfirmations.applicationId))
    .where(
      and(eq(applications.programId, programId), isNotNull(managerConfirmations.respondedAt), gt(managerConfirmations.respondedAt, since)),
    );
  return { since, applications: apps?.n ?? 0, confirmations: answers?.n ?? 0 };
}

/**
 * The mentorships of a program that started (both signed) or ended since `since`: names, the day
 * and who ended it — never why. At most `limit` of each, oldest first, with the total.
 */
export async function pairNews(tx: DbOrTx, programId: string, since: Date, limit: number) {
  const { pairs } = schema;
  const adeptApp = alias(applications, 'adept_application');
  const mentorApp = alias(applications, 'mentor_application');
  const adept = alias(people, 'adept');
  const mentor = alias(people, 'mentor');
  const of = (column: typeof pairs.startedAt | typeof pairs.endedAt) =>
    tx
      .select({
        adept: adept.name,
        mentor: mentor.name,
        startedAt: pairs.startedAt,
        endedAt: pairs.endedAt,
        endedBy: pairs.endedBy,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(pairs)
      .innerJoin(adeptApp, eq(adeptApp.id, pairs.adeptApplicationId))
      .innerJoin(mentorApp, eq(mentorApp.id, pairs.mentorApplicationId))
      .innerJoin(adept, eq(adept.id, adeptApp.personId))
      .innerJoin(mentor, eq(mentor.id, mentorApp.personId))
      .where(and(eq(pairs.programId, programId), isNotNull(column), gt(column, since)))
      .orderBy(asc(column), asc(pairs.id))
      .limit(limit);
  const [started, ended] = [await of(pairs.startedAt), await of(pairs.endedAt)];
  return { started, ended };
}

/** Adepts who moved up from the waiting list since `since` (decision 0107): names and when, at most `limit`, with the total. */
export async function promotedNews(tx: DbOrTx, programId: string, since: Date, limit: number) {
  return tx
    .select({ name: people.name, promotedAt: applications.promotedAt, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .where(
      and(
        eq(applications.programId, programId),
        eq(applications.status, 'accepted'),
        isNotNull(applications.promotedAt),
        gt(applications.promotedAt, since),
      ),
    )
    .orderBy(asc(applications.promotedAt), asc(applications.id))
    .limit(limit);
}

/** The coordinators of a program who have an account, with their language. */
export async function coordinatorsWithAccounts(db: DbOrTx, programId: string) {
  const { programCoordinators } = schema;
  return db
    .select({ personId: people.id, name: people.name, email: people.email, locale: user.locale })
    .from(programCoordinators)
    .innerJoin(people, eq(people.id, programCoordinators.personId))
    .innerJoin(user, eq(user.id, people.userId))
    .where(eq(programCoordinators.programId, programId));
}

export async function markDigestSent(db: DbOrTx, programId: string, now: Date) {
  const { programDigests } = schema;
  await db
    .insert(programDigests)
    .values({ programId, lastSentAt: now })
    .onConflictDoUpdate({ target: programDigests.programId, set: { lastSentAt: now } });
}

/** One person's own applications in every program and state (my profile), newest first, with the total. */
export async function applicationsOfPerson(db: DbOrTx, personId: string, page: { limit: number; offset: number }) {
  const [rows, [count]] = await Promise.all([
    db
      .select({
        application: applications,
        programName: schema.programs.name,
        programLanguages: schema.programs.languages,
        programStatus: schema.programs.status,
      })
      .from(applications)
      .innerJoin(schema.programs, eq(schema.programs.id, applications.programId))
      .where(eq(applications.personId, personId))
      .orderBy(desc(applications.createdAt), asc(applications.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(applications)
      .where(eq(applications.personId, personId)),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** The questions of several programs' forms (labels for my profile). */
export async function questionsOfPrograms(db: DbOrTx, programIds: string[]) {
  if (!programIds.length) return [];
  return db
    .select({ id: schema.formQuestions.id, label: schema.formQuestions.label, position: schema.formQuestions.position })
    .from(schema.formQuestions)
    .where(inArray(schema.formQuestions.programId, programIds))
    .orderBy(asc(schema.formQuestions.position));
}

/** An application of this person (the owner check of my profile), with its program's owner. */
export async function ownApplication(db: DbOrTx, personId: string, applicationId: string) {
  const [row] = await db
    .select({ id: applications.id, programId: applications.programId, ownerOrganisationId: schema.programs.ownerOrganisationId })
    .from(applications)
    .innerJoin(schema.programs, eq(schema.programs.id, applications.programId))
    .where(and(eq(applications.id, applicationId), eq(applications.personId, personId)));
  return row;
}

/** Deletes an application's special-category answer; true when there was one. */
export async function deleteSensitive(db: DbOrTx, applicationId: string) {
  const deleted = await db
    .delete(sensitiveAnswers)
    .where(eq(sensitiveAnswers.applicationId, applicationId))
    .returning({ applicationId: sensitiveAnswers.applicationId });
  return deleted.length > 0;
}

/** Starts the retention period of the special-category answers of one application or of a program's (kept when already started). */
export async function startSensitiveRetention(db: DbOrTx, of: { applicationId: string } | { programId: string }, at: Date) {
  const ids =
    'applicationId' in of
      ? [of.applicationId]
      : db.select({ id: applications.id }).from(applications).where(eq(applications.programId, of.programId));
  await db
    .update(sensitiveAnswers)
    .set({ retentionFrom: at })
    .where(and(inArray(sensitiveAnswers.applicationId, ids), isNull(sensitiveAnswers.retentionFrom)));
}

/** A reopened program keeps its applicants' answers again, except those of withdrawn applications. */
export async function stopSensitiveRetentionOfProgram(db: DbOrTx, programId: string) {
  const kept = db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.programId, programId), ne(applications.status, 'withdrawn')));
  await db.update(sensitiveAnswers).set({ retentionFrom: null }).where(inArray(sensitiveAnswers.applicationId, kept));
}

/** Deletes the special-category answers whose retention period started at or before `before`; how many. */
export async function deleteExpiredSensitive(db: DbOrTx, before: Date) {
  const deleted = await db
    .delete(sensitiveAnswers)
    .where(lte(sensitiveAnswers.retentionFrom, before))
    .returning({ applicationId: sensitiveAnswers.applicationId });
  return deleted.length;
}

/**
 * Starts the retention period of applications' personal data (decision 0108; kept when already
 * started or already removed): one application without a pair (its withdrawal), a closed program's applications
 * without a pair (`unpairedOnly`), or every application of an archived program.
 */
export async function startApplicationRetention(
  db: DbOrTx,
  of: { applicationId: string } | { programId: string; unpairedOnly: boolean },
  at: Date,
) {
  const { pairs } = schema;
  const paired = sql`exists (select 1 from ${pairs} where ${pairs.status} <> 'declined'
    and (${pairs.adeptApplicationId} = ${applications.id} or ${pairs.mentorApplicationId} = ${applications.id}))`;
  // A withdrawal behind a pair keeps the application while the pair's space exists: archiving starts it then.
  const which =
    'applicationId' in of
      ? and(eq(applications.id, of.applicationId), sql`not ${paired}`)
      : and(eq(applications.programId, of.programId), of.unpairedOnly ? sql`not ${paired}` : undefined);
  await db
    .update(applications)
    .set({ retentionFrom: at })
    .where(and(which, isNull(applications.retentionFrom), isNull(applications.personalDataRemovedAt)));
}

/** A reopened program keeps its applications' personal data again, except that of withdrawn applications. */
export async function stopApplicationRetentionOfProgram(db: DbOrTx, programId: string) {
  await db
    .update(applications)
    .set({ retentionFrom: null })
    .where(and(eq(applications.programId, programId), ne(applications.status, 'withdrawn'), isNull(applications.personalDataRemovedAt)));
}

/**
 * Empties the applications whose retention period started at or before `before` (decision 0108):
 * profile and custom answers, the manager's name and address, the decision message; deletes their
 * recommendations and the manager's confirmations. The row stays (program, person, role, status,
 * dates) for the figures that count applications. How many were emptied.
 */
export async function emptyExpiredApplications(db: DbOrTx, before: Date, now: Date) {
  const emptied = await db
    .update(applications)
    .set({ profile: {}, answers: {}, managerName: null, managerEmail: null, decisionMessage: null, personalDataRemovedAt: now })
    .where(and(lte(applications.retentionFrom, before), isNull(applications.personalDataRemovedAt)))
    .returning({ id: applications.id });
  const ids = emptied.map((a) => a.id);
  if (ids.length) {
    await db.delete(recommendations).where(inArray(recommendations.applicationId, ids));
    await db.delete(managerConfirmations).where(inArray(managerConfirmations.applicationId, ids));
  }
  return ids.length;
}

/**
 * The home page's review counts (decision 0170), one statement for all the programs: per program,
 * submitted applications awaiting a decision, and of those the adepts whose manager has not
 * answered — the review queue's `status=submitted` and `confirmation=pending`, by its own rule.
 */
export async function reviewTaskCounts(db: DbOrTx, programIds: string[]) {
  if (!programIds.length) return [];
  const { programs } = schema;
  return db
    .select({
      programId: applications.programId,
      waiting: sql<number>`count(*)::int`,
      confirmationsPending: sql<number>`(count(*) filter (where ${confirmationOf(sql`${programs.requiresManagerConfirmation}`)} = 'pending'))::int`,
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(and(inArray(applications.programId, programIds), eq(applications.status, 'submitted')))
    .groupBy(applications.programId);
}

/**
 * A person's own applications for their home page (decision 0170), in programs that are announced
 * and not archived, with the program, whether the manager's answer is still awaited (the review
 * queue's rule) and whether a match was published for it.
 */
export async function homeApplicationsOf(db: DbOrTx, personId: string) {
  const { programs, pairs } = schema;
  return db
    .select({
      id: applications.id,
      programId: applications.programId,
      programName: programs.name,
      programLanguages: programs.languages,
      programStatus: programs.status,
      role: applications.role,
      status: applications.status,
      confirmationPending: sql<boolean>`${confirmationOf(sql`${programs.requiresManagerConfirmation}`)} = 'pending'`,
      hasPair: sql<boolean>`exists (select 1 from ${pairs} p where (p.adept_application_id = ${applications.id}
        or p.mentor_application_id = ${applications.id}) and p.status in ('published', 'active', 'ended'))`,
    })
    .from(applications)
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(and(eq(applications.personId, personId), ne(applications.status, 'withdrawn'), ne(programs.status, 'archived')))
    .orderBy(desc(applications.createdAt))
    .limit(20);
}
