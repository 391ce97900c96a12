import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@lots/db';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * A participant withdraws while in a pair (decision 0208): a running pair ends, ended by them, and one on offer is
 * declined on their behalf; the other party and the coordinator see it and are mailed in the withdrawal's
 * transaction, and the mails carry nothing written in the pair.
 */
describe('withdrawing while in a pair', () => {
  let t: TestApp;
  let org: string;
  let program: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrganisation('Tullverket');
    const maria = await t.createMember(org, 'maria@uttag.example', ['coordinator'], { name: 'Maria Sundberg' });
    const [row] = await t.database.db
      .insert(schema.programs)
      .values({ ownerOrganisationId: org, name: 'Mentorprogram 2027', type: 'classic', status: 'running', endsOn: '2099-01-01' })
      .returning();
    program = row!.id;
    await t.database.db.insert(schema.programOrganisations).values({ programId: program, organisationId: org });
    await t.database.db.insert(schema.programCoordinators).values({ programId: program, personId: maria.personId });
    coordinator = await t.signIn('maria@uttag.example');
  }, 120_000);
  afterAll(() => t?.destroy());

  /** An adept and a mentor, both accepted, in a pair of this status; their cookies and the pair. */
  async function pair(key: string, status: 'active' | 'published') {
    const person = async (role: 'adept' | 'mentor', name: string) => {
      const email = `${key}.${role}@uttag.example`;
      const { personId } = await t.createMember(org, email, ['participant'], { name });
      const [application] = await t.database.db
        .insert(schema.applications)
        .values({ programId: program, personId, role, status: 'accepted' })
        .returning();
      return { email, application: application!.id, cookie: await t.signIn(email) };
    };
    const adept = await person('adept', `Adept ${key}`);
    const mentor = await person('mentor', `Mentor ${key}`);
    // The adept has accepted; the mentor has too only in a running pair.
    const [row] = await t.database.db
      .insert(schema.pairs)
      .values({
        programId: program,
        adeptApplicationId: adept.application,
        mentorApplicationId: mentor.application,
        status,
        adeptResponse: 'accepted',
        mentorResponse: status === 'active' ? 'accepted' : 'pending',
      })
      .returning();
    return { adept, mentor, pairId: row!.id };
  }

  const pairRow = async (pairId: string) => (await t.database.db.select().from(schema.pairs).where(eq(schema.pairs.id, pairId)))[0]!;

  it('a running pair ends, ended by the adept; the mentor and the coordinator see it and are told, without the notes', async () => {
    const { adept, mentor, pairId } = await pair('a', 'active');
    const note = await t.as(adept.cookie).post(`/api/mentorships/${pairId}/notes`, { text: 'PRIVAT-ANTECKNING om chefen' });
    expect(note.statusCode, note.body).toBe(201);
    await t.as(adept.cookie).put(`/api/mentorships/${pairId}/agreement`, {
      cadenceWeeksMin: 3,
      cadenceWeeksMax: 4,
      meetingMinutes: 60,
      mode: 'digital',
      goals: ['HEMLIGT-MÅL'],
    });

    const withdrawn = await t.as(adept.cookie).post(`/api/programs/${program}/applications/mine/adept/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await pairRow(pairId)).toMatchObject({ status: 'ended', endedBy: 'adept', endReason: null });

    const mentorView = await t.as(mentor.cookie).get(`/api/mentorships/${pairId}`);
    expect(mentorView.statusCode, mentorView.body).toBe(200);
    expect(mentorView.json()).toMatchObject({ status: 'ended' });
    const pairs = await t.as(coordinator).get(`/api/programs/${program}/pairs`);
    expect(pairs.statusCode, pairs.body).toBe(200);
    expect(JSON.stringify(pairs.json())).toMatch(new RegExp(`"id":"${pairId}"[^}]*"status":"ended"`));

    const toMentor = (await t.lastMailTo(mentor.email))!;
    expect(toMentor.template).toBe('pairWithdrawn');
    const mentorText = t.deliveredText(toMentor);
    expect(mentorText).toContain('Adept a');
    expect(mentorText).toContain('Mentorprogram 2027');
    const toCoordinator = (await t.lastMailTo('maria@uttag.example'))!;
    expect(toCoordinator.template).toBe('pairWithdrawn');
    const coordinatorText = t.deliveredText(toCoordinator);
    expect(coordinatorText).toContain('Adept a');
    expect(coordinatorText).toContain('Mentor a');
    for (const text of [mentorText, coordinatorText, toMentor.subject, toCoordinator.subject]) {
      expect(text).not.toContain('PRIVAT-ANTECKNING');
      expect(text).not.toContain('HEMLIGT-MÅL');
    }
    // Nobody else of the pair is mailed: the one who withdrew gets no mail of it.
    expect((await t.lastMailTo(adept.email))?.template).not.toBe('pairWithdrawn');
  });

  it('a pair on offer that the withdrawing mentor had not answered is declined by them; the adept is told it no longer stands', async () => {
    const { adept, mentor, pairId } = await pair('b', 'published');
    const withdrawn = await t.as(mentor.cookie).post(`/api/programs/${program}/applications/mine/mentor/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await pairRow(pairId)).toMatchObject({
      status: 'declined',
      mentorResponse: 'declined',
      declinedBy: 'mentor',
      declineReason: null,
    });
    const mine = await t.as(adept.cookie).get('/api/pairs/mine');
    expect(mine.json()).toEqual(expect.arrayContaining([expect.objectContaining({ id: pairId, status: 'declined' })]));
    const toAdept = (await t.lastMailTo(adept.email))!;
    expect(toAdept.template).toBe('pairWithdrawn');
    expect(t.deliveredText(toAdept)).toContain('Mentor b');
    expect((await t.lastMailTo('maria@uttag.example'))?.template).toBe('pairWithdrawn');
  });

  it('an adept who had accepted a pair on offer still leaves it when withdrawing; a withdrawal without a pair mails nobody', async () => {
    const { adept, pairId } = await pair('c', 'published');
    expect((await t.as(adept.cookie).post(`/api/programs/${program}/applications/mine/adept/withdraw`)).statusCode).toBe(200);
    expect(await pairRow(pairId)).toMatchObject({ status: 'declined', adeptResponse: 'declined', declinedBy: 'adept' });

    const before = (await t.database.db.select().from(schema.mailMessages)).length;
    const { personId } = await t.createMember(org, 'd.adept@uttag.example', ['participant'], { name: 'Adept d' });
    await t.database.db.insert(schema.applications).values({ programId: program, personId, role: 'adept', status: 'accepted' });
    const lone = await t.signIn('d.adept@uttag.example');
    expect((await t.as(lone).post(`/api/programs/${program}/applications/mine/adept/withdraw`)).statusCode).toBe(200);
    expect((await t.database.db.select().from(schema.mailMessages)).length).toBe(before);
  });
});
