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

  it('with fewer than five participants the coordinator sees no total, median or band; participants may not ask', async () => {
    const summary = await t.as(cookies.samordnare).get(`/api/programs/${programId}/time-spent`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ participants: 2, expectedHours: 40, totalHours: null, medianHours: null });
    expect(summary.json().distribution).toEqual([
      { band: 'under25', count: null, suppressed: 'primary' },
      { band: 'under50', count: 0, suppressed: null },
      { band: 'under75', count: 0, suppressed: null },
      { band: 'under100', count: 0, suppressed: null },
      { band: 'reached', count: 0, suppressed: null },
    ]);
    expect((await t.as(cookies.adept).get(`/api/programs/${programId}/time-spent`)).statusCode).toBe(403);
  });

  it('with five or more the coordinator sees totals, median and the distribution, no person’s hours; small bands stay hidden', async () => {
    const org = (await t.database.db.select().from(schema.organisations))[0]!.id;
    // Two more pairs: six participants. One pair met for 35 hours (both of them reach 75–100 % of 40).
    for (const [i, minutes] of [
      [1, 60],
      [2, 35 * 60],
    ] as const) {
      const adept = await t.createMember(org, `adept${i}@ris.example`, ['participant']);
      const mentor = await t.createMember(org, `mentor${i}@ris.example`, ['participant']);
      const pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
      await t.database.db
        .insert(schema.meetings)
        .values({ pairId, heldOn: new Date(Date.now() - 5 * 24 * HOUR), durationMinutes: minutes, mode: 'physical' });
    }
    const summary = await t.as(cookies.samordnare).get(`/api/programs/${programId}/time-spent`);
    expect(summary.statusCode, summary.body).toBe(200);
    // 5.5 + 2.5 + 1 + 1 + 35 + 35 hours; median of 1, 1, 2.5, 5.5, 35, 35 is 4.
    expect(summary.json()).toMatchObject({ participants: 6, expectedHours: 40, totalHours: 80, medianHours: 4 });
    // Four under 25 % are not enough to show (k = 5), and the two at 75–100 % neither.
    expect(summary.json().distribution).toEqual([
      { band: 'under25', count: null, suppressed: 'primary' },
      { band: 'under50', count: 0, suppressed: null },
      { band: 'under75', count: 0, suppressed: null },
      { band: 'under100', count: null, suppressed: 'primary' },
      { band: 'reached', count: 0, suppressed: null },
    ]);
    expect(summary.body).not.toContain('adept@ris.example');
  });
});
