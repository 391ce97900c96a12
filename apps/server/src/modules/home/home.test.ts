import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import type { Home } from '@lots/core';
import { createTestApp, type TestApp } from '../../testing/harness';

const DAY = 86_400_000;
const days = (n: number) => new Date(Date.now() + n * DAY);

/**
 * Issue 14 item 11 (decision 0170): GET /api/me/home. A coordinator gets counts for the programs
 * they coordinate — the review queue's and the health view's own rules — and nothing of another
 * organisation's programs, never a name or content; an adept or mentor gets their own status and
 * what is expected of them now.
 */
describe('the home page', () => {
  let t: TestApp;
  let programId: string;
  let otherProgramId: string;
  const cookie: Record<string, string> = {};
  let quietPairId: string;
  let signedPairId: string;
  let offeredPairId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const tull = await t.createOrganisation('Tullverket');
    const kust = await t.createOrganisation('Kustbevakningen');
    const maria = await t.createMember(tull, 'maria@tull.example', ['coordinator'], { name: 'Maria Sundberg' });
    const other = await t.createMember(kust, 'olof@kust.example', ['coordinator'], { name: 'Olof Strand' });
    const person = async (org: string, email: string, name: string) =>
      (await t.createMember(org, email, ['participant'], { name })).personId;
    const [program, otherProgram] = await db
      .insert(schema.programs)
      .values([
        {
          ownerOrganisationId: tull,
          name: 'Ledarskap Tull 2027',
          type: 'classic',
          status: 'running',
          endsOn: '2099-01-01',
          nudgeAfterWeeks: 6,
        },
        { ownerOrganisationId: kust, name: 'Kustens mentorprogram', type: 'classic', status: 'open', endsOn: '2099-01-01' },
      ])
      .returning();
    programId = program!.id;
    otherProgramId = otherProgram!.id;
    await db.insert(schema.programOrganisations).values([
      { programId, organisationId: tull },
      { programId: otherProgramId, organisationId: kust },
    ]);
    await db.insert(schema.programCoordinators).values([
      { programId, personId: maria.personId },
      { programId: otherProgramId, personId: other.personId },
    ]);

    // Applications: four submitted (two adepts without the manager's answer, one confirmed, one mentor), one accepted, one draft.
    const applicants = await Promise.all(
      ['Anna Ek', 'Bo Lund', 'Cilla Berg', 'David Holm', 'Eva Sten', 'Fia Nord'].map((n, i) => person(tull, `app${i}@tull.example`, n)),
    );
    const apps = await db
      .insert(schema.applications)
      .values([
        { programId, personId: applicants[0]!, role: 'adept', status: 'submitted', submittedAt: days(-3) },
        { programId, personId: applicants[1]!, role: 'adept', status: 'submitted', submittedAt: days(-2) },
        { programId, personId: applicants[2]!, role: 'adept', status: 'submitted', submittedAt: days(-2) },
        { programId, personId: applicants[3]!, role: 'mentor', status: 'submitted', submittedAt: days(-1) },
        { programId, personId: applicants[4]!, role: 'adept', status: 'accepted', submittedAt: days(-9) },
        { programId, personId: applicants[5]!, role: 'adept', status: 'draft' },
      ])
      .returning({ id: schema.applications.id });
    await db.insert(schema.managerConfirmations).values({
      applicationId: apps[2]!.id,
      managerEmail: 'chef@tull.example',
      tokenHash: 'hash-confirmed',
      status: 'confirmed',
      expiresAt: days(10),
    });
    // The other organisation's program has applications of its own: never counted for Maria.
    const kustApplicant = await person(kust, 'sjo@kust.example', 'Sjö Kvist');
    await db.insert(schema.applications).values({ programId: otherProgramId, personId: kustApplicant, role: 'adept', status: 'submitted' });

    // Pairs: one signed and met last week, one quiet without an agreement, one offered and not answered.
    const adeptSigned = await person(tull, 'adept1@tull.example', 'Johan Nyberg');
    const mentorSigned = await person(kust, 'mentor1@kust.example', 'Helena Stark');
    const adeptQuiet = await person(tull, 'adept2@tull.example', 'Karin Vik');
    const mentorQuiet = await person(kust, 'mentor2@kust.example', 'Lars Dahl');
    const adeptOffered = await person(tull, 'adept3@tull.example', 'Mona Lind');
    const mentorOffered = await person(kust, 'mentor3@kust.example', 'Nils Ås');
    signedPairId = await t.createActivePair(programId, adeptSigned, mentorSigned);
    quietPairId = await t.createActivePair(programId, adeptQuiet, mentorQuiet);
    await db
      .update(schema.pairs)
      .set({ startedAt: days(-70), updatedAt: days(-70) })
      .where(eq(schema.pairs.id, quietPairId));
    offeredPairId = await t.createActivePair(programId, adeptOffered, mentorOffered);
    await db
      .update(schema.pairs)
      .set({ status: 'published', adeptResponse: 'pending', mentorResponse: 'accepted' })
      .where(eq(schema.pairs.id, offeredPairId));

    for (const email of [
      'maria@tull.example',
      'olof@kust.example',
      'adept1@tull.example',
      'adept2@tull.example',
      'adept3@tull.example',
      'app0@tull.example',
    ])
      cookie[email] = await t.signIn(email);

    const agreed = await t.as(cookie['adept1@tull.example']).put(`/api/mentorships/${signedPairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['Hemligt mål om förändringsledning'],
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const mentorCookie = await t.signIn('mentor1@kust.example');
    for (const c of [cookie['adept1@tull.example'], mentorCookie])
      expect((await t.as(c).post(`/api/mentorships/${signedPairId}/agreement/sign`, { version: 1 })).statusCode).toBe(200);
    const logged = await t.as(mentorCookie).post(`/api/mentorships/${signedPairId}/meetings`, {
      heldOn: days(-7).toISOString(),
      durationMinutes: 60,
      mode: 'digital',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const planned = await t.as(mentorCookie).put(`/api/mentorships/${signedPairId}/next-meeting`, { nextMeetingAt: days(5).toISOString() });
    expect(planned.statusCode, planned.body).toBe(200);

    // Events: three coming, one further away, one cancelled, one over, one parallel session; one in the other program.
    const event = (title: string, start: number, extra: Partial<typeof schema.events.$inferInsert> = {}) => ({
      programId,
      kind: 'inspiration' as const,
      title,
      startsAt: days(start),
      endsAt: new Date(days(start).getTime() + 2 * 3600_000),
      ...extra,
    });
    const [kickoff] = await db
      .insert(schema.events)
      .values([
        event('Inspirationsträff 1', 2, { translations: { en: { title: 'Inspiration meeting 1' } } }),
        event('Inspirationsträff 3', 20),
        event('Inspirationsträff 2', 10),
        event('Avslutning', 40),
        event('Inställd träff', 3, { cancelledAt: new Date() }),
        event('Förra träffen', -5),
        { ...event('Kustens träff', 1), programId: otherProgramId },
      ])
      .returning({ id: schema.events.id });
    await db.insert(schema.events).values(event('Parallellpass', 2, { parentId: kickoff!.id }));
    await db.insert(schema.eventInvitations).values({ eventId: kickoff!.id, personId: adeptQuiet });
  });
  afterAll(() => t?.destroy());

  const home = async (email: string) => {
    const res = await t.as(cookie[email]).get('/api/me/home');
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.body, home: res.json() as Home };
  };

  it('a coordinator gets the counts of their program by the review queue and health view rules, and the next three events', async () => {
    const { home: h } = await home('maria@tull.example');
    expect(h.coordinator).toHaveLength(1);
    expect(h.coordinator[0]).toMatchObject({
      programId,
      programName: 'Ledarskap Tull 2027',
      applicationsWaiting: 4,
      confirmationsPending: 2,
      pairsUnsigned: 1,
      pairsQuiet: 1,
    });
    expect(h.coordinator[0]!.nextEvents.map((e) => e.title)).toEqual(['Inspirationsträff 1', 'Inspirationsträff 2', 'Inspirationsträff 3']);
    expect(h.coordinator[0]!.nextEvents[0]!.translations).toEqual({ en: { title: 'Inspiration meeting 1' } });
  });

  it('the counts are the totals of the review queue and the health view behind their links', async () => {
    const as = t.as(cookie['maria@tull.example']);
    const waiting = await as.get(`/api/programs/${programId}/applications?status=submitted`);
    const pending = await as.get(`/api/programs/${programId}/applications?status=submitted&confirmation=pending`);
    const unsigned = await as.get(`/api/programs/${programId}/health?status=active&agreement=unsigned`);
    const quiet = await as.get(`/api/programs/${programId}/health?quiet=true`);
    for (const r of [waiting, pending, unsigned, quiet]) expect(r.statusCode, r.body).toBe(200);
    expect([waiting.json().total, pending.json().total, unsigned.json().total, quiet.json().total]).toEqual([4, 2, 1, 1]);
  });

  it('a coordinator body holds no person, no pair and nothing a pair wrote; another organisation’s coordinator gets none of it', async () => {
    const { body } = await home('maria@tull.example');
    for (const secret of [
      'Johan Nyberg',
      'Karin Vik',
      'Helena Stark',
      'Anna Ek',
      'Hemligt mål',
      signedPairId,
      quietPairId,
      'Kustens',
      'Sjö Kvist',
    ])
      expect(body).not.toContain(secret);
    const { body: otherBody, home: otherHome } = await home('olof@kust.example');
    expect(otherHome.coordinator.map((p) => p.programId)).toEqual([otherProgramId]);
    expect(otherHome.coordinator[0]).toMatchObject({ applicationsWaiting: 1, confirmationsPending: 1, pairsUnsigned: 0, pairsQuiet: 0 });
    expect(otherHome.coordinator[0]!.nextEvents.map((e) => e.title)).toEqual(['Kustens träff']);
    for (const secret of [programId, 'Ledarskap Tull', 'Inspirationsträff', 'Johan Nyberg', 'Anna Ek'])
      expect(otherBody).not.toContain(secret);
  });

  it('a participant counts nothing as a coordinator and sees their own application and what happens next', async () => {
    const { home: h } = await home('app0@tull.example');
    expect(h.coordinator).toEqual([]);
    expect(h.participant.applications).toEqual([
      expect.objectContaining({ programId, role: 'adept', status: 'submitted', next: 'managerConfirmation' }),
    ]);
    expect(h.participant.pairs).toEqual([]);
    expect(h.participant.tasks).toEqual([]);
  });

  it('an adept with an offered match is asked to answer it, and sees the mentor but no score', async () => {
    const { home: h, body } = await home('adept3@tull.example');
    expect(h.participant.pairs).toEqual([
      expect.objectContaining({
        pairId: offeredPairId,
        status: 'published',
        myRole: 'adept',
        myResponse: 'pending',
        partner: { name: 'Nils Ås', title: null, organisationName: 'Kustbevakningen' },
      }),
    ]);
    expect(h.participant.tasks).toEqual([{ kind: 'answerMatch', pairId: offeredPairId, programId: null, subject: 'Nils Ås', count: 1 }]);
    expect(h.participant.applications[0]).toMatchObject({ status: 'accepted', next: 'matched' });
    expect(body).not.toContain('score');
  });

  it('an adept in a pair without an agreement or meeting is asked to write it, book the first meeting and answer the invitation', async () => {
    const { home: h } = await home('adept2@tull.example');
    expect(h.participant.nextMeeting).toBeNull();
    expect(h.participant.tasks.map((task) => [task.kind, task.subject])).toEqual([
      ['writeAgreement', 'Lars Dahl'],
      ['bookFirstMeeting', 'Lars Dahl'],
      ['answerEvent', 'Inspirationsträff 1'],
    ]);
  });

  it('an adept whose agreement is signed and who met gets the next meeting and nothing to do', async () => {
    const { home: h, body } = await home('adept1@tull.example');
    expect(h.participant.nextMeeting).toMatchObject({ pairId: signedPairId, partnerName: 'Helena Stark' });
    expect(h.participant.tasks).toEqual([]);
    expect(h.participant.pairs[0]).toMatchObject({ status: 'active', partner: { name: 'Helena Stark' } });
    expect(body).not.toContain('Karin Vik');
  });

  it('the adept who has not signed a new version is asked to sign it', async () => {
    const changed = await t.as(cookie['adept1@tull.example']).put(`/api/mentorships/${signedPairId}/agreement`, {
      cadenceWeeksMin: 2,
      cadenceWeeksMax: 3,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['Ett nytt mål'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // A new version is signed by nobody yet (writing it is not signing it).
    const { home: h } = await home('adept1@tull.example');
    expect(h.participant.tasks.map((task) => [task.kind, task.subject])).toEqual([['signAgreement', 'Helena Stark']]);
  });

  it('answers 401 without a session', async () => {
    const res = await t.as(undefined).get('/api/me/home');
    expect(res.statusCode).toBe(401);
  });
});
