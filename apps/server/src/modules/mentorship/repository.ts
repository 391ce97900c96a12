import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { schema, type DbOrTx } from '@lots/db';
import type { HealthSort, SortDirection } from '@lots/core';
import { containsPattern, matchAny, nordicOrder, ordering, organisationNamed } from '../../platform/lists';

const { pairs, agreements, meetings, agendaItems, goalCheckins, privateNotes, programs, people, organisations, applications, user } =
  schema;

export type PairRow = typeof pairs.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;

// Pairs.

export async function findPair(db: DbOrTx, pairId: string) {
  const [pair] = await db.select().from(pairs).where(eq(pairs.id, pairId));
  return pair;
}

/** The applications of a program and whose they are (to find the two people of a pair). */
export async function applicantsOfProgram(db: DbOrTx, programId: string) {
  return db
    .select({ id: applications.id, personId: applications.personId })
    .from(applications)
    .where(eq(applications.programId, programId));
}

/** The columns of a pair's state: written only through the state machine (`applyPairEvent` in state.ts). */
type PairStateColumn = 'status' | 'adeptResponse' | 'mentorResponse' | 'endedBy' | 'endedAt';

/** Only for `updatePairDetails` in state.ts: what is not the pair's state (dates, choices, reasons). */
export async function updatePair(db: DbOrTx, pairId: string, values: Partial<Omit<typeof pairs.$inferInsert, PairStateColumn>>) {
  await db.update(pairs).set(values).where(eq(pairs.id, pairId));
}

/**
 * Only for `applyPairEvent` in state.ts: writes a pair's next state if its state is still the one
 * read (status and both answers), else nothing (returns undefined).
 */
export async function updatePairStateIfUnchanged(db: DbOrTx, pair: PairRow, values: Partial<typeof pairs.$inferInsert>) {
  const [row] = await db
    .update(pairs)
    .set(values)
    .where(
      and(
        eq(pairs.id, pair.id),
        eq(pairs.status, pair.status),
        eq(pairs.adeptResponse, pair.adeptResponse),
        eq(pairs.mentorResponse, pair.mentorResponse),
      ),
    )
    .returning();
  return row;
}

/**
 * The pairs an application is in that are still on offer or running (to end them when it is withdrawn, decision 0208),
 * each with the other party's person and name.
 */
export async function livePairsOfApplication(db: DbOrTx, applicationId: string) {
  const other = alias(applications, 'other_application');
  return db
    .select({ pair: pairs, otherPersonId: other.personId, otherName: people.name })
    .from(pairs)
    .innerJoin(
      other,
      sql`${other.id} = case when ${pairs.adeptApplicationId} = ${applicationId} then ${pairs.mentorApplicationId} else ${pairs.adeptApplicationId} end`,
    )
    .innerJoin(people, eq(people.id, other.personId))
    .where(
      and(
        or(eq(pairs.adeptApplicationId, applicationId), eq(pairs.mentorApplicationId, applicationId)),
        inArray(pairs.status, ['published', 'active']),
      ),
    )
    .orderBy(asc(pairs.id));
}

/** Running pairs of a program (to end them when it closes). */
export async function activePairsOfProgram(db: DbOrTx, programId: string) {
  return db
    .select()
    .from(pairs)
    .where(and(eq(pairs.programId, programId), eq(pairs.status, 'active')));
}

export async function pairsEndedByProgram(db: DbOrTx, programId: string) {
  return db
    .select()
    .from(pairs)
    .where(and(eq(pairs.programId, programId), eq(pairs.status, 'ended'), eq(pairs.endedBy, 'program')));
}

/**
 * What closing the program would do, one page: its active pairs (those where both chose to continue
 * on their own stay active, the others end) and its proposed pairs (left as they are).
 */
export async function closingPreview(db: DbOrTx, programId: string, page: { limit: number; offset: number }) {
  const adept = alias(applications, 'adept_application');
  const mentor = alias(applications, 'mentor_application');
  const adeptPerson = alias(people, 'adept_person');
  const mentorPerson = alias(people, 'mentor_person');
  const outcome = sql<'ends' | 'continues' | 'staysProposed'>`case
    when ${pairs.status} = 'published' then 'staysProposed'
    when ${pairs.adeptContinuation} = 'continue' and ${pairs.mentorContinuation} = 'continue' then 'continues'
    else 'ends' end`;
  const where = and(eq(pairs.programId, programId), inArray(pairs.status, ['active', 'published']));
  const [items, [counts]] = await Promise.all([
    db
      .select({ pairId: pairs.id, status: pairs.status, adeptName: adeptPerson.name, mentorName: mentorPerson.name, outcome })
      .from(pairs)
      .innerJoin(adept, eq(adept.id, pairs.adeptApplicationId))
      .innerJoin(adeptPerson, eq(adeptPerson.id, adept.personId))
      .innerJoin(mentor, eq(mentor.id, pairs.mentorApplicationId))
      .innerJoin(mentorPerson, eq(mentorPerson.id, mentor.personId))
      .where(where)
      .orderBy(adeptPerson.name, pairs.id)
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({
        total: sql<number>`count(*)::int`,
        ends: sql<number>`count(*) filter (where ${outcome} = 'ends')::int`,
        continues: sql<number>`count(*) filter (where ${outcome} = 'continues')::int`,
        staysProposed: sql<number>`count(*) filter (where ${outcome} = 'staysProposed')::int`,
      })
      .from(pairs)
      .where(where),
  ]);
  return { items, counts: counts! };
}

export async function pairsOfProgram(db: DbOrTx, programId: string) {
  return db.select().from(pairs).where(eq(pairs.programId, programId));
}

export async function activePairs(db: DbOrTx) {
  return db.select().from(pairs).where(eq(pairs.status, 'active'));
}

// The program around a pair.

export async function programOf(db: DbOrTx, programId: string) {
  const [program] = await db
    .select({
      name: programs.name,
      owner: programs.ownerOrganisationId,
      endsOn: programs.endsOn,
      status: programs.status,
      nudgeAfterWeeks: programs.nudgeAfterWeeks,
      languages: programs.languages,
    })
    .from(programs)
    .where(eq(programs.id, programId));
  return program;
}

/** What the adept's manager is told about a pair: the adept's name, the manager on the adept's application, the program's kind. */
export async function adeptManagerOf(db: DbOrTx, pairId: string) {
  const [row] = await db
    .select({
      adept: people.name,
      programLanguages: programs.languages,
      managerEmail: applications.managerEmail,
      managerName: applications.managerName,
      program: programs.name,
      programType: programs.type,
      owner: programs.ownerOrganisationId,
      requiresManagerConfirmation: programs.requiresManagerConfirmation,
    })
    .from(pairs)
    .innerJoin(applications, eq(applications.id, pairs.adeptApplicationId))
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(programs, eq(programs.id, pairs.programId))
    .where(eq(pairs.id, pairId));
  return row;
}

export async function partiesOf(db: DbOrTx, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select({ personId: people.id, name: people.name, email: people.email, title: people.title, organisationName: organisations.name })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(inArray(people.id, personIds));
}

/** Name, address and language of the people behind applications. */
export async function recipientsOf(db: DbOrTx, applicationIds: string[]) {
  return db
    .select({ applicationId: applications.id, personId: people.id, name: people.name, email: people.email, locale: user.locale })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(user, eq(user.id, people.userId))
    .where(inArray(applications.id, applicationIds));
}

// Agreements and clauses.

export async function latestAgreement(db: DbOrTx, pairId: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.pairId, pairId)).orderBy(desc(agreements.version)).limit(1);
  return row;
}

export async function insertAgreement(db: DbOrTx, values: typeof agreements.$inferInsert) {
  await db.insert(agreements).values(values);
}

export async function signAgreement(db: DbOrTx, agreementId: string, field: 'adeptSignedAt' | 'mentorSignedAt') {
  const [signed] = await db
    .update(agreements)
    .set({ [field]: new Date() })
    .where(eq(agreements.id, agreementId))
    .returning();
  return signed!;
}

/** What decides a program's clauses: its languages and whether the adept's manager confirms. */
export async function clauseRules(db: DbOrTx, programId: string) {
  const [row] = await db
    .select({ languages: programs.languages, requiresManagerConfirmation: programs.requiresManagerConfirmation })
    .from(programs)
    .where(eq(programs.id, programId));
  return row;
}

export async function clausesOf(db: DbOrTx, programId: string) {
  return db
    .select()
    .from(schema.programClauses)
    .where(eq(schema.programClauses.programId, programId))
    .orderBy(asc(schema.programClauses.position));
}

export async function replaceClauses(db: DbOrTx, programId: string, clauses: { key: string; sv: string; nb: string; en: string }[]) {
  await db.delete(schema.programClauses).where(eq(schema.programClauses.programId, programId));
  await db.insert(schema.programClauses).values(clauses.map((c, position) => ({ programId, ...c, position })));
}

export async function ownQuestions(db: DbOrTx, programId: string) {
  return db
    .select({ text: schema.programQuestionBank.text })
    .from(schema.programQuestionBank)
    .where(eq(schema.programQuestionBank.programId, programId));
}

/** "Copy to next cohort": the clauses as the coordinator edited them (none: the standard ones) and the program's own question bank. */
export async function copyProgramTexts(db: DbOrTx, fromProgramId: string, toProgramId: string) {
  const clauses = await clausesOf(db, fromProgramId);
  if (clauses.length)
    await replaceClauses(
      db,
      toProgramId,
      clauses.map(({ key, sv, nb, en }) => ({ key, sv, nb, en })),
    );
  const questions = await ownQuestions(db, fromProgramId);
  if (questions.length)
    await db.insert(schema.programQuestionBank).values(questions.map((q) => ({ programId: toProgramId, text: q.text })));
}

// Meetings, agenda, check-ins.

export async function meetingsOf(db: DbOrTx, pairId: string) {
  return db.select().from(meetings).where(eq(meetings.pairId, pairId)).orderBy(desc(meetings.heldOn));
}

export async function lastMeeting(db: DbOrTx, pairId: string) {
  const [last] = await db
    .select({ heldOn: meetings.heldOn })
    .from(meetings)
    .where(eq(meetings.pairId, pairId))
    .orderBy(desc(meetings.heldOn))
    .limit(1);
  return last;
}

export async function insertMeeting(db: DbOrTx, values: typeof meetings.$inferInsert) {
  await db.insert(meetings).values(values);
}

export async function deleteMeeting(db: DbOrTx, pairId: string, meetingId: string) {
  const rows = await db
    .delete(meetings)
    .where(and(eq(meetings.pairId, pairId), eq(meetings.id, meetingId)))
    .returning({ id: meetings.id });
  return rows.length > 0;
}

export async function agendaOf(db: DbOrTx, pairId: string) {
  return db.select().from(agendaItems).where(eq(agendaItems.pairId, pairId)).orderBy(asc(agendaItems.createdAt));
}

export async function insertAgendaItem(db: DbOrTx, values: typeof agendaItems.$inferInsert) {
  await db.insert(agendaItems).values(values);
}

/** Marks an agenda item done or not done, or removes it; false when the pair has no such item. */
export async function changeAgendaItem(db: DbOrTx, pairId: string, itemId: string, change: { done?: boolean; remove?: boolean }) {
  const where = and(eq(agendaItems.pairId, pairId), eq(agendaItems.id, itemId));
  const rows = change.remove
    ? await db.delete(agendaItems).where(where).returning({ id: agendaItems.id })
    : await db
        .update(agendaItems)
        .set({ done: change.done ? new Date() : null })
        .where(where)
        .returning({ id: agendaItems.id });
  return rows.length > 0;
}

export async function checkinsOf(db: DbOrTx, pairId: string) {
  return db.select().from(goalCheckins).where(eq(goalCheckins.pairId, pairId)).orderBy(desc(goalCheckins.createdAt));
}

export async function insertCheckin(db: DbOrTx, values: typeof goalCheckins.$inferInsert) {
  await db.insert(goalCheckins).values(values);
}

// Private notes: every query is scoped by pair AND author.

const noteOf = (pairId: string, authorId: string, noteId?: string): SQL =>
  and(eq(privateNotes.pairId, pairId), eq(privateNotes.authorId, authorId), ...(noteId ? [eq(privateNotes.id, noteId)] : []))!;

export async function notesOf(db: DbOrTx, pairId: string, authorId: string) {
  return db.select().from(privateNotes).where(noteOf(pairId, authorId)).orderBy(desc(privateNotes.createdAt));
}

export async function insertNote(db: DbOrTx, pairId: string, authorId: string, text: string) {
  await db.insert(privateNotes).values({ pairId, authorId, text });
}

/** Rewrites (or with `null` deletes) one of the author's notes; false when the author has no such note. */
export async function changeNote(db: DbOrTx, pairId: string, authorId: string, noteId: string, text: string | null) {
  const where = noteOf(pairId, authorId, noteId);
  const rows =
    text === null
      ? await db.delete(privateNotes).where(where).returning({ id: privateNotes.id })
      : await db.update(privateNotes).set({ text, updatedAt: new Date() }).where(where).returning({ id: privateNotes.id });
  return rows.length > 0;
}

// Nudges.

/** Records a nudge; false when this nudge was already sent for this occasion. */
export async function recordNudge(db: DbOrTx, pairId: string, kind: 'meetingDue' | 'quiet' | 'logMeeting', occasion: string) {
  const fresh = await db
    .insert(schema.pairNudges)
    .values({ pairId, kind, occasion })
    .onConflictDoNothing()
    .returning({ id: schema.pairNudges.id });
  return fresh.length > 0;
}

// The coordinator's health view (decision 0161): dates and counts only, never content.

const adeptApp = alias(applications, 'adept_app');
const mentorApp = alias(applications, 'mentor_app');
const adeptPerson = alias(people, 'adept_person');
const mentorPerson = alias(people, 'mentor_person');
const adeptOrg = alias(organisations, 'adept_org');
const mentorOrg = alias(organisations, 'mentor_org');

/** The pairs the health view shows: published, active and ended (a declined proposal is no pair). */
const HEALTH_PAIR_STATUSES = ['published', 'active', 'ended'] as const;

export interface HealthFilter {
  q?: string;
  status?: (typeof HEALTH_PAIR_STATUSES)[number];
  agreement?: 'signed' | 'unsigned';
  quiet?: 'true' | 'false';
  sort: HealthSort;
  dir: SortDirection;
  limit: number;
  offset: number;
}

/** Per pair: its latest agreement's cadence and signatures, and its meetings' count, first and last date (lateral, by index). */
function healthFacts(db: DbOrTx) {
  const latest = db
    .select({
      min: agreements.cadenceWeeksMin,
      max: agreements.cadenceWeeksMax,
      signed: sql<boolean>`(${agreements.adeptSignedAt} is not null and ${agreements.mentorSignedAt} is not null)`.as('signed'),
    })
    .from(agreements)
    .where(eq(agreements.pairId, pairs.id))
    .orderBy(desc(agreements.version))
    .limit(1)
    .as('latest');
  const met = db
    .select({
      n: sql<number>`count(*)::int`.as('n'),
      first: sql<Date | string | null>`min(${meetings.heldOn})`.as('first'),
      last: sql<Date | string | null>`max(${meetings.heldOn})`.as('last'),
    })
    .from(meetings)
    .where(eq(meetings.pairId, pairs.id))
    .as('met');
  return { latest, met };
}

/** An active pair is quiet when nothing happened since `quietBefore`: no meeting, no start, no change. */
function quietWhen(met: ReturnType<typeof healthFacts>['met'], quietBefore: Date | SQL): SQL {
  const before = quietBefore instanceof Date ? sql`${quietBefore.toISOString()}::timestamptz` : quietBefore;
  return sql`(${pairs.status} = 'active' and coalesce(${met.last}, ${pairs.startedAt}, ${pairs.updatedAt}) < ${before})`;
}

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * The applications of a program's pairs, for the page's first step (a subquery of its own, so it uses the aliases the
 * page's rows are joined with): joined on the program as well as the id, so the
 * planner reads the program's applications once by `applications_program_idx` and hashes them, instead of one
 * look-up per pair (a pair's applications are its program's: publishing a run takes both from the program's own
 * run, decision 0194). Each carries its applicant's name (the application's copy, decision 0199).
 */
function named(which: 'adept' | 'mentor', programId: string) {
  const app = which === 'adept' ? adeptApp : mentorApp;
  const id = which === 'adept' ? pairs.adeptApplicationId : pairs.mentorApplicationId;
  return { app, on: and(eq(app.id, id), eq(app.programId, programId))! };
}

/**
 * One page of a program's pairs for the health view, filtered, searched, sorted and paged in SQL
 * (decisions 0161, 0176), in two steps in one statement. First the page: the program's pairs
 * joined only to what the filter, the search and the order need (the adept's application, with its copy of the name,
 * for the default order; the agreement only for its filter; the meetings only for "quiet" or an order by them), each
 * pair numbered in the order (`row_number`) and counted (a window over these narrow rows), the
 * page's numbers kept. Then only the page's pairs get their names, organisations, agreement and
 * meetings. The first step is fenced by its `limit`: a program has at most a few thousand pairs, so
 * it is computed whole and sorted, and the planner never walks all people in name order hoping to
 * stop after one page (3.2 s at 100,000 people, decision 0162).
 */
export async function healthPage(db: DbOrTx, programId: string, quietBefore: Date, filter: HealthFilter) {
  const { latest, met } = healthFacts(db);
  const quiet = quietWhen(met, quietBefore);
  const text = filter.q?.trim();
  const adeptSide = named('adept', programId);
  const mentorSide = named('mentor', programId);
  const needs = {
    adept: Boolean(text) || filter.sort === 'adept' || filter.sort === 'status',
    mentor: Boolean(text) || filter.sort === 'mentor',
    latest: filter.agreement !== undefined,
    met: filter.quiet !== undefined || filter.sort === 'meetings' || filter.sort === 'lastMeeting',
  };
  const pattern = text ? containsPattern(text) : undefined;
  const where = and(
    eq(pairs.programId, programId),
    inArray(pairs.status, filter.status ? [filter.status] : [...HEALTH_PAIR_STATUSES]),
    filter.agreement === 'signed' ? sql`coalesce(${latest.signed}, false)` : undefined,
    filter.agreement === 'unsigned' ? sql`not coalesce(${latest.signed}, false)` : undefined,
    filter.quiet === 'true' ? quiet : undefined,
    filter.quiet === 'false' ? sql`not ${quiet}` : undefined,
    pattern
      ? or(
          // The organisations first: a probe of the matching ids' hash spares a pair the ILIKEs when it matches.
          organisationNamed(adeptApp.applicantOrganisationId, pattern),
          organisationNamed(mentorApp.applicantOrganisationId, pattern),
          matchAny(pattern, [adeptApp.applicantName, mentorApp.applicantName]),
        )
      : undefined,
  );
  const order = ordering(
    {
      adept: [nordicOrder(adeptApp.applicantName)],
      mentor: [nordicOrder(mentorApp.applicantName)],
      status: [pairs.status, nordicOrder(adeptApp.applicantName)],
      meetings: [sql`coalesce(${met.n}, 0)`],
      lastMeeting: [sql`${met.last}`],
    },
    filter.sort,
    filter.dir,
    pairs.id,
  );
  /** The program's pairs with only the joins the filter, search and order need (a selection of its own: joins add no columns). */
  function scoped<T extends PgSelect>(query: T): T {
    let q: PgSelect = query;
    if (needs.adept) q = q.leftJoin(adeptSide.app, adeptSide.on);
    if (needs.mentor) q = q.leftJoin(mentorSide.app, mentorSide.on);
    if (needs.latest) q = q.leftJoinLateral(latest, sql`true`);
    if (needs.met) q = q.leftJoinLateral(met, sql`true`);
    return q.where(where) as T;
  }
  const position = sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`;
  const page = scoped(
    db
      .select({
        id: sql<string>`${pairs.id}`.as('page_pair_id'),
        pos: position.as('pos'),
        total: sql<number>`(count(*) over ())::int`.as('total'),
      })
      .from(pairs)
      .$dynamic(),
  )
    .orderBy(position)
    .limit(filter.limit)
    .offset(filter.offset)
    .as('page');
  const rows = await db
    .select({
      id: pairs.id,
      status: pairs.status,
      startedAt: pairs.startedAt,
      endedAt: pairs.endedAt,
      endedBy: pairs.endedBy,
      adeptContinuation: pairs.adeptContinuation,
      mentorContinuation: pairs.mentorContinuation,
      adeptName: adeptPerson.name,
      adeptOrganisation: adeptOrg.name,
      mentorName: mentorPerson.name,
      mentorOrganisation: mentorOrg.name,
      cadenceMin: latest.min,
      cadenceMax: latest.max,
      signed: latest.signed,
      meetings: sql<number>`coalesce(${met.n}, 0)`,
      firstMeeting: met.first,
      lastMeeting: met.last,
      quiet: sql<boolean>`${quiet}`,
      total: page.total,
    })
    .from(page)
    .innerJoin(pairs, eq(pairs.id, page.id))
    .innerJoin(adeptApp, eq(adeptApp.id, pairs.adeptApplicationId))
    .innerJoin(adeptPerson, eq(adeptPerson.id, adeptApp.personId))
    .innerJoin(adeptOrg, eq(adeptOrg.id, adeptPerson.organisationId))
    .innerJoin(mentorApp, eq(mentorApp.id, pairs.mentorApplicationId))
    .innerJoin(mentorPerson, eq(mentorPerson.id, mentorApp.personId))
    .innerJoin(mentorOrg, eq(mentorOrg.id, mentorPerson.organisationId))
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(met, sql`true`)
    .orderBy(page.pos);
  let total = rows[0]?.total;
  if (total === undefined) {
    total = 0;
    if (filter.offset > 0) {
      const [count] = await scoped(
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(pairs)
          .$dynamic(),
      );
      total = count?.n ?? 0;
    }
  }
  return {
    total,
    rows: rows.map(({ total: _total, firstMeeting, lastMeeting, ...row }) => ({
      ...row,
      firstMeeting: toDate(firstMeeting),
      lastMeeting: toDate(lastMeeting),
    })),
  };
}

/** The program's figures over all its pairs: active, active with a signed agreement, quiet, ended. */
export async function healthSummary(db: DbOrTx, programId: string, quietBefore: Date) {
  const { latest, met } = healthFacts(db);
  const [row] = await db
    .select({
      active: sql<number>`(count(*) filter (where ${pairs.status} = 'active'))::int`,
      signed: sql<number>`(count(*) filter (where ${pairs.status} = 'active' and coalesce(${latest.signed}, false)))::int`,
      quiet: sql<number>`(count(*) filter (where ${quietWhen(met, quietBefore)}))::int`,
      ended: sql<number>`(count(*) filter (where ${pairs.status} = 'ended'))::int`,
    })
    .from(pairs)
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(met, sql`true`)
    .where(and(eq(pairs.programId, programId), inArray(pairs.status, [...HEALTH_PAIR_STATUSES])));
  return row ?? { active: 0, signed: 0, quiet: 0, ended: 0 };
}

/**
 * The home page's pair counts (decision 0170), one statement for all the programs: per program,
 * running pairs without an agreement signed by both, and quiet pairs by the health view's own rule
 * (`quietWhen`, each program's nudge weeks before `now`). Counts only, never content.
 */
export async function pairTaskCounts(db: DbOrTx, programIds: string[], now: Date) {
  if (!programIds.length) return [];
  const { latest, met } = healthFacts(db);
  const quietBefore = sql`(${now.toISOString()}::timestamptz - ${programs.nudgeAfterWeeks} * interval '1 week')`;
  return db
    .select({
      programId: pairs.programId,
      unsigned: sql<number>`(count(*) filter (where not coalesce(${latest.signed}, false)))::int`,
      quiet: sql<number>`(count(*) filter (where ${quietWhen(met, quietBefore)}))::int`,
    })
    .from(pairs)
    .innerJoin(programs, eq(programs.id, pairs.programId))
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(met, sql`true`)
    .where(and(inArray(pairs.programId, programIds), eq(pairs.status, 'active')))
    .groupBy(pairs.programId);
}

/**
 * A person's offered and running pairs for their home page (decision 0170): the program, the other
 * party, both answers, the latest agreement's signatures, the number of meetings and the next one.
 * Never a score.
 */
export async function homePairsOf(db: DbOrTx, personId: string) {
  const mine = alias(applications, 'mine');
  const other = alias(applications, 'other');
  const otherPerson = alias(people, 'other_person');
  const otherOrg = alias(organisations, 'other_org');
  const latest = db
    .select({ version: agreements.version, adeptSignedAt: agreements.adeptSignedAt, mentorSignedAt: agreements.mentorSignedAt })
    .from(agreements)
    .where(eq(agreements.pairId, pairs.id))
    .orderBy(desc(agreements.version))
    .limit(1)
    .as('latest');
  const met = db
    .select({ n: sql<number>`count(*)::int`.as('n') })
    .from(meetings)
    .where(eq(meetings.pairId, pairs.id))
    .as('met');
  return db
    .select({
      pairId: pairs.id,
      programId: pairs.programId,
      programName: programs.name,
      programLanguages: programs.languages,
      status: pairs.status,
      myRole: mine.role,
      adeptResponse: pairs.adeptResponse,
      mentorResponse: pairs.mentorResponse,
      partnerName: otherPerson.name,
      partnerTitle: otherPerson.title,
      partnerOrganisation: otherOrg.name,
      nextMeetingAt: pairs.nextMeetingAt,
      agreementVersion: latest.version,
      adeptSignedAt: latest.adeptSignedAt,
      mentorSignedAt: latest.mentorSignedAt,
      meetings: sql<number>`coalesce(${met.n}, 0)`,
    })
    .from(pairs)
    .innerJoin(mine, sql`${mine.id} in (${pairs.adeptApplicationId}, ${pairs.mentorApplicationId})`)
    .innerJoin(other, sql`${other.id} in (${pairs.adeptApplicationId}, ${pairs.mentorApplicationId}) and ${other.id} <> ${mine.id}`)
    .innerJoin(otherPerson, eq(otherPerson.id, other.personId))
    .innerJoin(otherOrg, eq(otherOrg.id, otherPerson.organisationId))
    .innerJoin(programs, eq(programs.id, pairs.programId))
    .leftJoinLateral(latest, sql`true`)
    .leftJoinLateral(met, sql`true`)
    .where(and(eq(mine.personId, personId), inArray(pairs.status, ['published', 'active'])))
    .orderBy(desc(pairs.publishedAt))
    .limit(20);
}
