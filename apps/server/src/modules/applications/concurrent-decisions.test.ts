/**
 * Decisions on one program in two transactions at once (two requests, or two processes sharing one PostgreSQL):
 * the waiting list moves up once per free place and mails each person once (decision 0107; the program's places
 * lock, decision 0200), an organisation's own cap holds in a program without a capacity, two publishes of pairs
 * never exceed the cohort nor give an adept two pairs, and a late joiner another transaction has just invited
 * gets no second invitation mail.
 * The interleaving is forced, not hoped for: a third transaction holds a row both decisions need until both are
 * seen waiting in `pg_stat_activity`. PGlite has one connection (transactions never overlap): PostgreSQL only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { schema, type DbOrTx } from '@lots/db';
import { testBackend } from '@lots/db/testing';
import { createTestApp, type TestApp } from '../../testing/harness';
import { insertFinishedRun } from '../../testing/matching-runs';
import { lockPlaces } from '../programs';

const DAY = 86_400_000;

describe.runIf(testBackend === 'postgres')('decisions on one program in two transactions at once (PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: string;
  let org: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Myndigheten för samtidighet');
    await t.createMember(org, 'samordnare@samtidig.example', ['coordinator'], { name: 'Sam Samordnare' });
    coordinator = await t.signIn('samordnare@samtidig.example');
  }, 120_000);

  afterAll(async () => {
    await t?.destroy();
  });

  /** A program in selection with this capacity (none: null); returns its id. */
  async function program(name: string, capacity: number | null) {
    const id = await t.createProgram(coordinator, { name, ...(capacity != null ? { capacity } : {}), requiresManagerConfirmation: false });
    expect((await t.as(coordinator).post(`/api/programs/${id}/status`, { status: 'selection' })).statusCode).toBe(200);
    return id;
  }

  /** An adept's (or a mentor's) application in this status, submitted at `minute`; returns the application, person and address. */
  async function adept(
    programId: string,
    key: string,
    status: 'accepted' | 'waitlisted' | 'submitted',
    minute: number,
    role: 'adept' | 'mentor' = 'adept',
  ) {
    const email = `${programId.slice(0, 8)}.${key}@samtidig.example`;
    const { personId } = await t.createMember(org, email, ['participant'], { name: `Person ${key}` });
    const [row] = await t.database.db
      .insert(schema.applications)
      .values({ programId, personId, role, status, submittedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) })
      .returning({ id: schema.applications.id });
    return { application: row!.id, person: personId, email };
  }

  const decide = (programId: string, applicationIds: string[], decision: string) =>
    t.as(coordinator).post(`/api/programs/${programId}/decisions`, { applicationIds, decision });

  const mailsTo = (email: string, template: string) =>
    t.database.db
      .select()
      .from(schema.mailMessages)
      .where(and(eq(schema.mailMessages.to, email), eq(schema.mailMessages.template, template)));

  /** Waits until `count` sessions of this database wait for a lock (row or advisory). */
  async function lockWaiters(count: number) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await t.database.sql.executeSql(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      const n = (rows[0] as { n: number }).n;
      if (n >= count) return;
      if (Date.now() > deadline) throw new Error(`${n} of ${count} sessions waiting for a lock after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * Runs `requests` while a transaction of its own holds what `hold` locks or writes; lets it commit once
   * `waiters` sessions wait for a lock, then gives the requests' responses.
   */
  async function whileHeld<T>(hold: (tx: DbOrTx) => Promise<unknown>, waiters: number, requests: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const blocker = t.database.db.transaction(async (tx) => {
      await hold(tx);
      holding();
      await released;
    });
    await held;
    const running = requests();
    running.catch(() => {});
    try {
      await lockWaiters(waiters);
    } finally {
      release();
      await blocker;
    }
    return running;
  }

  it('two places freed at once: the first two on the waiting list move up, each with one mail', async () => {
    const id = await program('Samtidiga beslut', 2);
    const x1 = await adept(id, 'x1', 'accepted', 1);
    const x2 = await adept(id, 'x2', 'accepted', 2);
    const w1 = await adept(id, 'w1', 'waitlisted', 10);
    const w2 = await adept(id, 'w2', 'waitlisted', 11);
    const w3 = await adept(id, 'w3', 'waitlisted', 12);

    // Two coordinators' decisions at once, each freeing one place; W1's row is held until both are waiting.
    const [first, second] = await whileHeld(
      (tx) => tx.select().from(schema.applications).where(eq(schema.applications.id, w1.application)).for('update'),
      2,
      () => Promise.all([decide(id, [x1.application], 'rejected'), decide(id, [x2.application], 'rejected')]),
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(second.statusCode, second.body).toBe(200);

    const rows = await t.database.db
      .select({ id: schema.applications.id, status: schema.applications.status })
      .from(schema.applications)
      .where(inArray(schema.applications.id, [w1.application, w2.application, w3.application]));
    const status = new Map(rows.map((r) => [r.id, r.status]));
    expect([status.get(w1.application), status.get(w2.application), status.get(w3.application)]).toEqual([
      'accepted',
      'accepted',
      'waitlisted',
    ]);
    const [accepted] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.applications)
      .where(and(eq(schema.applications.programId, id), eq(schema.applications.status, 'accepted')));
    expect(accepted!.n).toBe(2);
    for (const [who, moved] of [
      [w1, 1],
      [w2, 1],
      [w3, 0],
    ] as const) {
      const promoted = (await mailsTo(who.email, 'decision')).filter((m) => m.text.includes('flyttats upp från reservlistan'));
      expect(promoted, who.email).toHaveLength(moved);
    }
    const audits = await t.database.db
      .select({ data: schema.auditLog.data })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'application.promoted'), eq(schema.auditLog.organisationId, org)));
    expect(audits.flatMap((a) => (a.data as { ids: string[] }).ids).sort()).toEqual([w1.application, w2.application].sort());
  });

  it("an organisation's own cap in a program without a capacity: of two accepts at once, one is refused", async () => {
    const id = await program('Samtidigt tak', null);
    const capped = await t.as(coordinator).put(`/api/programs/${id}/costs/organisations/${org}/cap`, { adeptCap: 1 });
    expect(capped.statusCode, capped.body).toBe(200);
    expect(capped.json().organisations[0].adeptCap).toBe(1);
    const a1 = await adept(id, 'a1', 'submitted', 1);
    const a2 = await adept(id, 'a2', 'submitted', 2);

    // Both decisions wait (one for the rows, the other for the program's places), then run one after the other:
    // the second counts the first's acceptance and is refused.
    const responses = await whileHeld(
      (tx) =>
        tx
          .select()
          .from(schema.applications)
          .where(inArray(schema.applications.id, [a1.application, a2.application]))
          .for('update'),
      2,
      () => Promise.all([decide(id, [a1.application], 'accepted'), decide(id, [a2.application], 'accepted')]),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.field).toBe('applicationIds');
    const [accepted] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.applications)
      .where(and(eq(schema.applications.programId, id), eq(schema.applications.status, 'accepted')));
    expect(accepted!.n).toBe(1);
  });

  it('two runs published at once: one is refused, the adept has one pair and the cohort its one place', async () => {
    const id = await program('Samtidig publicering', 1);
    const a = await adept(id, 'a', 'accepted', 1);
    const m1 = await adept(id, 'm1', 'accepted', 2, 'mentor');
    const m2 = await adept(id, 'm2', 'accepted', 3, 'mentor');
    const party = (p: { application: string; person: string }, name: string) => ({
      applicationId: p.application,
      personId: p.person,
      name,
      organisationName: 'Myndigheten för samtidighet',
    });
    /** A finished run of one pair: the adept with this mentor. */
    const run = (mentor: typeof m1, name: string) =>
      insertFinishedRun(t.database.db, id, [{ adept: party(a, 'Person a'), mentor: party(mentor, name) }]);
    const [run1, run2] = [await run(m1, 'Person m1'), await run(m2, 'Person m2')];
    const publish = (runId: string) => t.as(coordinator).post(`/api/programs/${id}/matching/publish`, { runId });

    // The adept's application row is held: a new pair's reference to it waits (one publish), the program's places
    // lock keeps the other from counting before the first has committed.
    const responses = await whileHeld(
      (tx) => tx.select().from(schema.applications).where(eq(schema.applications.id, a.application)).for('update'),
      2,
      () => Promise.all([publish(run1), publish(run2)]),
    );
    expect(responses.map((r) => r.statusCode).sort(), responses.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const live = await t.database.db
      .select({ mentor: schema.pairs.mentorApplicationId })
      .from(schema.pairs)
      .where(and(eq(schema.pairs.programId, id), inArray(schema.pairs.status, ['published', 'active'])));
    expect(live).toHaveLength(1);
  });

  it('a withdrawal and a publish at once: in either order the withdrawn adept is left with no live pair (decision 0208)', async () => {
    const id = await program('Uttag under publicering', null);
    const a = await adept(id, 'a', 'accepted', 1);
    const m = await adept(id, 'm', 'accepted', 2, 'mentor');
    const party = (p: { application: string; person: string }, name: string) => ({
      applicationId: p.application,
      personId: p.person,
      name,
      organisationName: 'Myndigheten för samtidighet',
    });
    const runId = await insertFinishedRun(t.database.db, id, [{ adept: party(a, 'Person a'), mentor: party(m, 'Person m') }]);
    const adeptCookie = await t.signIn(a.email);

    // The program's places lock is held: both the withdrawal and the publish wait for it, then go one after the other.
    const [withdrawn, published] = await whileHeld(
      (tx) => lockPlaces(tx, id),
      2,
      () =>
        Promise.all([
          t.as(adeptCookie).post(`/api/programs/${id}/applications/mine/adept/withdraw`),
          t.as(coordinator).post(`/api/programs/${id}/matching/publish`, { runId }),
        ]),
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    // Withdrawal first: the run is outdated. Publish first: the withdrawal declines the new pair and tells the mentor.
    expect([200, 409], published.body).toContain(published.statusCode);
    const pairs = await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.adeptApplicationId, a.application));
    expect(pairs.filter((p) => p.status === 'published' || p.status === 'active')).toEqual([]);
    if (published.statusCode === 200) {
      expect(pairs.map((p) => p.status)).toEqual(['declined']);
      expect(await mailsTo(m.email, 'pairWithdrawn')).toHaveLength(1);
    } else expect(published.json().error.message).toBeTruthy();
  });

  it('a late joiner invited by another transaction meanwhile gets no second invitation mail', async () => {
    const id = await program('Samtidiga inbjudningar', null);
    const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3600_000).toISOString();
    const created = await t.as(coordinator).post(`/api/programs/${id}/events`, {
      kind: 'kickoff',
      title: 'Uppstart',
      location: 'Oslo',
      startsAt: at(10),
      endsAt: at(10, 2),
    });
    expect(created.statusCode, created.body).toBe(201);
    const [event] = created.json().events as { id: string }[];
    const late = await adept(id, 'late', 'submitted', 1);

    // Another transaction invites them (not yet committed) while this decision admits them.
    const [decided] = await whileHeld(
      (tx) => tx.insert(schema.eventInvitations).values({ eventId: event!.id, personId: late.person }),
      1,
      () => Promise.all([decide(id, [late.application], 'accepted')]),
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const invitations = await t.database.db
      .select()
      .from(schema.eventInvitations)
      .where(and(eq(schema.eventInvitations.eventId, event!.id), eq(schema.eventInvitations.personId, late.person)));
    expect(invitations).toHaveLength(1);
    expect(await mailsTo(late.email, 'eventInvitation')).toHaveLength(0);
    // The decision's own mail went out.
    expect(await mailsTo(late.email, 'decision')).toHaveLength(1);
  });
});
