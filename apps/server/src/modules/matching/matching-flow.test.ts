import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { MatchingRun, RunPair, RunPairWhy } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';
import { seedDemo } from '../../seed/demo';
import { findRun, listRuns as listRunRows } from './repository';

/** The matching workspace through the API, on the Norwegian ministries' demo program (6 adepts, 6 mentors). */
describe('matching flow', () => {
  let t: TestApp;
  let coordinator: string;
  let programId: string;

  async function run(): Promise<MatchingRun> {
    const started = await t.as(coordinator).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 100; i++) {
      const current = (await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${started.json().id}`)).json() as MatchingRun;
      if (current.status === 'done' || current.status === 'failed') {
        expect(current.error).toBeNull();
        return current;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  /** "Why?" for one pair of a run. */
  async function why(runId: string, pair: RunPair): Promise<RunPairWhy> {
    const response = await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${runId}/pairs/${pair.adept.applicationId}/why`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as RunPairWhy;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
    const [program] = await t.database.db
      .select()
      .from(schema.programs)
      .where(eq(schema.programs.name, 'Felles mentorprogram for ledere – kull 3'));
    programId = program!.id;
    // The coordinator (Oddveig) gets an account for the test.
    const [oddveig] = await t.database.db.select().from(schema.people).where(eq(schema.people.name, 'Oddveig Håvelsrud'));
    const { createAccount } = await import('../../auth/accounts');
    const userId = await createAccount(t.database.db, {
      name: 'Oddveig Håvelsrud',
      email: 'oddveig@test.no',
      password: 'correct-horse-battery',
      locale: 'nb',
    });
    await t.database.db.update(schema.people).set({ userId }).where(eq(schema.people.id, oddveig!.id));
    coordinator = await t.signIn('oddveig@test.no');
  });
  afterAll(() => t.destroy());

  let first: MatchingRun;
  it('runs matching off the request thread and explains every pair and every unmatched adept', async () => {
    first = await run();
    expect(first.adeptCount).toBe(6);
    expect(first.matchedCount).toBe(6);
    expect(first.totalScore!).toBeGreaterThanOrEqual(first.greedyTotalScore!);
    for (const pair of first.pairs) {
      // The run lists its pairs; "why?" is asked for one pair at a time (decision 0197).
      expect(pair).not.toHaveProperty('breakdown');
      const explained = await why(first.id, pair);
      expect(explained).toEqual({ ...pair, breakdown: expect.any(Array) });
      expect(explained.breakdown).toHaveLength(10);
      // Joint program: the mentor comes from another ministry.
      expect(pair.mentor.organisationName).not.toBe(pair.adept.organisationName);
    }
  });

  it('answers "why?" only for a pair of that run of that program: 404 otherwise, 400 naming a malformed id', async () => {
    const pair = first.pairs[0]!;
    const base = `/api/programs/${programId}/matching/runs`;
    const unknown = crypto.randomUUID();
    // The mentor's application is in the pair, but a pair is named by its adept's.
    for (const url of [
      `${base}/${first.id}/pairs/${pair.mentor.applicationId}/why`,
      `${base}/${first.id}/pairs/${unknown}/why`,
      `${base}/${unknown}/pairs/${pair.adept.applicationId}/why`,
    ]) {
      const response = await t.as(coordinator).get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(response.body).not.toContain(pair.mentor.name);
    }
    // The same run asked for under another program is not found either.
    const [other] = await t.database.db
      .select({ id: schema.programs.id })
      .from(schema.programs)
      .where(ne(schema.programs.id, programId))
      .limit(1);
    const elsewhere = await t
      .as(coordinator)
      .get(`/api/programs/${other!.id}/matching/runs/${first.id}/pairs/${pair.adept.applicationId}/why`);
    expect([403, 404]).toContain(elsewhere.statusCode);
    expect(elsewhere.body).not.toContain(pair.mentor.name);
    const malformed = await t.as(coordinator).get(`${base}/${first.id}/pairs/nope/why`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toBe('params.applicationId');
  });

  it('lists runs as summaries, without their pairs and explanations', async () => {
    const list = await t.as(coordinator).get(`/api/programs/${programId}/matching/runs`);
    expect(list.statusCode, list.body).toBe(200);
    const [summary] = list.json() as Record<string, unknown>[];
    expect(summary).toEqual({
      id: first.id,
      status: 'done',
      progress: first.progress,
      createdAt: first.createdAt,
      finishedAt: first.finishedAt,
      matchedCount: 6,
      totalScore: first.totalScore,
      error: null,
    });
    // The stored result (pairs, explanations) is not even read for the list.
    const [row] = await listRunRows(t.database.db, programId);
    expect(row).not.toHaveProperty('result');
    expect(row?.id).toBe(first.id);
  });

  it('stores each pair’s breakdown as numbers, the criteria and weights once, and explains it whole; runs stored whole still read', async () => {
    const stored = (await findRun(t.database.db, programId, first.id))!;
    const result = stored.result!;
    const explained = await Promise.all(first.pairs.map((pair) => why(first.id, pair)));
    expect(result.criteria).toEqual(explained[0]!.breakdown.map((c) => c.criterion));
    expect(result.weights).toEqual(explained[0]!.breakdown.map((c) => c.weight));
    expect(result.pairs).toHaveLength(first.pairs.length);
    for (const [k, pair] of result.pairs!.entries()) {
      expect(pair).not.toHaveProperty('breakdown');
      const shown = explained[k]!;
      expect(pair).toMatchObject({ values: shown.breakdown.map((c) => c.value), points: shown.breakdown.map((c) => c.points) });
      // The score is the sum of the shown points (rounded to thousandths, as the engine adds them).
      expect(Math.round(shown.breakdown.reduce((s, c) => s + c.points, 0) * 1000) / 1000).toBe(shown.score);
      expect(shown.breakdown.some((c) => c.weight > 0 && c.value > 0)).toBe(true);
    }
    // A run stored before (a list of contributions per pair, no criteria) reads as it did.
    const { criteria: _c, weights: _w, ...rest } = result;
    await t.database.db
      .update(schema.matchingRuns)
      .set({ result: { ...rest, pairs: explained } })
      .where(eq(schema.matchingRuns.id, first.id));
    const old = await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${first.id}`);
    expect(old.statusCode, old.body).toBe(200);
    expect((old.json() as MatchingRun).pairs).toEqual(first.pairs);
    expect(await Promise.all(first.pairs.map((pair) => why(first.id, pair)))).toEqual(explained);
    await t.database.db.update(schema.matchingRuns).set({ result }).where(eq(schema.matchingRuns.id, first.id));
    expect((await t.as(coordinator).get(`/api/programs/${programId}/matching/runs/${first.id}`)).json()).toEqual(first);
  });

  it('keeps locked pairs and exclusions across runs; a rule-breaking hand assignment needs a reason', async () => {
    const [p0, p1] = first.pairs;
    const lock = await t.as(coordinator).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'lock',
      adeptApplicationId: p0!.adept.applicationId,
      mentorApplicationId: p0!.mentor.applicationId,
    });
    expect(lock.statusCode, lock.body).toBe(200);
    const exclude = await t.as(coordinator).post(`/api/programs/${programId}/matching/constraints`, {
      kind: 'exclude',
      adeptApplicationId: p1!.adept.applicationId,
      mentorApplicationId: p1!.mentor.applicationId,
    });
    expect(exclude.statusCode).toBe(200);
    // A mentor from the adept's own ministry breaks the joint program's rule.
    const sameOrg = first.pairs.find((p) => p.mentor.organisationName === p0!.adept.organisationName)?.mentor;
    if (sameOrg) {
      const refused = await t.as(coordinator).post(`/api/programs/${programId}/matching/assign`, {
        adeptApplicationId: p0!.adept.applicationId,
        mentorApplicationId: sameOrg.applicationId,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe('reason');
    }
    const second = await run();
    expect(second.pairs.find((p) => p.adept.applicationId === p0!.adept.applicationId)).toMatchObject({
      locked: true,
      mentor: { applicationId: p0!.mentor.applicationId },
    });
    expect(second.pairs.find((p) => p.adept.applicationId === p1!.adept.applicationId)?.mentor.applicationId).not.toBe(
      p1!.mentor.applicationId,
    );
    const compare = await t.as(coordinator).get(`/api/programs/${programId}/matching/compare?a=${first.id}&b=${second.id}`);
    expect(compare.statusCode).toBe(200);
    expect(compare.json().changed.length).toBeGreaterThan(0);
    expect(typeof compare.json().totalScoreDifference).toBe('number');
    first = second;
  });

  it('publishes: both parties are told, each accepts or declines; a decline returns both to the pool', async () => {
    const published = await t.as(coordinator).post(`/api/programs/${programId}/matching/publish`, { runId: first.id });
    expect(published.statusCode, published.body).toBe(200);
    const pairs = published.json();
    expect(pairs).toHaveLength(6);
    const [accepted, declined] = pairs;
    const mail = await t.lastMailTo(accepted.adept.email);
    expect(mail?.template).toBe('matchPublished');
    // The mail leads to "My mentorship", where an offered match is answered (issue 14 item 11).
    expect(t.deliveredText(mail!)).toMatch(/http:\/\/lots\.test\/mentorships\?lang=(sv|nb|en)/);

    // Give the first pair's two people accounts and let them answer.
    const cookies: Record<string, string> = {};
    const { createAccount } = await import('../../auth/accounts');
    for (const person of [accepted.adept, accepted.mentor, declined.adept]) {
      const email = `${person.personId}@test.no`;
      const userId = await createAccount(t.database.db, { name: person.name, email, password: 'correct-horse-battery', locale: 'nb' });
      await t.database.db.update(schema.people).set({ userId }).where(eq(schema.people.id, person.personId));
      cookies[person.personId] = await t.signIn(email);
    }
    const mine = await t.as(cookies[accepted.adept.personId]!).get('/api/pairs/mine');
    expect(mine.json()).toHaveLength(1);
    expect(mine.json()[0]).not.toHaveProperty('score');
    expect(
      (await t.as(cookies[accepted.adept.personId]!).post(`/api/pairs/${accepted.id}/respond`, { decision: 'accepted' })).json().status,
    ).toBe('published');
    expect(
      (await t.as(cookies[accepted.mentor.personId]!).post(`/api/pairs/${accepted.id}/respond`, { decision: 'accepted' })).json().status,
    ).toBe('active');
    // Someone else cannot answer for a pair, and is not even told that it exists (decision 0072).
    const other = await t.as(cookies[declined.adept.personId]!).post(`/api/pairs/${accepted.id}/respond`, { decision: 'declined' });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
    expect(other.body).not.toContain(accepted.mentor.name);

    const no = await t.as(cookies[declined.adept.personId]!).post(`/api/pairs/${declined.id}/respond`, {
      decision: 'declined',
      reason: 'We know each other too well',
    });
    expect(no.json()).toMatchObject({ status: 'declined', declinedBy: 'adept', declineReason: null });
    const overview = await t.as(coordinator).get(`/api/programs/${programId}/pairs`);
    expect(overview.json().find((p: { id: string }) => p.id === declined.id).declineReason).toBe('We know each other too well');

    // Nothing is left to publish in the first run: its pairs are published, and the declined pair
    // is not offered again. The server refuses, naming the run.
    const again = await t.as(coordinator).post(`/api/programs/${programId}/matching/publish`, { runId: first.id });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.field).toBe('runId');
    expect((await t.as(coordinator).get(`/api/programs/${programId}/pairs`)).json()).toHaveLength(6);

    // The next run has only the declined adept to place, and never with the declined mentor.
    const next = await run();
    expect(next.adeptCount).toBe(1);
    expect(
      next.pairs
        .concat()
        .every((p) => p.mentor.applicationId !== declined.mentor.applicationId || p.adept.applicationId !== declined.adept.applicationId),
    ).toBe(true);
  });

  it('refuses participants and other programs’ coordinators', async () => {
    const { createAccount } = await import('../../auth/accounts');
    const [ole] = await t.database.db.select().from(schema.people).where(eq(schema.people.name, 'Ole Bakken'));
    if (!ole!.userId) {
      const userId = await createAccount(t.database.db, {
        name: 'Ole',
        email: 'ole@test.no',
        password: 'correct-horse-battery',
        locale: 'nb',
      });
      await t.database.db.update(schema.people).set({ userId }).where(eq(schema.people.id, ole!.id));
    }
    const [oleNow] = await t.database.db
      .select({ email: schema.user.email })
      .from(schema.people)
      .innerJoin(schema.user, eq(schema.user.id, schema.people.userId))
      .where(eq(schema.people.id, ole!.id));
    const participant = await t.signIn(oleNow!.email);
    for (const [method, url] of [
      ['POST', `/api/programs/${programId}/matching/runs`],
      ['GET', `/api/programs/${programId}/matching/runs`],
      ['GET', `/api/programs/${programId}/matching/settings`],
      ['GET', `/api/programs/${programId}/pairs`],
    ] as const) {
      expect((await t.as(participant).request(method, url)).statusCode, url).toBe(403);
    }
    const samordnare = await t.signIn('samordnare@example.org', 'lots-demo');
    expect((await t.as(samordnare).get(`/api/programs/${programId}/matching/runs`)).statusCode).toBe(404);
  });
});
