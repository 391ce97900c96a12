import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';
import { meetingsExpected } from './health';

const DAY = 86400000;

/**
 * Issue 10, item 12: the health view is honest. Meetings expected are counted from the
 * agreement's start or the first meeting, whichever came first — never "5 of 0 expected".
 */
describe('the health view counts expected meetings honestly', () => {
  let t: TestApp;
  let programId: string;
  let pairId: string;
  const cookies: Record<'adept' | 'mentor' | 'coordinator', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrganisation('Tullverket');
    const other = await t.createOrganisation('Kustbevakningen');
    const adept = await t.createMember(org, 'adept@tull.example', ['participant'], { name: 'Johan Nyberg' });
    const mentor = await t.createMember(other, 'mentor@kust.example', ['participant'], { name: 'Helena Stark' });
    const coordinator = await t.createMember(org, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const [program] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Mentorprogram 2027', type: 'classic', status: 'running', endsOn: '2099-01-01' })
      .returning();
    programId = program!.id;
    await t.database.db.insert(schema.programOrganisations).values([
      { programId, organisationId: org },
      { programId, organisationId: other },
    ]);
    await t.database.db.insert(schema.programCoordinators).values({ programId, personId: coordinator.personId });
    pairId = await t.createActivePair(programId, adept.personId, mentor.personId);
    cookies.adept = await t.signIn('adept@tull.example');
    cookies.mentor = await t.signIn('mentor@kust.example');
    cookies.coordinator = await t.signIn('maria@tull.example');
  });
  afterAll(() => t.destroy());

  const health = async () => {
    const res = await t.as(cookies.coordinator).get(`/api/programs/${programId}/health`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json()[0] as { meetingsLogged: number; meetingsExpected: number | null };
  };

  it('a pair that met five times before both signed shows five of five expected, not five of zero', async () => {
    const agreed = await t.as(cookies.adept).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['Leda genom förändring'],
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    // Not signed, no meeting: nothing is expected yet.
    expect(await health()).toMatchObject({ meetingsLogged: 0, meetingsExpected: null });
    // The pair met every 3½ weeks before getting round to signing.
    for (const daysAgo of [99, 74, 50, 25, 1]) {
      const logged = await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/meetings`, {
        heldOn: new Date(Date.now() - daysAgo * DAY).toISOString(),
        durationMinutes: 60,
        mode: 'digital',
      });
      expect(logged.statusCode, logged.body).toBe(201);
    }
    expect(await health()).toMatchObject({ meetingsLogged: 5, meetingsExpected: 5 });
    await t.as(cookies.adept).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 });
    expect((await t.as(cookies.mentor).post(`/api/mentorships/${pairId}/agreement/sign`, { version: 1 })).json().startedAt).toBeTruthy();
    // Signing today does not restart the count.
    expect(await health()).toMatchObject({ meetingsLogged: 5, meetingsExpected: 5 });
  });

  it('counts from the start: nothing at signing, the current window once the pair has met in it, every window that is over', () => {
    const start = new Date('2027-01-01T10:00:00Z');
    const cadence = { min: 2, max: 4 }; // every three weeks
    const at = (days: number) => new Date(start.getTime() + days * DAY);
    expect(meetingsExpected(start, [], undefined, at(100))).toBeNull();
    expect(meetingsExpected(null, [], cadence, at(100))).toBeNull();
    expect(meetingsExpected(start, [], cadence, at(0))).toBe(0);
    expect(meetingsExpected(start, [], cadence, at(20))).toBe(0);
    expect(meetingsExpected(start, [], cadence, at(21))).toBe(1);
    expect(meetingsExpected(start, [], cadence, at(63))).toBe(3);
    // Met the day after signing: one of one, not one of zero.
    expect(meetingsExpected(start, [at(1).getTime()], cadence, at(2))).toBe(1);
    // Met before signing: counted from the first meeting.
    expect(meetingsExpected(start, [at(-42).getTime()], cadence, at(0))).toBe(2);
    expect(meetingsExpected(null, [at(-1).getTime()], cadence, at(0))).toBe(1);
    // An ended pair: counted until it ended.
    expect(meetingsExpected(start, [at(1).getTime()], cadence, at(42))).toBe(2);
  });
});
