import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { Application, MatchingRun } from '@lots/core';
import { insertApplicant } from '../../testing/applicants';
import { createTestApp, OPENABLE_PROGRAM, type TestApp } from '../../testing/harness';

/**
 * The ministries: "Vi har hatt 10 og 11 par per kull". A cohort's capacity (pairs) holds in
 * selection and in matching; adepts beyond it wait on the waiting list and are told once.
 */
describe('the cohort’s capacity', () => {
  let t: TestApp;
  let oddveig: string;
  let programId: string;
  let org: string;
  const adepts: string[] = [];
  const mentors: string[] = [];

  const mailsTo = async (email: string) =>
    (await t.database.db.select().from(schema.mailMessages).where(eq(schema.mailMessages.to, email))).filter(
      (m) => m.template === 'decision',
    );

  async function run(): Promise<MatchingRun> {
    const started = await t.as(oddveig).post(`/api/programs/${programId}/matching/runs`);
    expect(started.statusCode, started.body).toBe(202);
    for (let i = 0; i < 100; i++) {
      const current = (await t.as(oddveig).get(`/api/programs/${programId}/matching/runs/${started.json().id}`)).json() as MatchingRun;
      if (current.status === 'done' || current.status === 'failed') return current;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('run did not finish');
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Kommunal- og distriktsdepartementet');
    await t.createMember(org, 'oddveig@kdd.example', ['coordinator'], { name: 'Oddveig Håvelsrud' });
    oddveig = await t.signIn('oddveig@kdd.example');
    const created = await t.as(oddveig).post('/api/programs', {
      ...OPENABLE_PROGRAM,
      name: 'Felles mentorprogram – kull 4',
      type: 'classic',
      capacity: 2,
      requiresManagerConfirmation: false,
    });
    expect(created.statusCode, created.body).toBe(201);
    programId = created.json().id;
    for (const status of ['open', 'selection'])
      expect((await t.as(oddveig).post(`/api/programs/${programId}/status`, { status })).statusCode).toBe(200);
    const unit = await t.createUnit(org, 'Avdeling A');
    const other = await t.createUnit(org, 'Avdeling B');
    for (let i = 0; i < 5; i++) {
      const role = i < 3 ? 'adept' : 'mentor';
      const email = `${role}${i}@kdd.example`;
      const { applicationId } = await insertApplicant(
        t.database.db,
        { organisationId: org, name: `${role} ${i}`, email, unitId: role === 'adept' ? unit : other },
        { programId, role, status: 'submitted', submittedAt: new Date(Date.now() - (10 - i) * 60_000), profile: { mentorCapacity: 2 } },
      );
      (role === 'adept' ? adepts : mentors).push(applicationId);
    }
  });
  afterAll(() => t.destroy());

  it('accepting more adepts than places puts the last to apply on the waiting list, with one mail each', async () => {
    const decided = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: [...adepts].reverse(),
      decision: 'accepted',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const statuses = Object.fromEntries((decided.json() as Application[]).map((a) => [a.id, a.status]));
    expect([adepts[0], adepts[1], adepts[2]].map((id) => statuses[id!])).toEqual(['accepted', 'accepted', 'waitlisted']);
    const last = await mailsTo('adept2@kdd.example');
    expect(last).toHaveLength(1);
    expect(last[0]!.text).toContain('reservlistan');
    expect(last[0]!.text).not.toContain('antagen');
    expect(await mailsTo('adept0@kdd.example')).toHaveLength(1);
  });

  it('accepting someone on the waiting list while the cohort is full leaves them there, without another mail', async () => {
    const again = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: [adepts[2]],
      decision: 'accepted',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()[0].status).toBe('waitlisted');
    expect(await mailsTo('adept2@kdd.example')).toHaveLength(1);
    // Mentors are not counted against the cohort's pairs.
    const mentorsAccepted = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: mentors,
      decision: 'accepted',
    });
    expect(mentorsAccepted.json().map((a: Application) => a.status)).toEqual(['accepted', 'accepted']);
  });

  it('matching takes no more adepts than the cohort has places, and says who is left out', async () => {
    // The places shrink after selection: one adept too many is accepted.
    expect((await t.as(oddveig).patch(`/api/programs/${programId}`, { capacity: 1 })).statusCode).toBe(200);
    const result = await run();
    expect(result.error).toBeNull();
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.adept.applicationId).toBe(adepts[0]);
    expect(result.beyondCapacity.map((a) => a.applicationId)).toEqual([adepts[1]]);
    const lock = await t.as(oddveig).post(`/api/programs/${programId}/matching/assign`, {
      adeptApplicationId: adepts[1],
      mentorApplicationId: mentors[0],
    });
    expect(lock.statusCode).toBe(409);
    expect(lock.json().error.field).toBe('adeptApplicationId');
  });

  it('a waitlisted adept gets a place once one is free, with one mail saying so', async () => {
    await t.database.db
      .update(schema.applications)
      .set({ status: 'withdrawn' })
      .where(and(eq(schema.applications.id, adepts[0]!), eq(schema.applications.programId, programId)));
    expect((await t.as(oddveig).patch(`/api/programs/${programId}`, { capacity: 2 })).statusCode).toBe(200);
    const promoted = await t.as(oddveig).post(`/api/programs/${programId}/decisions`, {
      applicationIds: [adepts[2]],
      decision: 'accepted',
    });
    expect(promoted.json()[0].status).toBe('accepted');
    const mails = await mailsTo('adept2@kdd.example');
    expect(mails).toHaveLength(2);
    expect(mails.filter((m) => m.text.includes('Du är antagen'))).toHaveLength(1);
  });
});
