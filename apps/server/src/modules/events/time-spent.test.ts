import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

const HOUR = 3600_000;

describe('time spent: pair meetings plus attended events against the expected hours; coordinators see totals only', () => {
  let t: TestApp;
  let programId: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Rörlighet i staten');
    const c = await t.createMember(org, 'samordnare@ris.example', ['coordinator']);
    const adept = await t.createMember(org, 'adept@ris.example', ['participant']);
    const mentor = await t.createMember(org, 'mentor@ris.example', ['participant']);
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Omvänt mentorskap', type: 'reverse', status: 'running', expectedHours: 40 })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: c.personId });
    const pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
    await t.database.db.insert(schema.meetings).values([
      { pairId, heldOn: new Date(Date.now() - 30 * 24 * HOUR), durationMinutes: 90, mode: 'physical' },
      { pairId, heldOn: new Date(Date.now() - 10 * 24 * HOUR), durationMinutes: 60, mode: 'digital' },
    ]);
    for (const key of ['samordnare', 'adept', 'mentor']) cookies[key] = await t.signIn(`${key}@ris.example`);
    const created = await t.as(cookies.samordnare).post(`/api/programs/${programId}/events`, {
      kind: 'inspiration',
      title: 'Inspirationsträff',
      startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + HOUR).toISOString(),
      location: 'Stockholm',
    });
    const eventId = created.json().events[0].id;
    await t
      .as(cookies.samordnare)
      .put(`/api/programs/${programId}/events/${eventId}/attendance/${adept.personId}`, { attendance: 'attended' });
  });
  afterAll(() => t.destroy());

  it('a participant sees their own hours', async () => {
    const adept = await t.as(cookies.adept).get(`/api/programs/${programId}/time-spent/me`);
    expect(adept.statusCode, adept.body).toBe(200);
    expect(adept.json()).toEqual({ pairHours: 2.5, eventHours: 3, totalHours: 5.5, expectedHours: 40 });
    expect((await t.as(cookies.mentor).get(`/api/programs/${programId}/time-spent/me`)).json()).toMatchObject({ totalHours: 2.5 });
  });

  it('the coordinator sees totals and a distribution, no person’s hours; participants may not', async () => {
    const summary = await t.as(cookies.samordnare).get(`/api/programs/${programId}/time-spent`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ participants: 2, expectedHours: 40, totalHours: 8, medianHours: 4 });
    expect(summary.json().distribution).toEqual([
      { band: 'under25', count: 2 },
      { band: 'under50', count: 0 },
      { band: 'under75', count: 0 },
      { band: 'under100', count: 0 },
      { band: 'reached', count: 0 },
    ]);
    expect(summary.body).not.toContain('adept@ris.example');
    expect((await t.as(cookies.adept).get(`/api/programs/${programId}/time-spent`)).statusCode).toBe(403);
  });
});
